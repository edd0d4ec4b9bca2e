// One engine over one locale's labelled queries, in a cold page (run by `cargo xtask bench`):
// time to the first result since navigation started, the files that took, then warm query
// latencies and quality (recall@5, MRR@10). Posts the figures to the bench server's /result.
import { load as loadMiniSearch } from '/bench/minisearch-page.js';

const params = new URLSearchParams(location.search);
const engine = params.get('engine');
const locale = params.get('locale');
// The first round downloads what each query needs; the other ten are the warm latencies. Ten
// rounds, not four: on a 2-core machine a single garbage collection or background compile in
// the page takes a few milliseconds, and with few samples one of them decides the p95.
const ROUNDS = 11;

async function open() {
  if (engine === 'minisearch') return loadMiniSearch(`/index/minisearch/${locale}.json`);
  return { search: async (q, limit) => (await Vox.search(q, { locale, limit })).map((h) => h.id) };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function run() {
  const queries = (await (await fetch('/bench/search-queries.json')).json()).filter((q) => q.locale === locale);
  const first = queries[0].query;
  const index = await open();
  const firstIds = await index.search(first, 10);
  const ttfr = performance.now();
  const fetched = performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
  let hits5 = 0, relevant = 0, rr = 0;
  const times = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const t = performance.now();
      const ids = await index.search(q.query, 10);
      // The first round also downloads what each query needs: warm latency is the others'.
      if (round > 0) {
        times.push(performance.now() - t);
        continue;
      }
      relevant += q.relevant.length;
      hits5 += q.relevant.filter((id) => ids.slice(0, 5).includes(id)).length;
      const rank = ids.findIndex((id) => q.relevant.includes(id));
      rr += rank >= 0 ? 1 / (rank + 1) : 0;
    }
  }
  times.sort((a, b) => a - b);
  return {
    engine, locale, queries: queries.length, ttfr, fetched, firstResults: firstIds.length,
    p50: percentile(times, 0.5), p95: percentile(times, 0.95),
    recall5: hits5 / relevant, mrr10: rr / queries.length,
  };
}

run()
  .catch((e) => ({ engine, locale, error: String(e && e.stack || e) }))
  .then((result) => {
    document.getElementById('out').textContent = JSON.stringify(result);
    return fetch('/result', { method: 'POST', body: JSON.stringify(result) });
  });
