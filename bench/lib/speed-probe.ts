/**
 * What the speed benchmark runs inside the page, as plain JavaScript source
 * (evaluated with page.evaluate(string), so no TypeScript helper can leak in).
 *
 * It defines `globalThis.__winnowSpeed.round(kinds, minMs)`: one timed
 * measurement of each kind, in the order given, each repeated until the total
 * is at least `minMs` (well above the ~0.1 ms resolution of performance.now()
 * in a page that is not cross-origin isolated), returning ms per run:
 *
 * - walk:        the floor. One TreeWalker pass over every text node of the
 *                document, reading every character (an FNV-style running hash).
 * - engine:      Winnow on the live DOM: `Winnow.analyzeDocument(document)`
 *                (segmentation + scoring + the CLI's JSON shape), dist-engine bundle.
 * - readability: `new Readability(clone).parse()` on a fresh `document.cloneNode(true)`
 *                per run (the clones are made before the clock starts: parse() only).
 */
export const PROBE_SOURCE = String.raw`(() => {
  const now = () => performance.now();
  let sink = 0;

  function walk() {
    const w = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
    let h = 0x811c9dc5 | 0;
    for (let n = w.nextNode(); n !== null; n = w.nextNode()) {
      const d = n.data;
      for (let i = 0; i < d.length; i++) h = Math.imul(h ^ d.charCodeAt(i), 16777619);
    }
    return h;
  }

  function engine() {
    const a = globalThis.Winnow.analyzeDocument(document);
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
    const reps = readabilityEstimate > 0 ? Math.max(1, Math.min(maxReps, Math.ceil(minMs / readabilityEstimate))) : 1;
    const clones = [];
    for (let i = 0; i < reps; i++) clones.push(document.cloneNode(true));
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
    info() {
      return { blocks: engine(), textNodes: (() => { let n = 0; const w = document.createTreeWalker(document, NodeFilter.SHOW_TEXT); while (w.nextNode()) n++; return n; })(), elements: document.getElementsByTagName('*').length };
    },
    round(kinds, minMs, maxReps) {
      const out = {};
      for (const k of kinds) {
        if (k === 'walk') out[k] = repeat(walk, minMs, maxReps);
        else if (k === 'engine') out[k] = repeat(engine, minMs, maxReps);
        else if (k === 'readability') out[k] = readability(minMs, maxReps);
      }
      out.sink = sink;
      return out;
    },
  };
})();`;
