// Search benchmark anchor, browser side: Pagefind's own client (`pagefind.js`, written next to
// its index by pagefind-build.mjs), loading what each query needs. It runs on the page's
// thread (`noWorker`), so the page sees, and the bench counts, what the first query fetched;
// by default Pagefind searches in a worker. A result names its article by the `id` metadata,
// which Pagefind keeps in the result's fragment: loading the fragments of the results shown is
// part of a query, as it is for a site showing them.

/** Opens the `locale` index under `base`; resolves to `{ search(query, limit) }` giving ids. */
export async function load(base, locale) {
  // Pagefind picks the index of the page's language.
  document.documentElement.lang = locale;
  const { createInstance } = await import(`${base}pagefind.js`);
  const pagefind = createInstance({ basePath: base, noWorker: true });
  await pagefind.init();
  return {
    async search(query, limit = 10) {
      const found = await pagefind.search(query);
      const shown = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
      return shown.map((data) => data.meta.id);
    },
  };
}
