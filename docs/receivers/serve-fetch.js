// Runs fetch-handler.js under plain Node (18+), for trying it locally:
//   ALLOWED_ORIGINS=https://shop.example PORT=8788 node serve-fetch.js
import { createServer } from "node:http";
import handler from "./fetch-handler.js";

const port = Number(process.env.PORT || 8788);
const host = process.env.HOST || "127.0.0.1";

createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = ["GET", "HEAD"].includes(req.method) ? undefined : Buffer.concat(chunks);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const request = new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body });
  const response = await handler.fetch(request, process.env);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}).listen(port, host, () => console.log(`listening on http://${host}:${port}/api/vox`));
