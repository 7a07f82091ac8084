/**
 * Hostile pages for the content script in a real browser (Chromium here,
 * Firefox in tests/firefox): each is an ordinary article with something
 * hostile around it, served on a listed host so Winnow runs by itself.
 */
import { bigPage, deepPage, hostileCorpus, hostileDoc, words } from './corpus';

const PARAS = [
  'The foreign minister said on Tuesday that talks with partners in the region would continue next week, despite growing pressure at home to walk away from the table.',
  'Officials in the capital said the shipping routes through the strait would stay closed for a third week while inspectors checked the vessels waiting at anchor.',
  'Grain exporters have warned that the delays are costing them millions of dollars a day, and that contracts signed before the dispute began may have to be broken.',
  'The minister added that a settlement was possible before the end of the month if both sides agreed to the compromise put forward by the mediators in March.',
];

/** A plain article with a repeated paragraph and some chrome: Winnow always has something to flag. */
export function article(extraHead = '', extraBody = '', title = 'Talks to continue next week'): string {
  return hostileDoc(
    `<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<article><h1>${title}</h1>
${PARAS.map((p) => `<p>${p}</p>`).join('\n')}
<p>${PARAS[0]}</p>
<p>Subscribe to our newsletter for the latest news delivered to your inbox every morning.</p>
</article>
${extraBody}
<footer><p>© 2025 Example News. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p></footer>`,
    extraHead,
  );
}

/**
 * Built-ins overridden before anything else runs: array methods, JSON, Object,
 * the DOM's insertion and attribute methods, element creation, queries,
 * observers, timers, events, stylesheets — and a custom element that takes
 * Winnow's host tag with a closed shadow root of its own. `window.__restore()`
 * puts them back so the test can look at the page afterwards.
 */
export const OVERRIDE_BUILTINS = `<script>(function () {
  var saved = [];
  function swap(obj, key, value) {
    var d = Object.getOwnPropertyDescriptor(obj, key);
    saved[saved.length] = [obj, key, d]; // (push itself gets broken below)
    Object.defineProperty(obj, key, { value: value, configurable: true, writable: true });
  }
  function boom(name) { return function () { throw new Error('page broke ' + name); }; }
  var MO = window.MutationObserver;
  customElements.define('winnow-ui', class extends HTMLElement {
    constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = '<p>the page owns this tag</p>'; }
    connectedCallback() { throw new Error('page custom element'); }
  });
  var methods = ['map', 'forEach', 'filter', 'some', 'every', 'reduce', 'indexOf', 'includes', 'slice', 'join', 'sort', 'concat', 'flatMap', 'find', 'push', 'pop', 'splice'];
  for (var i = 0; i < methods.length; i++) swap(Array.prototype, methods[i], boom('Array.prototype.' + methods[i]));
  swap(Array, 'from', boom('Array.from'));
  swap(Array, 'isArray', function () { return true; });
  swap(JSON, 'stringify', boom('JSON.stringify'));
  swap(JSON, 'parse', boom('JSON.parse'));
  swap(Object, 'keys', boom('Object.keys'));
  swap(Object, 'entries', boom('Object.entries'));
  swap(Object, 'assign', boom('Object.assign'));
  swap(String.prototype, 'replace', boom('String.prototype.replace'));
  swap(String.prototype, 'trim', boom('String.prototype.trim'));
  swap(String.prototype, 'toLowerCase', function () { return 'x'; });
  swap(RegExp.prototype, 'exec', boom('RegExp.prototype.exec'));
  swap(Map.prototype, 'get', boom('Map.prototype.get'));
  swap(Set.prototype, 'has', boom('Set.prototype.has'));
  swap(Node.prototype, 'appendChild', boom('Node.prototype.appendChild'));
  swap(Node.prototype, 'insertBefore', boom('Node.prototype.insertBefore'));
  swap(Node.prototype, 'removeChild', boom('Node.prototype.removeChild'));
  swap(Node.prototype, 'contains', boom('Node.prototype.contains'));
  swap(Element.prototype, 'append', boom('Element.prototype.append'));
  swap(Element.prototype, 'remove', boom('Element.prototype.remove'));
  swap(Element.prototype, 'setAttribute', boom('Element.prototype.setAttribute'));
  swap(Element.prototype, 'getAttribute', function () { return 'page'; });
  swap(Element.prototype, 'removeAttribute', boom('Element.prototype.removeAttribute'));
  swap(Element.prototype, 'attachShadow', boom('Element.prototype.attachShadow'));
  swap(Element.prototype, 'closest', boom('Element.prototype.closest'));
  swap(Element.prototype, 'getBoundingClientRect', boom('getBoundingClientRect'));
  swap(Document.prototype, 'createElement', boom('document.createElement'));
  swap(Document.prototype, 'querySelectorAll', boom('document.querySelectorAll'));
  swap(Document.prototype, 'getElementsByTagName', boom('document.getElementsByTagName'));
  swap(EventTarget.prototype, 'addEventListener', boom('addEventListener'));
  swap(window, 'MutationObserver', boom('MutationObserver'));
  swap(window, 'setTimeout', function () { return 0; });
  swap(window, 'requestAnimationFrame', function () { return 0; });
  swap(window, 'getComputedStyle', boom('getComputedStyle'));
  swap(window, 'CSSStyleSheet', boom('CSSStyleSheet'));
  swap(window, 'Promise', boom('Promise'));
  swap(window, 'postMessage', boom('postMessage'));
  function swapAccessor(obj, key, get, set) {
    saved[saved.length] = [obj, key, Object.getOwnPropertyDescriptor(obj, key)];
    Object.defineProperty(obj, key, { get: get, set: set, configurable: true });
  }
  swapAccessor(Node.prototype, 'textContent', boom('textContent getter'), boom('textContent setter'));
  swapAccessor(Document.prototype, 'adoptedStyleSheets', boom('adoptedStyleSheets'), boom('adoptedStyleSheets='));
  swapAccessor(Element.prototype, 'innerHTML', boom('innerHTML getter'), boom('innerHTML setter'));
  window.__restore = function () {
    for (var i = saved.length - 1; i >= 0; i--) {
      var s = saved[i];
      if (s[2]) Object.defineProperty(s[0], s[1], s[2]); else delete s[0][s[1]];
    }
    window.MutationObserver = MO;
  };
})();</script>`;

