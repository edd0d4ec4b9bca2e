// A Vox endpoint as a Fetch-API handler, `export default { fetch }`: Cloudflare Workers, Deno
// (`deno serve`), Bun and Vercel Functions run it as is. See README.md, "Receiving submissions".
// Try it locally under Node 18+: ALLOWED_ORIGINS=https://shop.example node serve-fetch.js

// The shop pages' origins, comma-separated: a Workers variable, or edit the default.
const DEFAULT_ORIGINS = "https://shop.example";
// Content-Type and Idempotency-Key are always sent; add every header name your Vox config's
// `headers` sets (e.g. "Content-Type, Idempotency-Key, X-Api-Key").
const ALLOW_HEADERS = "Content-Type, Idempotency-Key";
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// Replace with durable storage keyed by `id` (Workers KV or D1, Deno KV, Postgres with `ON
// CONFLICT (id) DO NOTHING`): an isolate's memory is neither durable nor shared.
const store = new Map();
async function insertOnce(envelope, env) {
  if (store.has(envelope.id)) return false;
  store.set(envelope.id, envelope);
  return true;
}

export default {
  async fetch(request, env) {
    const allowed = (env?.ALLOWED_ORIGINS || DEFAULT_ORIGINS).split(",");
    const origin = request.headers.get("Origin");
    // CORS on every answer, errors included: without it the browser hides the status from Vox,
    // which then retries as if the network had failed.
    const headers = { Vary: "Origin" };
    if (origin && allowed.includes(origin)) headers["Access-Control-Allow-Origin"] = origin;
    // With "credentials": "include" in the Vox config, also:
    // headers["Access-Control-Allow-Credentials"] = "true";
    const answer = (status, json) => {
      if (json) headers["Content-Type"] = "application/json";
      return new Response(json && JSON.stringify(json), { status, headers });
    };

    if (new URL(request.url).pathname !== "/api/vox") return answer(404, { error: "not found" });
    if (origin && !allowed.includes(origin)) {
      return answer(403, { error: "origin not allowed" }); // another site's page
    }
    if (request.method === "OPTIONS") {
      headers["Access-Control-Allow-Methods"] = "POST, PUT, OPTIONS";
      headers["Access-Control-Allow-Headers"] = ALLOW_HEADERS;
      headers["Access-Control-Max-Age"] = "86400";
      return answer(204);
    }
    if (request.method !== "POST" && request.method !== "PUT") {
      return answer(405, { error: "POST or PUT" });
    }
    // fetch sends application/json; the page-exit beacon the same JSON as text/plain.
    const type = request.headers.get("Content-Type") || "";
    if (!type.startsWith("application/json") && !type.startsWith("text/plain")) {
      return answer(415, { error: "expected application/json or text/plain" });
    }
    const text = await request.text();
    if (text.length > 100_000) return answer(413, { error: "too large" });
    let envelope;
    try {
      envelope = JSON.parse(text);
    } catch {
      return answer(400, { error: "body is not JSON" });
    }
    if (envelope?.schema_version !== 1 || !UUID_V4.test(envelope.id) || !envelope.widget) {
      return answer(400, { error: "not a Vox submission" }); // 4xx: not retried
    }
    const key = request.headers.get("Idempotency-Key"); // absent on beacons
    if (key && key !== envelope.id) {
      return answer(400, { error: "Idempotency-Key differs from the body's id" });
    }
    try {
      const created = await insertOnce(envelope, env);
      return answer(created ? 201 : 200, { id: envelope.id, status: created ? "stored" : "duplicate" });
    } catch {
      return answer(503, { error: "storage unavailable" }); // 5xx: Vox retries later
    }
  },
};
