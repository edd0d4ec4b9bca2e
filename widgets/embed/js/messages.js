/* Appended to each widget module's glue by `cargo xtask build`. The loader calls it as soon as
   the glue has arrived, long before the wasm has, so the locale's messages download beside the
   wasm instead of after it. It picks the locale the wasm will pick: the same settings, merged
   in the same order (element, Vox.init, script tag, JSON block, config file), and the same
   rules as widgets/core/src/locale/negotiate.rs over the same list, which the build writes in
   for VOX_LOCALES. The wasm takes this fetch when its URL is the one the wasm wants, and
   fetches its own otherwise: a difference costs time, never the right text. */
const started = {}; // url -> its download: a widget mounted again (Vox.init) fetches nothing
export const messages = ({ file, jsonBlock, script, init, element }) => {
  const locales = VOX_LOCALES;
  const parse = (text) => { try { return JSON.parse(text || 'null') || {}; } catch (_) { return {}; } };
  const [block, fromFile] = [parse(jsonBlock), parse(file?.text)];
  const setting = (k) => element[k] ?? init?.[k] ?? script[k] ?? block[k] ?? fromFile[k];
  const negotiate = (tags) => {
    for (let t of tags) {
      t = String(t || '').trim().replace(/_/g, '-').toLowerCase();
      const lang = t.split('-')[0];
      const found = lang && (locales.find((l) => l.toLowerCase() === t)
        || (lang === 'zh' ? (/-(hant|tw|hk|mo)\b/.test(t) ? 'zh-TW' : 'zh-CN')
          : lang === 'iw' ? 'he' : lang === 'in' ? 'id'
            : locales.find((l) => l.split('-')[0] === lang)));
      if (found) return found;
    }
    return 'en';
  };
  const want = setting('locale');
  const locale = negotiate(want && want !== 'auto'
    ? [want]
    : [document.documentElement.getAttribute('lang'), ...navigator.languages]);
  // Next to this file (the loader's folder, as the wasm reads it) unless localesUrl says.
  const dir = String(setting('localesUrl') || new URL('locales/', import.meta.url));
  const url = `${dir.replace(/\/?$/, '/')}${locale}/VOX_WIDGET.ftl`;
  // English is compiled in; any other URL obeys the one URL rule (http(s), or a path here).
  return locale !== 'en' && /^(https?:\/\/|\/(?!\/))[^\\\s]*$/i.test(url)
    ? [url, (started[url] ||= fetch(url).then((r) => (r.ok ? r.text() : null), () => null))]
    : null;
};
