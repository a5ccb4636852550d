// Scripts run inside the demo page, kept as plain JavaScript strings: tsx wraps named functions
// in helper calls (__name) that do not exist in the page, so functions are never passed across.

/** Records Content-Security-Policy violations before any page script runs. */
export const recordCspViolations = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const path = e.composedPath();
    const target = path[0] && path[0].localName ? path[0] : null;
    const host = path.find((n) => n.localName && n.localName.startsWith('qms-'));
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') +
      (target ? ' on <' + target.localName + (target.getAttribute('part') ? ' part="' + target.getAttribute('part') + '"' : '') + '>' : '') +
      (host ? ' in <' + host.localName + '>' : '') +
      (e.sample ? ' (' + e.sample + ')' : ''));
  }, true);
`;

/** Makes IndexedDB unavailable, as in some private browsing modes. */
export const withoutIndexedDb = `
  Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
`;

export const cspViolations = `window.__cspViolations || []`;

/**
 * True once the demo has drawn and every qms-* element (also those inside other elements'
 * shadow roots) is defined and has rendered shadow content.
 */
export const demoReady = `(() => {
  const app = document.getElementById('app');
  if (!app || app.hasAttribute('aria-busy') || !document.querySelector('main')) return false;
  const all = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('qms-')) all.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return all.length > 0 && all.every((el) =>
    customElements.get(el.localName) && el.shadowRoot && el.shadowRoot.childElementCount > 0);
})()`;

/** Every qms-* tag on the page (deep), with how many elements have no shadow content. */
export const qmsTags = `(() => {
  const tags = {};
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('qms-')) {
        const t = (tags[el.localName] ??= { count: 0, empty: 0 });
        t.count += 1;
        if (!el.shadowRoot || el.shadowRoot.childElementCount === 0) t.empty += 1;
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return tags;
})()`;

/**
 * Every piece of text a person or a screen reader could meet: text nodes (also joined per
 * element, as templates split them), and the aria-label, title, placeholder and alt attributes,
 * in the document and every open shadow root. Each with a rough path to find it.
 */
export const collectTexts = `(() => {
  const out = [];
  const attrs = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];
  const skip = new Set(['style', 'script', 'noscript', 'template']);
  const norm = (s) => s.replace(/\\s+/g, ' ').trim();
  const visit = (node, path) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = norm(child.data);
        if (text) out.push({ text, where: path });
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const name = child.localName;
        if (skip.has(name)) continue;
        const here = path + ' > ' + name + (child.id ? '#' + child.id : '') +
          (child.getAttribute('part') ? '[part=' + child.getAttribute('part') + ']' : '');
        for (const a of attrs) {
          const value = child.getAttribute(a);
          if (value && norm(value)) out.push({ text: norm(value), where: here + ' @' + a });
        }
        const texts = [...child.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
        if (texts.length > 1) {
          const joined = norm(texts.map((n) => n.data).join(''));
          if (joined) out.push({ text: joined, where: here });
        }
        if (child.shadowRoot) visit(child.shadowRoot, here + '::shadow');
        visit(child, here);
      }
    }
  };
  visit(document, '');
  return out;
})()`;

/** The demo's saved dataset as the page's IndexedDB holds it (undefined when none). */
export const savedDataset = `new Promise((resolve) => {
  const req = indexedDB.open('qms-kit-demo', 1);
  req.onerror = () => resolve(undefined);
  req.onsuccess = () => {
    const db = req.result;
    if (!db.objectStoreNames.contains('records')) { db.close(); resolve(undefined); return; }
    const get = db.transaction('records', 'readonly').objectStore('records').get('dataset');
    get.onsuccess = () => { db.close(); resolve(get.result ? get.result.value : undefined); };
    get.onerror = () => { db.close(); resolve(undefined); };
  };
})`;

/** Runs axe-core (loaded with addScriptTag) on the whole document, shadow roots included. */
export const runAxe = `axe.run(document, { resultTypes: ['violations'] }).then((r) =>
  r.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
  })))`;
