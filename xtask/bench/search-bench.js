// One engine over one locale's labelled queries, in a cold page (run by `cargo xtask bench`):
// time to the first result since navigation started, the files that took, then warm query
// latencies and, per query set (keywords, questions), quality: success@5 (a relevant article
// in the first five), recall@5 and MRR@10. Posts the figures to the bench server's /result.
import { load as loadMiniSearch } from '/bench/minisearch-page.js';
import { load as loadPagefind } from '/bench/pagefind-page.js';

const params = new URLSearchParams(location.search);
const engine = params.get('engine');
const locale = params.get('locale');
// The first round downloads what each query needs; the other ten are the warm latencies. Ten
// rounds, not four: on a 2-core machine a single garbage collection or background compile in
// the page takes a few milliseconds, and with few samples one of them decides the p95.
const ROUNDS = 11;

async function open() {
  if (engine === 'minisearch') return loadMiniSearch(`/index/minisearch/${locale}.json`);
  if (engine === 'pagefind') return loadPagefind(`/index/pagefind/${locale}/`, locale);
  return { search: async (q, limit) => (await Vox.search(q, { locale, limit })).map((h) => h.id) };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

// The labelled query sets: keywords ("extract tar archive"), questions written the way people
// ask them ("how do I extract a tar.gz file?"), and held-out questions, never tuned on (see the
// README).
const SETS = {
  keywords: '/bench/search-queries.json',
  questions: '/bench/search-questions.json',
  heldout: '/bench/search-heldout.json',
};

async function run() {
  const sets = {};
  for (const [name, url] of Object.entries(SETS)) {
    sets[name] = (await (await fetch(url)).json()).filter((q) => q.locale === locale);
  }
  const all = [...sets.keywords, ...sets.questions, ...sets.heldout];
  const index = await open();
  const firstIds = await index.search(all[0].query, 10);
  const ttfr = performance.now();
  const fetched = performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
  const quality = {};
  // Each query's first five, in set order: `target/bench/search-results.json` keeps them, to
  // see what each engine answered (and to pool them for judging, see the README).
  const top5s = {};
  const times = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, queries] of Object.entries(sets)) {
      // A set with judges' verdicts (xtask/bench/judging.md) is scored with them too, every
      // question of it: one that no verdict has reached yet counts with its labels alone.
      const q5 = (quality[name] ??= {
        queries: queries.length, success5: 0, hits5: 0, relevant: 0, rr: 0,
        judged: queries.some((q) => q.pooled), pooledSuccess5: 0, pooledRr: 0, unjudged5: 0,
      });
      for (const q of queries) {
        const t = performance.now();
        const ids = await index.search(q.query, 10);
        // The first round also downloads what each query needs: warm latency is the others'.
        if (round > 0) {
          times.push(performance.now() - t);
          continue;
        }
        const top5 = ids.slice(0, 5);
        (top5s[name] ??= []).push({ query: q.query, top5 });
        q5.relevant += q.relevant.length;
        q5.hits5 += q.relevant.filter((id) => top5.includes(id)).length;
        q5.success5 += q.relevant.some((id) => top5.includes(id)) ? 1 : 0;
        const rank = ids.findIndex((id) => q.relevant.includes(id));
        q5.rr += rank >= 0 ? 1 / (rank + 1) : 0;
        // The same with what blind judges said of the pooled first fives, and how many of this
        // engine's first five no one has judged yet.
        if (q5.judged) {
          const pooled = q.pooled ?? { answers: [], not: [] };
          const answers = [...q.relevant, ...pooled.answers];
          const judged = [...answers, ...pooled.not];
          const pooledRank = ids.findIndex((id) => answers.includes(id));
          q5.pooledSuccess5 += pooledRank >= 0 && pooledRank < 5 ? 1 : 0;
          q5.pooledRr += pooledRank >= 0 ? 1 / (pooledRank + 1) : 0;
          q5.unjudged5 += top5.filter((id) => !judged.includes(id)).length;
        }
      }
    }
  }
  times.sort((a, b) => a - b);
  const sets_ = {};
  for (const [name, q] of Object.entries(quality)) {
    if (!q.queries) continue;
    sets_[name] = {
      queries: q.queries, success5: q.success5 / q.queries, recall5: q.hits5 / q.relevant, mrr10: q.rr / q.queries,
    };
    if (q.judged) {
      Object.assign(sets_[name], {
        judged: true, pooledSuccess5: q.pooledSuccess5 / q.queries, pooledMrr10: q.pooledRr / q.queries,
        unjudged5: q.unjudged5,
      });
    }
  }
  return {
    engine, locale, ttfr, fetched, firstResults: firstIds.length,
    p50: percentile(times, 0.5), p95: percentile(times, 0.95), sets: sets_, top5: top5s,
  };
}

run()
  .catch((e) => ({ engine, locale, error: String(e && e.stack || e) }))
  .then((result) => {
    document.getElementById('out').textContent = JSON.stringify(result);
    return fetch('/result', { method: 'POST', body: JSON.stringify(result) });
  });
