// Search benchmark baseline: builds a MiniSearch index over a help-article corpus (JSONL,
// one article per line: id, title, summary, body, category) and writes it as JSON, for the
// browser page (minisearch-page.js) to load. Usage, from the repo root:
//   node xtask/bench/minisearch-build.mjs <corpus.jsonl> <out.json>
// MiniSearch comes from the repo's npm folder, tests/node_modules (see tests/package.json).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(new URL('../../tests/package.json', import.meta.url));
const MiniSearch = require('minisearch');

// Keep in step with OPTIONS in minisearch-page.js.
const OPTIONS = {
  idField: 'id',
  fields: ['title', 'summary', 'body'],
  storeFields: ['title', 'category'],
  searchOptions: { boost: { title: 3, summary: 2 }, prefix: true, fuzzy: 0.2 },
};

const [corpusPath, outPath] = process.argv.slice(2);
if (!corpusPath || !outPath) {
  console.error('usage: node minisearch-build.mjs <corpus.jsonl> <out.json>');
  process.exit(2);
}

const docs = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));

const started = performance.now();
const miniSearch = new MiniSearch(OPTIONS);
miniSearch.addAll(docs);
const json = JSON.stringify(miniSearch);
const ms = performance.now() - started;

writeFileSync(outPath, json);
console.error(`${docs.length} documents, ${Buffer.byteLength(json)} bytes, built in ${ms.toFixed(0)} ms -> ${outPath}`);
