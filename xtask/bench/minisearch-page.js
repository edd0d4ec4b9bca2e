// Search benchmark baseline, browser side: loads an index written by minisearch-build.mjs
// and searches it with the same options. The bench server serves tests/node_modules at
// /node_modules/.
import MiniSearch from '/node_modules/minisearch/dist/es/index.js';

// Keep in step with OPTIONS in minisearch-build.mjs.
const OPTIONS = {
  idField: 'id',
  fields: ['title', 'summary', 'body'],
  storeFields: ['title', 'category'],
  searchOptions: { boost: { title: 3, summary: 2 }, prefix: true, fuzzy: 0.2 },
};

/** Fetches the index at `indexUrl`; resolves to `{ search(query, limit) }` giving the top ids. */
export async function load(indexUrl) {
  const response = await fetch(indexUrl);
  if (!response.ok) throw new Error(`${indexUrl}: HTTP ${response.status}`);
  const miniSearch = MiniSearch.loadJSON(await response.text(), OPTIONS);
  return {
    search(query, limit = 10) {
      return miniSearch.search(query).slice(0, limit).map((result) => result.id);
    },
  };
}
