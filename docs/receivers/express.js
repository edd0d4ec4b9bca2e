// A Vox endpoint in Express 5 (or 4): CORS for the shop's pages, JSON and text/plain (beacon)
// bodies, each submission stored once by its id. See README.md, "Receiving submissions".
//   npm install && ALLOWED_ORIGINS=https://shop.example PORT=8787 node express.js
import express from "express";

const ALLOWED_ORIGINS = (process.env.ALLOWED_ORIGINS || "https://shop.example").split(",");
// Content-Type and Idempotency-Key are always sent; add every header name your Vox config's
// `headers` sets (e.g. "Content-Type, Idempotency-Key, X-Api-Key").
const ALLOW_HEADERS = "Content-Type, Idempotency-Key";
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// Replace with your database: a unique key on `id`, and `INSERT ... ON CONFLICT (id) DO
// NOTHING` telling you whether the row is new.
const store = new Map();
async function insertOnce(envelope) {
  if (store.has(envelope.id)) return false;
  store.set(envelope.id, envelope);
  return true;
}

const app = express();

// CORS on every answer of this route, errors included: without it the browser hides the status
// from Vox, which then retries as if the network had failed.
app.use("/api/vox", (req, res, next) => {
  const origin = req.get("Origin");
  res.vary("Origin");
  if (origin && !ALLOWED_ORIGINS.includes(origin)) {
    return res.status(403).json({ error: "origin not allowed" }); // another site's page
  }
  if (origin) res.set("Access-Control-Allow-Origin", origin);
  // With "credentials": "include" in the Vox config, also:
  // res.set("Access-Control-Allow-Credentials", "true");
  if (req.method === "OPTIONS") {
    res.set({
      "Access-Control-Allow-Methods": "POST, PUT, OPTIONS",
      "Access-Control-Allow-Headers": ALLOW_HEADERS,
      "Access-Control-Max-Age": "86400",
    });
    return res.sendStatus(204);
  }
  next();
});

// The body as text for both types: fetch sends application/json, the page-exit beacon the same
// JSON as text/plain (express.json() alone would leave req.body empty for the beacon).
const body = express.text({ type: ["application/json", "text/plain"], limit: "100kb" });

async function receive(req, res) {
  if (typeof req.body !== "string") {
    return res.status(415).json({ error: "expected application/json or text/plain" });
  }
  let envelope;
  try {
    envelope = JSON.parse(req.body);
  } catch {
    return res.status(400).json({ error: "body is not JSON" });
  }
  if (envelope?.schema_version !== 1 || !UUID_V4.test(envelope.id) || !envelope.widget) {
    return res.status(400).json({ error: "not a Vox submission" }); // 4xx: not retried
  }
  const key = req.get("Idempotency-Key"); // absent on beacons
  if (key && key !== envelope.id) {
    return res.status(400).json({ error: "Idempotency-Key differs from the body's id" });
  }
  try {
    const created = await insertOnce(envelope);
    res.status(created ? 201 : 200).json({ id: envelope.id, status: created ? "stored" : "duplicate" });
  } catch {
    res.status(503).json({ error: "storage unavailable" }); // 5xx: Vox retries later
  }
}

app.post("/api/vox", body, receive);
app.put("/api/vox", body, receive); // only needed with "method": "PUT"
// The body parser's errors (413 too large, 400 unreadable), as JSON.
app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.type || "error" }));

const port = Number(process.env.PORT || 8787);
const host = process.env.HOST || "127.0.0.1";
app.listen(port, host, () => console.log(`listening on http://${host}:${port}/api/vox`));
