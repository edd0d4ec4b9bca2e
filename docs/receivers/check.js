// Checks a Vox endpoint the way the widgets will talk to it, from Node 18+ (no browser):
//   node check.js http://127.0.0.1:8787/api/vox https://shop.example
// The second argument is the shop page's origin. It posts test submissions (widget "feedback",
// message starting "Vox endpoint check"), so point it at a test or staging endpoint.
import { randomUUID } from "node:crypto";

const [endpoint, origin] = process.argv.slice(2);
if (!endpoint || !origin) {
  console.error("usage: node check.js ENDPOINT_URL SHOP_ORIGIN");
  process.exit(2);
}

const envelope = () => ({
  schema_version: 1,
  id: randomUUID(),
  widget: "feedback",
  answers: { category: "bug", rating: 4, message: "Vox endpoint check: the discount code is not accepted." },
  created_at: new Date().toISOString(),
  locale: "de",
  page: { url: `${origin}/cart?step=2`, title: "Your cart" },
  meta: { vox_version: "0.1.0", store: "eu-1" },
});

let failed = 0;
function expect(what, ok, detail) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}${detail ? `: ${detail}` : ""}`);
  if (!ok) failed++;
}
const list = (value) => (value || "").toLowerCase().split(",").map((s) => s.trim());
const allowsOrigin = (r) => [origin, "*"].includes(r.headers.get("access-control-allow-origin"));

async function send(body, contentType, extra = {}) {
  const r = await fetch(endpoint, {
    method: "POST",
    headers: { Origin: origin, "Content-Type": contentType, ...extra },
    body,
  });
  return { r, text: await r.text() };
}

// 1. The preflight a JSON POST with Idempotency-Key triggers.
const pre = await fetch(endpoint, {
  method: "OPTIONS",
  headers: {
    Origin: origin,
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "content-type,idempotency-key",
  },
});
const allowHeaders = list(pre.headers.get("access-control-allow-headers"));
const allowMethods = list(pre.headers.get("access-control-allow-methods"));
expect("preflight answers 2xx", pre.ok, pre.status);
expect("preflight allows the origin", allowsOrigin(pre), pre.headers.get("access-control-allow-origin"));
expect("preflight allows POST", allowMethods.includes("post") || allowMethods.includes("*"), allowMethods.join(", "));
expect(
  "preflight allows Content-Type and Idempotency-Key",
  allowHeaders.includes("*") || ["content-type", "idempotency-key"].every((h) => allowHeaders.includes(h)),
  allowHeaders.join(", "),
);

// 2. The fetch: JSON with the Idempotency-Key header; then the same envelope again.
const first = envelope();
const json = JSON.stringify(first);
const a = await send(json, "application/json", { "Idempotency-Key": first.id });
expect("JSON POST answers 2xx", a.r.ok, `${a.r.status} ${a.text}`);
expect("JSON POST answer carries CORS", allowsOrigin(a.r));
const b = await send(json, "application/json", { "Idempotency-Key": first.id });
expect("the same id again answers 2xx (stored once)", b.r.ok, `${b.r.status} ${b.text}`);

// 3. The page-exit beacon: the same JSON as text/plain, no Idempotency-Key.
const c = await send(json, "text/plain;charset=UTF-8");
expect("text/plain beacon of a known id answers 2xx", c.r.ok, `${c.r.status} ${c.text}`);
const d = await send(JSON.stringify(envelope()), "text/plain;charset=UTF-8");
expect("text/plain beacon of a new id answers 2xx", d.r.ok, `${d.r.status} ${d.text}`);

// 4. Something that is not a submission: a 4xx other than 408/429, so Vox does not retry it.
const e = await send("{not json", "application/json");
expect(
  "a broken body answers 4xx (not 408/429)",
  e.r.status >= 400 && e.r.status < 500 && ![408, 429].includes(e.r.status),
  `${e.r.status} ${e.text}`,
);
expect("the 4xx carries CORS too", allowsOrigin(e.r));

console.log(failed ? `${failed} check(s) failed` : "all checks passed");
process.exit(failed ? 1 : 0);
