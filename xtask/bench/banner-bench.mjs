// `cargo xtask bench banner`: time from navigation to a visible consent banner, for Vox,
// vanilla-cookieconsent v3 and Klaro, configured alike (banner-*.html). Each run is a cold
// browser context (no cache, no cookies) on Chromium throttled to DevTools' "Slow 4G" with a
// 4x CPU slowdown; the median of the runs is reported, with the bytes the page transferred.
//
// usage: node banner-bench.mjs <chromium> <repo root> <runs>
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const [chrome, root, runsArg] = process.argv.slice(2);
const runs = Number(runsArg) || 5;
const require = createRequire(path.join(root, 'xtask/bench/package.json'));
const puppeteer = require('puppeteer-core');

// A static server that compresses as a CDN would (brotli), so bytes on the wire are realistic.
const folders = {
  '/vox/': path.join(root, 'dist/vox'),
  '/node_modules/': path.join(root, 'xtask/bench/node_modules'),
  '/bench/': path.join(root, 'xtask/bench'),
};
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.ftl': 'text/plain; charset=utf-8', '.json': 'application/json' };
const compressed = new Map();
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const prefix = Object.keys(folders).find((p) => url.pathname.startsWith(p));
  const rel = prefix && url.pathname.slice(prefix.length);
  if (!prefix || rel.split('/').some((part) => part === '..' || part === '')) {
    res.writeHead(404).end();
    return;
  }
  const file = path.join(folders[prefix], rel);
  if (!fs.existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  if (!compressed.has(file)) {
    compressed.set(file, zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Content-Encoding': 'br', 'Cache-Control': 'no-store' });
  res.end(compressed.get(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

// The banner, as each library draws it, and what "visible" means: laid out and not transparent.
const banners = {
  vox: "document.querySelector('vox-consent')?.shadowRoot?.querySelector('[part=banner]')",
  'vox-de': "document.querySelector('vox-consent')?.shadowRoot?.querySelector('[part=banner]')",
  cookieconsent: "document.querySelector('#cc-main .cm')",
  klaro: "document.querySelector('.klaro .cookie-notice')",
};
const watch = (find) => `
  (() => {
    const visible = (el) => {
      if (!el) return false;
      const box = el.getBoundingClientRect(), style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && +style.opacity > 0;
    };
    const poll = () => { if (visible(${find})) window.__bannerAt = performance.now(); else requestAnimationFrame(poll); };
    requestAnimationFrame(poll);
  })();`;

const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions'],
});
const results = {};
try {
  for (const engine of Object.keys(banners)) {
    const times = [], bytes = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`${engine}: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && console.error(`${engine}: ${m.text()}`));
      await page.setCacheEnabled(false);
      await page.emulateNetworkConditions(puppeteer.PredefinedNetworkConditions['Slow 4G']);
      await page.emulateCPUThrottling(4);
      await page.evaluateOnNewDocument(watch(banners[engine]));
      await page.goto(`${base}/bench/banner-${engine}.html`, { waitUntil: 'load' });
      await page.waitForFunction('window.__bannerAt', { timeout: 60000, polling: 50 }).catch((e) => {
        throw new Error(`${engine}: no visible banner within 60 s (${e.message})`);
      });
      times.push(await page.evaluate('window.__bannerAt'));
      bytes.push(await page.evaluate(`[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce((n, e) => n + e.transferSize, 0)`));
      await context.close();
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    results[engine] = { ms: Math.round(median(times)), bytes: median(bytes), runs: times.map(Math.round) };
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(results));
