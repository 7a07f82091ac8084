/**
 * What the speed benchmark runs in the browser, as plain JavaScript source
 * (evaluated with page.evaluate(string), so no TypeScript helper can leak in).
 *
 * The code lives in one long-lived harness page; each benchmark page is loaded
 * from 127.0.0.1 into an iframe of it (same origin, its own scripts blocked by
 * CSP), and all three measurements run from the harness on the iframe's live
 * document. So the code measured is compiled and optimised once for the whole
 * run, as it would be in a long-lived context, and not re-warmed on every page
 * (a page's first runs are interpreted: timing those would measure V8's tiers,
 * not the algorithms). Each page still gets a short warm-up of its own.
 *
 * `globalThis.__winnowSpeed.round(kinds, minMs, maxReps)`: one timed
 * measurement of each kind, in the order given, each repeated until the total
 * is at least `minMs` (well above the ~0.1 ms resolution of performance.now()
 * in a page that is not cross-origin isolated), returning ms per run:
 *
 * - walk:        the floor. One TreeWalker pass over every text node of the
 *                document, reading every character (an FNV-style running hash).
 * - read:        the floor of any engine that reads what a reader's eye uses (the
 *                features issue 2 asks for): one TreeWalker pass over every element
 *                and text node, reading each element's tag name and its class, id and
 *                role attributes, and every character. No segmentation, no scoring:
 *                Readability ÷ read is the most any such engine could lead Readability by.
 * - engine:      Winnow on the live DOM: `Winnow.analyzeDocument(doc)`
 *                (segmentation + scoring + the CLI's JSON shape), dist-engine bundle.
 * - readability: `new Readability(clone).parse()` on a fresh `doc.cloneNode(true)`
 *                per run (the clones are made before the clock starts: parse() only).
 */
export const PROBE_SOURCE = String.raw`(() => {
  const now = () => performance.now();
  let sink = 0;
  const target = () => {
    const f = document.getElementById('target');
    return f && f.contentDocument ? f.contentDocument : document;
  };

  function walk() {
    const doc = target();
    const w = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
    let h = 0x811c9dc5 | 0;
    for (let n = w.nextNode(); n !== null; n = w.nextNode()) {
      const d = n.data;
      for (let i = 0; i < d.length; i++) h = Math.imul(h ^ d.charCodeAt(i), 16777619);
    }
    return h;
  }

  function read() {
    const doc = target();
    const w = doc.createTreeWalker(doc, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let h = 0x811c9dc5 | 0;
    for (let n = w.nextNode(); n !== null; n = w.nextNode()) {
      if (n.nodeType === 3) {
        const d = n.data;
        for (let i = 0; i < d.length; i++) h = Math.imul(h ^ d.charCodeAt(i), 16777619);
      } else {
        const cls = n.getAttribute('class');
        const id = n.getAttribute('id');
        const role = n.getAttribute('role');
        h = Math.imul(h ^ n.localName.length ^ (cls ? cls.length : 0) ^ (id ? id.length << 8 : 0) ^ (role ? role.length << 16 : 0), 16777619);
      }
    }
    return h;
  }

  function engine() {
    const a = globalThis.Winnow.analyzeDocument(target());
    return a.blocks.length;
  }

  // Runs fn until at least minMs has passed (and at least once); ms per run.
  function repeat(fn, minMs, maxReps) {
    let reps = 0;
    const t0 = now();
    let t = t0;
    do {
      sink ^= fn() | 0;
      reps++;
      t = now();
    } while (t - t0 < minMs && reps < maxReps);
    return { ms: (t - t0) / reps, reps };
  }

  let readabilityEstimate = 0;
  function readability(minMs, maxReps) {
    // parse() changes the document it is given: one fresh clone per run, made off the clock.
    const doc = target();
    const reps = readabilityEstimate > 0 ? Math.max(1, Math.min(maxReps, Math.ceil(minMs / readabilityEstimate))) : 1;
    const clones = [];
    for (let i = 0; i < reps; i++) clones.push(doc.cloneNode(true));
    const t0 = now();
    for (let i = 0; i < reps; i++) {
      const r = new globalThis.Readability(clones[i]).parse();
      sink ^= r ? (r.length | 0) : 0;
    }
    const ms = (now() - t0) / reps;
    readabilityEstimate = Math.max(ms, 0.05);
    return { ms, reps };
  }

  globalThis.__winnowSpeed = {
    /** Load url into the target iframe; resolves once it has loaded. */
    load(url) {
      return new Promise((resolve, reject) => {
        let f = document.getElementById('target');
        if (f) f.remove();
        f = document.createElement('iframe');
        f.id = 'target';
        f.style.cssText = 'width:1280px;height:900px;border:0';
        f.onload = () => resolve(true);
        f.onerror = () => reject(new Error('load failed'));
        f.src = url;
        document.body.appendChild(f);
      });
    },
    info() {
      const doc = target();
      let textNodes = 0;
      const w = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
      while (w.nextNode()) textNodes++;
      readabilityEstimate = 0;
      return { blocks: engine(), textNodes, elements: doc.getElementsByTagName('*').length };
    },
    round(kinds, minMs, maxReps) {
      const out = {};
      for (const k of kinds) {
        if (k === 'walk') out[k] = repeat(walk, minMs, maxReps);
        else if (k === 'read') out[k] = repeat(read, minMs, maxReps);
        else if (k === 'engine') out[k] = repeat(engine, minMs, maxReps);
        else if (k === 'readability') out[k] = readability(minMs, maxReps);
      }
      out.sink = sink;
      return out;
    },
  };
})();`;

/** The harness page the probe runs in. */
export const HARNESS_HTML = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Winnow speed</title></head><body></body></html>';
