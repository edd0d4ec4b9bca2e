/*! Vox loader. Defines <vox-*> elements and window.Vox; fetches the wasm only when a widget
    needs it. Every other asset is resolved relative to this file's URL, so the folder can be
    served from any host or CDN path. No eval, no inline styles: works under a strict CSP. */
(() => {
  'use strict';
  if (window.Vox && window.Vox.version) return; // included twice: the first copy wins

  const doc = document;
  const script = doc.currentScript;
  const base = new URL('.', (script && script.src) || location.href).href;
  const WIDGETS = ['feedback'];
  const OUTBOX = 'vox.outbox';
  const mounted = new Map(); // element -> Promise<Widget|null>
  let initConfig = null;
  let wasm;

  // One module for every widget, loaded on first need and shared.
  const load = () =>
    (wasm ||= import(base + 'vox-embed.js').then(async (m) => {
      await m.default({ module_or_path: base + 'vox-embed_bg.wasm' });
      return m;
    }));

  const jsonBlock = () => {
    const el = doc.getElementById('vox-config');
    return el && el.type === 'application/json' ? el.textContent : null;
  };

  const sources = (el) => ({
    jsonBlock: jsonBlock(),
    script: script ? { ...script.dataset } : {},
    init: initConfig,
    element: { ...el.dataset },
  });

  const fail = (el, error) => {
    console.error('Vox:', error);
    el.dispatchEvent(new CustomEvent('vox:error', { bubbles: true, composed: true, detail: String(error) }));
    return null;
  };

  const mount = (el) => {
    const job = load()
      .then((m) => m.mount(el, sources(el), base))
      .then(
        (widget) => {
          if (widget && mounted.get(el) === job && el.isConnected) {
            el.dispatchEvent(new CustomEvent('vox:ready', { bubbles: true, composed: true, detail: el.localName.slice(4) }));
            return widget;
          }
          widget && widget.free(); // config error (already reported), or removed while loading
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
    job && job.then((w) => w && w.free());
  };

  for (const name of WIDGETS) {
    const tag = 'vox-' + name;
    if (customElements.get(tag)) continue;
    customElements.define(
      tag,
      class extends HTMLElement {
        connectedCallback() { mounted.has(this) || mount(this); }
        disconnectedCallback() { unmount(this); }
        open() { return (mounted.get(this) || mount(this)).then((w) => w && w.open()); }
        close() { const job = mounted.get(this); return job && job.then((w) => w && w.close()); }
      },
    );
  }

  // The launcher and Vox.open() need an element; this adds one at the end of <body>.
  const ensure = (name) => {
    if (!WIDGETS.includes(name)) {
      console.error(`Vox: unknown widget "${name}"; expected one of ${WIDGETS.join(', ')}`);
      return null;
    }
    const tag = 'vox-' + name;
    let el = doc.querySelector(tag);
    if (!el) {
      el = doc.createElement(tag);
      if (name === 'feedback') el.dataset.mode = wantsLauncher() ? 'launcher' : 'modal';
      doc.body.append(el);
    }
    return el;
  };

  const wantsLauncher = () => {
    const pick = (c) => c && c.feedback && c.feedback.mode;
    let mode = script && (script.dataset.feedback || script.dataset.feedbackMode);
    try { mode = pick(initConfig) || mode || pick(JSON.parse(jsonBlock() || 'null')); } catch (_) { /* reported by the wasm */ }
    return mode === 'launcher';
  };

  const listeners = new Map(); // fn -> { event: wrapper }
  const Vox = {
    version: '0.1.0',
    /** Sets config (merged over earlier calls) and re-renders mounted widgets with it. */
    init(config) {
      initConfig = { ...(initConfig || {}), ...config };
      for (const el of [...mounted.keys()]) { unmount(el); mount(el); }
      if (wantsLauncher()) whenReady(() => ensure('feedback'));
    },
    open(name = 'feedback') { return whenReady(() => { const el = ensure(name); return el && el.open(); }); },
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
  };
  window.Vox = Vox;

  function whenReady(fn) {
    return doc.body ? Promise.resolve(fn()) : new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(fn()), { once: true }));
  }

  whenReady(() => {
    if (wantsLauncher()) ensure('feedback');
    // Submissions an earlier page could not deliver go out as soon as the browser is idle.
    let pending = false;
    try { pending = !!localStorage.getItem(OUTBOX); } catch (_) { /* storage disabled */ }
    if (pending) (window.requestIdleCallback || setTimeout)(() => load().then((m) => m.flush()));
  });
})();