/** The page defines Winnow's host tag as its own custom element, with a closed shadow root of its own. */
export const HOST_TAG_TAKEN = `<script>
  customElements.define('winnow-ui', class extends HTMLElement {
    constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = '<p>the page owns this tag</p>'; }
  });
</script>`;

/** The page takes Winnow's host element away the moment it appears, and strips every mark. */
export const HOST_REMOVER = `<script>(function () {
  window.__removed = 0; window.__stripped = 0;
  new MutationObserver(function (records) {
    records.forEach(function (r) {
      r.addedNodes.forEach(function (n) { if (n.localName === 'winnow-ui') { n.remove(); window.__removed++; } });
      if (r.type === 'attributes' && r.attributeName && r.attributeName.indexOf('data-winnow') === 0 && r.target.hasAttribute(r.attributeName)) {
        r.target.removeAttribute(r.attributeName); window.__stripped++;
      }
    });
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
})();</script>`;

/** Never stops changing: paragraphs added, removed and rewritten every frame. */
export const MUTATOR = `<script>(function () {
  var n = 0; window.__ticks = 0;
  function tick() {
    n++; window.__ticks++;
    var box = document.getElementById('live');
    if (box) {
      var p = document.createElement('p');
      p.textContent = 'Live update ' + n + ': officials said the talks would go on through the weekend.';
      box.appendChild(p);
      if (box.children.length > 20) box.removeChild(box.firstElementChild);
      var first = document.querySelector('article p');
      if (first) first.setAttribute('data-tick', String(n));
      document.title = 'Talks (' + n + ')';
    }
    setTimeout(tick, 16);
  }
  setTimeout(tick, 16);
})();</script>`;

