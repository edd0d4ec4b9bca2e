// Search benchmark anchor: Pagefind, as a static site uses it. Writes one HTML page per article
// of a help-article corpus (JSONL: id, title, summary, body), then indexes those pages with
// Pagefind's Node API, as `npx pagefind --site` would. Usage, from the repo root:
//   node xtask/bench/pagefind-build.mjs <corpus.jsonl> <locale> <pages dir> <out dir>
// Pagefind comes from xtask/bench/node_modules (see xtask/bench/package.json).
import * as pagefind from 'pagefind';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [corpusPath, locale, pagesDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node pagefind-build.mjs <corpus.jsonl> <locale> <pages dir> <out dir>');
  process.exit(2);
}

const escape = (text) => String(text ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const docs = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));

// A help page as a site would publish it: the title as its heading (Pagefind weighs headings
// by itself), the summary weighted 2 like the other engines' boost, the id as metadata so a
// result names its article.
rmSync(pagesDir, { recursive: true, force: true });
mkdirSync(pagesDir, { recursive: true });
docs.forEach((doc, n) => {
  const html = `<!doctype html><html lang="${escape(locale)}"><head><meta charset="utf-8">
<title>${escape(doc.title)}</title></head><body><main data-pagefind-body>
<h1>${escape(doc.title)}</h1>
<p data-pagefind-weight="2">${escape(doc.summary)}</p>
<div>${escape(doc.body)}</div>
<span data-pagefind-meta="id" hidden>${escape(doc.id)}</span>
</main></body></html>`;
  writeFileSync(join(pagesDir, `${n}.html`), html);
});

const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (errors.length) throw new Error(errors.join('\n'));
const added = await index.addDirectory({ path: pagesDir });
if (added.errors.length) throw new Error(added.errors.join('\n'));
rmSync(outDir, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: outDir });
if (written.errors.length) throw new Error(written.errors.join('\n'));
await pagefind.close();
const ms = performance.now() - started;
console.error(`${added.page_count} pages indexed by Pagefind in ${ms.toFixed(0)} ms -> ${outDir}`);
