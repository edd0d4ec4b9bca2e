/*! Vox loader | MIT OR Apache-2.0 */
/* Defines <vox-*> elements and window.Vox; fetches a widget's wasm module only when that
    widget shows. Every other asset is resolved relative to this file's URL, so the folder can be
    served from any host or CDN path. No eval, no inline styles: works under a strict CSP. */
(() => {
  'use strict';
  if (window.Vox?.version) return; // included twice: the first copy wins

  const doc = document;
  const script = doc.currentScript;
  const base = new URL('.', script?.src || location.href).href;
  // Element -> the widget whose module draws it: the registry (widgets/embed/src/registry.rs),
  // written in by `cargo xtask build`.
  const MODULES = VOX_REGISTRY;
  const WIDGETS = ['feedback', 'consent', 'help']; // those Vox.open() opens
  const OUTBOX = 'vox.outbox';
  const mounted = new Map(); // element -> Promise<Widget|null>
  let initConfig = null;
  const modules = {}; // widget -> Promise of its wasm module
  // Rating prompts: what the site told about the visitor, and its events, kept for the prompts
  // runtime (wasm), which starts when the browser is idle on pages that configure prompts.
  const visitor = {};
  const tracked = [];
  let promptsStarted = false;

  // The config block: only a <script> can be it (an <a id="vox-config"> in a review must not
  // redirect submissions), and it is read once, so nothing added to the page later replaces it.
  let block;
  const jsonBlock = () => {
    if (block !== undefined) return block;
    const el = doc.querySelector('script#vox-config[type="application/json"]');
    const text = el?.textContent;
    if (el || doc.readyState !== 'loading') block = text;
    return text;
  };

  // data-config="/vox-config.json": config kept in a file, under the inline block. Only an
  // http(s) URL or a path on this origin is fetched (the wasm checks it fully, and refuses the
  // whole file, which closes the consent gate, when it breaks the one URL rule). Until it has arrived, nothing blocked is
  // let in and no widget starts; the inline block stays the place for consent (see README).
  const d = script?.dataset || {};
  const file = d.config == null ? null : { url: d.config };
  const ready = file && /^(https?:\/\/|\/(?!\/))[^\\\s]*$/i.test(file.url)
    ? fetch(file.url, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
      .then((t) => { file.text = t; parse(t).consent && setup(); }, (e) => { file.error = '' + e; })
    : Promise.resolve();
  const parse = (t) => { try { return JSON.parse(t || 'null') || {}; } catch (_) { return {}; } };
  // The loader's own reads (consent, launcher, prompts, shortcut): the file's config, deep-merged
  // under the block's, as the wasm merges them.
  const merge = (a, b) => (b && a && b.constructor === Object && a.constructor === Object
    ? Object.keys(b).reduce((m, k) => ({ ...m, [k]: merge(a[k], b[k]) }), a)
    : b === undefined ? a : b);
  // Parsed once both sources are settled (the block found or the page parsed, the file in or
  // failed), not again on every keydown of the search shortcut.
  let parsed;
  const parsedBlock = () => parsed || ((v) => (block !== undefined && !(file && file.text == null && file.error == null) && (parsed = v), v))(
    merge(parse(file?.text), parse(jsonBlock())));
  const section = (k) => initConfig?.[k] || parsedBlock()[k];

  // ---- Consent, synchronously, before any wasm (config errors are reported by the wasm) ----
  // Settings come from the config (the JSON block placed before this script) and data-* on this
  // script; a config file's consent settings apply when it arrives.
  let C, record, choices, services;
  const setup = () => {
    const c = { ...parsedBlock().consent };
    if (d.consent != null) c.enabled = d.consent !== 'false';
    if (d.consentMode) c.mode = d.consentMode;
    if (d.consentRevision) c.revision = +d.consentRevision;
    if (d.consentPrivacyButton != null) c.privacyButton = d.consentPrivacyButton !== 'false';
    if (d.country) c.country = d.country;
    const modes = ['opt-in', 'opt-out', 'notice'];
    const country = String(c.country || '').toUpperCase();
    const pick = (m) => (modes.includes(m) ? m : null);
    // Region codes in any case; a mode that is not one of the three is opt-in (the wasm reports
    // it as a config error): a typo never opens the gate.
    const regions = {};
    for (const [code, mode] of Object.entries(c.regions || {})) regions[code.toUpperCase()] = pick(mode) || 'opt-in';
    const cats = (Array.isArray(c.categories) ? c.categories : [{ id: 'functional' }, { id: 'analytics' }, { id: 'marketing' }]).filter((k) => k?.id && k.id !== 'necessary');
    C = {
      enabled: !!c.enabled,
      base: pick(c.mode) || 'opt-in',
      mode: pick(regions[country]) || pick(regions[country.split('-')[0]]) || pick(c.mode) || 'opt-in',
      regions,
      revision: +c.revision || 0,
      privacyButton: !!c.privacyButton,
      cats,
      cookie: { name: 'vox_consent', expiresDays: 182, ...c.cookie },
      gcm: { waitForUpdate: 500, ...c.googleConsentMode },
    };
    // What the visitor allowed for this revision: `choices` (categories) once they decided, and
    // `services` they let in one at a time from a blocked iframe's placeholder.
    record = readRecord();
    choices = record?.choices || defaults(C.mode);
    services = record?.services || {};
    // Google Consent Mode v2: defaults (per region too) before any Google tag runs, then updates.
    if (C.gcm.enabled) {
      const wait = { wait_for_update: +C.gcm.waitForUpdate || 0 };
      gtag('consent', 'default', { ...signals(defaults(C.base)), ...wait });
      const byMode = {};
      for (const [code, mode] of Object.entries(C.regions)) (byMode[mode] = byMode[mode] || []).push(code);
      for (const [mode, region] of Object.entries(byMode)) gtag('consent', 'default', { ...signals(defaults(mode)), region, ...wait });
      if (C.gcm.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
      if (C.gcm.urlPassthrough) gtag('set', 'url_passthrough', true);
      if (decided() || gpc) gtag('consent', 'update', signals(choices));
    }
  };
  const gpc = navigator.globalPrivacyControl === true;
  const defaults = (mode) => Object.fromEntries(C.cats.map((k) => [k.id, mode !== 'opt-in' && !(gpc && k.id === 'marketing')]));

  const readRecord = () => {
    const row = doc.cookie.split('; ').find((r) => r.startsWith(C.cookie.name + '='));
    try {
      const r = row && JSON.parse(decodeURIComponent(row.slice(C.cookie.name.length + 1)));
      return r?.revision === C.revision && (r.choices || r.services) ? r : null;
    } catch (_) { return null; }
  };
  const decided = () => !!record?.choices;
  const granted = (...cats) => cats.every((k) => k === 'necessary' || choices[k] === true);
  // A blocked item's service: data-vox-service, else where the item itself loads from (an
  // iframe's data-vox-src, a script's src): another site's host (one vendor, one grant), or on
  // this site the item's own path, so letting one same-site embed in never lets in anything
  // else. Never the page's host, and an inline script without data-vox-service has none.
  const serviceOf = (el) => {
    if (el.dataset.voxService) return el.dataset.voxService;
    const src = el.localName === 'iframe' ? el.dataset.voxSrc : el.getAttribute('src');
    try {
      const u = src && new URL(src, location.href);
      return !u ? '' : u.host === location.host ? u.host + u.pathname : u.host;
    } catch (_) { return ''; }
  };
  const allowed = (el) => {
    const service = serviceOf(el);
    return granted(...el.dataset.voxConsent.split(/\s+/)) || (!!service && services[service] === true);
  };

  const dataLayer = (window.dataLayer = window.dataLayer || []);
  function gtag() { dataLayer.push(arguments); } // gtag's format: an Arguments object, not an array
  const signals = (ch) => {
    const g = (k) => (ch[k] ? 'granted' : 'denied');
    return {
      ad_storage: g('marketing'), ad_user_data: g('marketing'), ad_personalization: g('marketing'),
      analytics_storage: g('analytics'), functionality_storage: g('functional'),
      personalization_storage: g('functional'), security_storage: 'granted',
    };
  };
  setup();

  // <script type="text/plain" data-vox-consent="analytics"> and <iframe data-vox-consent data-vox-src>:
  // each runs once, in document order, when all its categories are granted (or its service is).
  // An external script is waited for before the next one runs, as the parser would have.
  // A blocked iframe stands hidden behind a <vox-placeholder> of its size, whose "load this
  // content" allows just its service.
  const done = new WeakSet();
  const placeholders = new Map(); // blocked iframe -> its <vox-placeholder>
  const placehold = (frame) => {
    if (placeholders.has(frame) || !doc.body) return;
    const p = doc.createElement('vox-placeholder');
    const box = frame.getBoundingClientRect();
    p.setAttribute('service', serviceOf(frame));
    p.setAttribute('label', frame.title || '');
    p.style.width = (box.width || +frame.width || 300) + 'px';
    p.style.minHeight = (box.height || +frame.height || 150) + 'px';
    frame.hidden = true;
    frame.before(p);
    placeholders.set(frame, p);
  };
  // A marked item the browser did not hold back (a script without type="text/plain", an iframe
  // with its own src) has run or loaded already: say so once, and never run it a second time.
  const leaked = (el) => el.localName === 'iframe'
    ? el.hasAttribute('src') || el.hasAttribute('srcdoc')
    : el.type !== 'text/plain';
  // A visitor who has not decided, where defaults let things in (opt-out, notice), waits for the
  // wasm to accept the consent section: one it refuses closes the gate (opt-in), so a typo
  // never lets anything in.
  let unblocking = ready.then(() => !decided() && C.mode !== 'opt-in' && load('consent')
    .then((m) => m.consent_ok(sources(null)) || ((C.mode = 'opt-in'), (choices = defaults(C.mode)),
      C.gcm.enabled && gtag('consent', 'update', signals(choices)))));
  const unblock = () => (unblocking = unblocking.then(async () => {
    for (const el of doc.querySelectorAll('script[data-vox-consent],iframe[data-vox-consent]')) {
      if (done.has(el)) continue;
      if (leaked(el)) {
        done.add(el);
        console.warn('Vox: not blocked (a script needs type="text/plain", an iframe data-vox-src):', el);
        continue;
      }
      if (!allowed(el)) { el.localName === 'iframe' && placehold(el); continue; }
      done.add(el);
      if (el.localName === 'iframe') {
        const p = placeholders.get(el);
        if (p) { // focus was on its button: it goes to the content it loaded
          const focused = doc.activeElement === p;
          p.remove();
          el.hidden = false;
          focused && el.focus();
        }
        el.src = el.dataset.voxSrc;
        continue;
      }
      const s = doc.createElement('script');
      for (const a of el.attributes) if (!/^(type|data-vox-)/.test(a.name)) s.setAttribute(a.name, a.value);
      if (el.dataset.voxType) s.type = el.dataset.voxType;
      s.nonce = el.nonce;
      s.text = el.text;
      // Listeners, not onload: an onload attribute copied from the blocked script stays.
      const loaded = s.src && new Promise((r) => { s.addEventListener('load', r); s.addEventListener('error', r); });
      el.after(s);
      await loaded;
    }
  }));

  const uuid = () => '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16));

  const consentState = () => ({
    decided: decided(), id: record && record.id, at: record && record.at, revision: C.revision,
    mode: C.mode, gpc, categories: { necessary: true, ...choices }, services: { ...services },
  });

  /** Records an explicit decision: `{analytics: true, ...}`; categories left out are refused,
      and services allowed one at a time are dropped (the categories now say it all).
      `meta` is the banner's `{ action, texts }` for the consent record. */
  const decide = (given, meta) => {
    choices = Object.fromEntries(C.cats.map((k) => [k.id, given[k.id] === true]));
    services = {};
    return store({ choices }, { action: 'custom', ...meta });
  };

  /** Allows one service (a placeholder's "load this content"), whatever its category says. */
  const allowService = (id, meta) => {
    services = { ...services, [id]: true };
    return store({ choices: record && record.choices, services }, { action: 'service', ...meta });
  };

  // Keeps the record in the cookie, applies it and tells the page; the wasm clears the cookies
  // of refused categories and posts the consent record.
  const store = (what, { action, texts }) => {
    record = { id: record?.id || uuid(), at: new Date().toISOString(), revision: C.revision, ...what };
    const { name, domain, expiresDays } = C.cookie;
    doc.cookie = `${name}=${encodeURIComponent(JSON.stringify(record))}; Max-Age=${Math.round(expiresDays * 86400)}; Path=/; SameSite=Lax${domain ? '; Domain=' + domain : ''}${location.protocol === 'https:' ? '; Secure' : ''}`;
    if (C.gcm.enabled && decided()) gtag('consent', 'update', signals(choices));
    unblock();
    const detail = { ...consentState(), action };
    doc.dispatchEvent(new CustomEvent('vox:consent', { bubbles: true, detail }));
    load('consent').then((m) => m.record_consent({ ...detail, texts }, sources(null)), () => {});
    return detail;
  };

  // A widget's own module, loaded when the widget first shows and kept: its wasm is fetched
  // beside its glue, not after it, and compiles while it streams in.
  // Its glue is kept apart too: a widget's messages start from it (see mount).
  const glues = {};
  const load = (name) => (modules[name] ||= ((wasm) => (glues[name] = import(`${base}vox-${name}.js`))
    .then(async (m) => (await m.default({ module_or_path: wasm }), m)))(fetch(`${base}vox-${name}_bg.wasm`)));

  const sources = (el) => ({
    file,
    jsonBlock: jsonBlock(),
    script: { ...d },
    init: initConfig,
    element: { ...el?.dataset },
    visitor,
  });

  const fail = (el, error) => {
    console.error('Vox:', error);
    el.dispatchEvent(new CustomEvent('vox:error', { bubbles: true, composed: true, detail: '' + error }));
    return null;
  };

  const mount = (el) => {
    const name = MODULES[el.localName];
    // Its messages download beside its wasm, not after it: the glue, which arrives long
    // before the wasm, starts them (js/messages.js).
    const ready = load(name);
    const job = glues[name].then((g) => g.messages(sources(el)))
      .then((ftl) => ready.then((m) => m.mount(el, sources(el), base, ftl)))
      .then(
        (widget) => {
          if (widget && mounted.get(el) === job && el.isConnected) {
            el.dispatchEvent(new CustomEvent('vox:ready', { bubbles: true, composed: true, detail: el.localName.slice(4) }));
            return widget;
          }
          widget?.free(); // config error (already reported), or removed while loading
          return null;
        },
        (error) => fail(el, error),
      );
    mounted.set(el, job);
    return job;
  };

  const unmount = (el) => {
    const job = mounted.get(el);
    mounted.delete(el);
    job?.then((w) => w?.free());
  };

  for (const tag in MODULES) {
    if (customElements.get(tag)) continue;
    customElements.define(
      tag,
      class extends HTMLElement {
        connectedCallback() { mounted.has(this) || mount(this); }
        disconnectedCallback() { unmount(this); }
        open(o) { return (mounted.get(this) || mount(this)).then((w) => w?.open(o?.message)); }
        close() { return mounted.get(this)?.then((w) => w?.close()); }
      },
    );
  }

  // The launcher and Vox.open() need an element; this adds one at the end of <body>.
  const ensure = (name) => {
    if (!WIDGETS.includes(name)) {
      console.error(`Vox: unknown widget "${name}"; expected one of ${WIDGETS}`);
      return null;
    }
    const tag = 'vox-' + name;
    // Opening needs a dialog: an inline form or search box in the page is not one.
    let el = doc.querySelector(name === 'help' ? 'vox-help[modal]' : tag + ':not([data-mode=inline])');
    if (!el) {
      el = doc.createElement(tag);
      if (name === 'feedback') el.dataset.mode = wantsLauncher() ? 'launcher' : 'modal';
      if (name === 'help') el.setAttribute('modal', '');
      doc.body.append(el);
    }
    return el;
  };

  const wantsPrompts = () => {
    const p = section('prompts');
    return Array.isArray(p) && p.length > 0;
  };
  const idle = (fn) => (window.requestIdleCallback || setTimeout)(fn);
  const startPrompts = () => {
    if (promptsStarted || !wantsPrompts()) return;
    promptsStarted = true;
    idle(() => load('prompt').then((m) => {
      // Single-page apps: route changes made with the History API are announced as vox:navigate.
      for (const k of ['pushState', 'replaceState']) {
        const original = history[k];
        history[k] = function (...args) {
          const r = original.apply(this, args);
          window.dispatchEvent(new Event('vox:navigate'));
          return r;
        };
      }
      m.prompts(sources(null), visitor, tracked);
    }));
  };

  const wantsLauncher = () => {
    const f = initConfig?.feedback;
    return (f?.mode || d.feedback || d.feedbackMode || parsedBlock().feedback?.mode) === 'launcher';
  };

  const listeners = new Map(); // fn -> { event: wrapper }
  const Vox = {
    version: '0.1.0',
    /** Sets config (merged over earlier calls) and re-renders mounted widgets with it. Consent
        settings are refused: the gate was set up before any other script could call this. */
    init(config = {}) {
      if (!plain(config, 'init')) return;
      if (config.consent) {
        console.error('Vox.init: consent settings ignored; they belong in the vox-config block');
        config = { ...config };
        delete config.consent;
      }
      initConfig = { ...(initConfig || {}), ...config };
      for (const el of [...mounted.keys()]) { unmount(el); mount(el); }
      if (wantsLauncher()) whenReady(() => ensure('feedback'));
      whenReady(startPrompts);
    },
    /** Tells rating prompts about the visitor: `{ id, lifecycle_stage, orders, plan, ... }`. */
    identify(attributes) {
      if (!plain(attributes, 'identify')) return;
      Object.assign(visitor, attributes);
      doc.dispatchEvent(new CustomEvent('vox:identify', { detail: { ...visitor } }));
    },
    /** A site event rating prompts can be triggered by: `Vox.track('order_completed')`. */
    track(name, properties) {
      const event = { name: String(name), properties: properties || {} };
      tracked.push(event);
      doc.dispatchEvent(new CustomEvent('vox:track', { detail: event }));
    },
    /** Opens a widget's dialog; `Vox.open('feedback', { message })` fills the message in. */
    open(name = 'feedback', options) { return whenReady(() => { const el = ensure(name); return el && el.open(options); }); },
    /** Lists config problems on the page too, for the site owner (this page view only). */
    debug: () => Vox.init({ debug: true }),
    /** Shows a rating prompt at once, for the site owner: records nothing, sends only with `{ send: true }`. */
    preview: (id, o) => load('prompt').then((m) => m.preview(String(id), o || {}, sources(null))),
    /** Help-center search for a site's own UI: resolves to `[{ id, title, url, category, categoryLabel, snippet, score }]`. */
    search: (query, options) => load('help').then((m) => m.search(String(query), options || {}, sources(null), base)),
    close(name = 'feedback') { const el = doc.querySelector('vox-' + name); return el ? el.close() : Promise.resolve(); },
    /** Vox.on('submit', (detail, event) => ...) listens to vox:submit from every widget. */
    on(event, fn) {
      const wrapper = (e) => fn(e.detail, e);
      const own = listeners.get(fn) || {};
      own[event] = wrapper;
      listeners.set(fn, own);
      doc.addEventListener('vox:' + event, wrapper);
    },
    off(event, fn) {
      const own = listeners.get(fn);
      if (own && own[event]) { doc.removeEventListener('vox:' + event, own[event]); delete own[event]; }
    },
    /** The consent gate every widget obeys; `set` is for sites with their own consent UI. */
    consent: {
      get: consentState,
      allows: (category) => granted(category),
      set: (categories, meta) => decide(categories || {}, meta),
      acceptAll: () => decide(Object.fromEntries(C.cats.map((k) => [k.id, true])), { action: 'accept_all' }),
      rejectAll: () => decide({}, { action: 'reject_all' }),
      allowService: (id, meta) => allowService(String(id), meta),
      /** Opens the banner's preferences, to change or withdraw consent. */
      show: () => Vox.open('consent'),
    },
  };
  window.Vox = Vox;

  // What a site passes in travels as JSON to the wasm: a cyclic or BigInt value is refused here,
  // with a clear error, instead of turning every widget's config back to its defaults.
  function plain(value, what) {
    try {
      if (value && typeof value === 'object' && JSON.stringify(value)) return true;
    } catch (_) { /* cyclic or BigInt */ }
    console.error(`Vox.${what}: not plain JSON (a cycle or BigInt?); ignored`);
    return false;
  }

  // Widgets start once there is a <body> and the config file (if any) has arrived.
  const started = Promise.all([ready, new Promise((r) => (doc.body ? r() : doc.addEventListener('DOMContentLoaded', r)))]);
  const whenReady = (fn) => started.then(fn);

  // Help search: Ctrl/⌘+K (help.shortcut) and "/" open it, before any wasm is loaded.
  // The key's real target: at document level e.target is the shadow host of whatever field,
  // ours or a third-party web component's, the visitor is typing in.
  doc.addEventListener('keydown', (e) => {
    const h = section('help'), t = e.composedPath()[0], mod = e.ctrlKey || e.metaKey;
    if (h && !e.defaultPrevented && !e.altKey && (mod
      ? e.key.toLowerCase() === (h.shortcut ?? 'k')
      : e.key === '/' && h.slash !== false && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && !t.isContentEditable)) {
      e.preventDefault();
      Vox.open('help');
    }
  });

  unblock();
  // Single-page apps add blocked items after load: each is handled as it arrives (a scan of
  // the marked items per batch of changes; the done ones are skipped at once).
  new MutationObserver(unblock).observe(doc.documentElement, { childList: true, subtree: true });
  whenReady(() => {
    unblock();
    if (wantsLauncher()) ensure('feedback');
    if (C.enabled && (!decided() || C.privacyButton)) ensure('consent');
    // Submissions an earlier page could not deliver go out as soon as the browser is idle.
    let pending = false;
    try { pending = !!localStorage.getItem(OUTBOX); } catch (_) { /* storage disabled */ }
    // Any module sends them; the smallest is fetched when none is loaded yet.
    if (pending) idle(() => (Object.values(modules)[0] || load('prompt')).then((m) => m.flush()));
    startPrompts();
  });
})();