/** Pages pretending to be Winnow: window messages, custom events, fake marks of its own. */
export const IMPERSONATOR = `<script>(function () {
  var msgs = [
    { type: 'winnow/toggle', on: false }, { type: 'winnow/test-force', marks: [{ selector: 'p', verdict: 'boilerplate' }] },
    { type: 'winnow/correct', fingerprint: '0123456789abcdef', action: 'flag' }, { type: 'winnow/site-on', on: false },
    { type: 'winnow/reveal', blockId: 0 }, { type: 'winnow/open-reader' },
  ];
  function spam() {
    msgs.forEach(function (m) {
      window.postMessage(m, '*');
      window.dispatchEvent(new CustomEvent('winnow', { detail: m }));
      document.dispatchEvent(new CustomEvent(m.type, { detail: m }));
      try { chrome.runtime.sendMessage(m); } catch (e) {}
    });
  }
  spam(); setInterval(spam, 100);
})();</script>`;

const FRAMES = `<section id="frames">
<iframe id="f-srcdoc" srcdoc="<p>${PARAS[1]}</p><p>${PARAS[1]}</p><p>Subscribe to our newsletter.</p>"></iframe>
<iframe id="f-blank" src="about:blank"></iframe>
<iframe id="f-same" src="/hostile/frame-child"></iframe>
<iframe id="f-data" src="data:text/html,<p>${encodeURIComponent(PARAS[2])}</p>"></iframe>
</section>
<div id="shadow-open"></div><div id="shadow-closed"></div>
<script>
  document.getElementById('shadow-open').attachShadow({ mode: 'open' }).innerHTML = '<p>${PARAS[3]}</p><p>${PARAS[3]}</p>';
  document.getElementById('shadow-closed').attachShadow({ mode: 'closed' }).innerHTML = '<p>${PARAS[2]}</p>';
</script>
<div id="declarative"><template shadowrootmode="open"><p>${PARAS[2]} (declarative)</p></template></div>`;

export interface BrowserHostilePage {
  name: string;
  path: string;
  html: string;
  /** The page changes by itself: no byte-for-byte comparison with a reference. */
  living?: boolean;
  /** Winnow must find something to flag on it. */
  flags?: boolean;
}

export function browserHostilePages(): BrowserHostilePage[] {
  const corpus = hostileCorpus();
  const get = (n: string) => corpus.find((p) => p.name === n)!.html;
  return [
    { name: 'built-ins overridden', path: '/hostile/builtins', html: article(OVERRIDE_BUILTINS), flags: true },
    { name: 'host tag taken by a custom element', path: '/hostile/host-tag', html: article(HOST_TAG_TAKEN), flags: true },
    { name: 'host removed, marks stripped', path: '/hostile/remover', html: article(HOST_REMOVER), living: true },
    { name: 'mutates continuously', path: '/hostile/mutator', html: article(MUTATOR, '<div id="live"></div>'), living: true, flags: true },
    { name: 'messages from the page', path: '/hostile/impersonator', html: article(IMPERSONATOR, '<p id="own" data-winnow="page-owned" data-winnow-id="7">The page uses data-winnow itself.</p>'), flags: true },
    { name: 'frames and shadow roots', path: '/hostile/frames', html: article('', FRAMES), flags: true },
    { name: '10,000-deep nesting', path: '/hostile/deep', html: deepPage(10_000) },
    { name: '200,000 nodes', path: '/hostile/big', html: bigPage(200_000), flags: true },
    { name: 'one 5 MB paragraph', path: '/hostile/huge-paragraph', html: get('paragraph-5mb') },
    { name: 'every script, RTL, control characters', path: '/hostile/scripts', html: get('all-scripts').replace('</body>', `${get('nasty-chars').match(/<article>[\s\S]*<\/article>/)![0]}</body>`) },
    { name: 'right to left', path: '/hostile/rtl', html: get('rtl') },
    { name: 'empty', path: '/hostile/empty', html: '' },
    { name: 'whitespace only', path: '/hostile/whitespace', html: ' \n\t ' },
    { name: 'malformed', path: '/hostile/malformed', html: get('malformed-misnested') + get('malformed-unterminated-comment') },
    { name: 'frameset', path: '/hostile/frameset', html: get('frameset') },
  ];
}

/** A listed page loaded inside the frames page: the content script must not run there (all_frames: false). */
export const FRAME_CHILD = article('', '', 'A framed copy of the story');

export { words };
