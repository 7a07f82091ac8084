/**
 * The engine's fast paths (plain scans instead of regular expressions, skipping
 * NFKC when it cannot change the text, typed hash tables for the repetition index)
 * must give exactly what the straightforward definitions give. Each fast path is
 * checked here against its definition, on tricky hand-picked strings and on a
 * few thousand seeded random ones. No timings are asserted.
 */
import { describe, expect, it } from 'vitest';
import { canonical } from '../../src/engine/normalize';
import { countCommas, endsLikeSentence, endsTruncated, measure, tokenize } from '../../src/engine/measure';
import { findRepetition, isJsSpace, repeatKey } from '../../src/engine/repetition';
import { makeBlock } from '../../src/engine/block';
import { settingsFor } from '../../src/engine/settings';
import { textEvidence } from '../../src/engine/chrome';
import { CHROME_PATTERNS } from '../../src/engine/lexicon/chrome-phrases';
import { STOPWORDS } from '../../src/engine/lexicon/stopwords';

// --- the definitions -----------------------------------------------------------------

function canonicalByDefinition(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const repeatKeyByDefinition = (canon: string): string =>
  canon.replace(/(?:\s*(?:\.\.\.|…|[.!?:;,\-–—'"”’)]))+\s*$/u, '').replace(/^[\s\-–—•*·'"“‘(]+/u, '');

const tokensByDefinition = (canon: string): string[] => canon.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];

// --- inputs ----------------------------------------------------------------------------

const ALPHABET = [
  ' ', '  ', 'a', 'Z', 'É', 'é', 'İ', 'ß', 'ǅ', 'Ω', 'Σ', 'ς', 'ж', '`', '«', '»', '\u00ad', '\u00b4', '\u00a0', '\u2011', '\u2013',
  '\u2014', '\u2018', '\u2019', '\u201c', '\u201d', '\u2026', '\u2032', '\u2033', '\u2212', '\u200b', '\u2060', '\ufeff', 'e\u0301',
  '\u0301', '\t', '\n', '1', '²', 'ﬁ', 'Å', '.', '..', '...', '!', '?', ',', ';', ':', '-', '"', "'", ')', '(', ']', '»', '•', '·', '*',
  '。', '、', '，', '،', '؟', '।', '東', 'ก', '_', '😀',
  // Greek, Cyrillic and Hangul take the scanning paths too: final sigma, marks, jamo, compatibility forms.
  'Σ', 'ΣΑΣ', 'ϐ', 'ΐ', '\u0374', ';', 'й', 'Ё', '\u0483', 'ѐ', '한', '국어', '\u1100', '\u1161', '\u11a8', '\u3131', 'ᄀ', '가\u11a8',
];

function seeded(seed: number): () => number {
  let x = seed;
  return () => (x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
}

function randomStrings(count: number, seed: number): string[] {
  const rnd = seeded(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = Math.floor(rnd() * 14);
    for (let k = 0; k < n; k++) s += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
    out.push(s);
  }
  return out;
}

const HAND = [
  '', ' ', 'Hello world', '  Hello   world  ', '“Hello” — it’s\u200b  HERE…', 'Moscow will honor its commitments ...',
  'Read more »', '(AP) — The city', '- • · Teaser…”', 'Ωμέγα.', 'ΟΔΟΣ', '東京は晴れ。', 'naïve café_1 ²', 'İstanbul', 'a\u00a0b',
  'end.]"', 'abc..', '. . .', '…', 'x。', 'a,b،c、d，e', 'Price: 5\u2212 3', 'don`t', 'soft\u00adhyphen', 'e\u0301te',
];

const ALL = [...HAND, ...randomStrings(4000, 7)];
for (let c = 0; c < 0x3100; c += 1) ALL.push(`a${String.fromCharCode(c)}b`, `${String.fromCharCode(c)}Σ ${String.fromCharCode(c)}`);
for (let c = 0xac00; c <= 0xd7a3; c += 97) ALL.push(`${String.fromCharCode(c)}\u11a8 ${String.fromCharCode(c)}\u1161 ${String.fromCharCode(c)}`);

describe('speed: fast paths equal their definitions', () => {
  it('canonical() skips NFKC only where NFKC changes nothing', () => {
    expect(ALL.filter((s) => canonical(s) !== canonicalByDefinition(s))).toEqual([]);
  });

  it("repeatKey() strips exactly what its regular expressions strip", () => {
    expect(ALL.filter((s) => repeatKey(s) !== repeatKeyByDefinition(s))).toEqual([]);
    const canons = ALL.map(canonical);
    expect(canons.filter((c) => repeatKey(c) !== repeatKeyByDefinition(c))).toEqual([]);
  });

  it('isJsSpace() is \\s', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('tokenize() gives the regular expression\'s tokens outside unspaced scripts', () => {
    const unspaced = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/u;
    const canons = ALL.map(canonical).filter((c) => !unspaced.test(c));
    expect(canons.filter((c) => tokenize(c).tokens.join('\u0000') !== tokensByDefinition(c).join('\u0000'))).toEqual([]);
  });

  it('how a block ends, and its commas, read by plain scans', () => {
    expect(ALL.filter((s) => endsLikeSentence(s) !== /[.!?。！？؟।]["'”’»)\]]*$/u.test(s))).toEqual([]);
    expect(ALL.filter((s) => endsTruncated(s) !== /(\.\.\.|…)["'”’»)\]]*$/u.test(s))).toEqual([]);
    expect(ALL.filter((s) => countCommas(s) !== (s.match(/[,،、，]/g) ?? []).length)).toEqual([]);
  });

  it("measure() counts tokens and stopwords by a scan as it would over tokenize()'s tokens", () => {
    const english = STOPWORDS.get('en') as ReadonlySet<string>;
    const french = STOPWORDS.get('fr') as ReadonlySet<string>;
    const texts = [...ALL, 'The cat and the dog of a man', "Il y a des gens qu'on aime", ...[...english].map((w) => `${w} x${w} ${w}x ${w}`)];
    const wrong = texts.filter((t) =>
      [english, french, null].some((set) => {
        const m = measure(makeBlock(0, t), set);
        const { tokens, unspacedChars } = tokenize(m.canon);
        const stops = set ? tokens.filter((w) => set.has(w)).length : 0;
        const words = unspacedChars > 0 ? Math.max(tokens.length, Math.round(unspacedChars / 2)) : tokens.length;
        return m.tokenCount !== tokens.length || m.words !== words || m.stopwordRatio !== (tokens.length ? stops / tokens.length : 0);
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('chrome phrases: the one-pass check per word cap misses no pattern that matches', () => {
    expect(new Set(CHROME_PATTERNS.map((p) => p.re.flags)).size).toBe(1);
    const lines = [
      ...ALL.map(canonical),
      'sign up for our newsletter', 'legal disclaimer:', '© 2024 acme', 'most popular stories', 'no comment', '403', 'share this article',
      'publish news of your business by submitting a news release to kenya star.', 'tags: politics, china', 'advertisement',
      'we use cookies to improve your experience and by continuing to use this site you agree', 'photo: jane doe/ap',
    ];
    const settings = settingsFor('balanced');
    const missed: string[] = [];
    for (const canon of lines) {
      for (const words of [1, 6, 7, 8, 12, 13, 14, 25, 30, 40, 45, 60, 120, 121]) {
        const m = { ...measure(makeBlock(0, canon), null), canon, words };
        const codes = textEvidence(m, settings).map((e) => e.code);
        for (const p of CHROME_PATTERNS) if (words <= p.maxWords && p.re.test(canon) && !codes.includes(p.code)) missed.push(`${p.code} @${words}: ${canon}`);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('speed: the repetition index', () => {
  const s = settingsFor('balanced');
  const rnd = seeded(11);
  const WORDS = 'the city council voted tram network stops cost million euros decade streets traffic climate mayor project spring'.split(' ');
  const sentence = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');

  it('groups copies, near copies and contained teasers on a page of a thousand blocks, each pair tested once', () => {
    const texts: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const r = rnd();
      if (texts.length > 10 && r < 0.05) texts.push(texts[Math.floor(rnd() * texts.length)] as string);
      else if (texts.length > 10 && r < 0.1) {
        const w = (texts[Math.floor(rnd() * texts.length)] as string).split(' ');
        w[Math.floor(rnd() * w.length)] = 'changed';
        texts.push(w.join(' '));
      } else if (texts.length > 10 && r < 0.13) texts.push(`${(texts[Math.floor(rnd() * texts.length)] as string).split(' ').slice(0, 9).join(' ')}…`);
      else texts.push(`${sentence(8 + Math.floor(rnd() * 30))}.`);
    }
    const items = texts.map((t, i) => measure(makeBlock(i, t), null));
    const r = findRepetition(items, s);
    // Every exact copy is grouped with its original.
    const byKey = new Map<string, number>();
    items.forEach((m, i) => {
      const k = repeatKey(m.canon);
      const first = byKey.get(k);
      if (first === undefined) byKey.set(k, i);
      else expect(r.groupOf[i], `${i} copies ${first}`).toBe(r.groupOf[first]);
    });
    for (const g of r.groups) for (let k = 1; k < g.length; k++) expect(g[k]).toBeGreaterThan(g[k - 1] as number);
    for (let i = 0; i < items.length; i++) {
      const h = r.containedIn[i] as number;
      if (h >= 0) expect(items[h]!.tokenCount).toBeGreaterThanOrEqual(items[i]!.tokenCount * 1.25);
    }
    expect(r.similarity(0, 0)).toBe(1);
  });

  it('finds the same containing block as counting every posting list (the prefix filter loses none)', () => {
    // Few distinct words: many 4-word shingles are shared, many by more than 24 long blocks.
    const FEW = WORDS.slice(0, 6);
    for (const seed of [3, 5, 8]) {
      const r = seeded(seed);
      const texts: string[] = [];
      for (let i = 0; i < 700; i++) {
        const x = r();
        const pick = () => texts[Math.floor(r() * texts.length)] as string;
        if (texts.length > 5 && x < 0.1) texts.push(pick());
        else if (texts.length > 5 && x < 0.35) {
          const w = pick().split(' ');
          const from = Math.floor(r() * (w.length / 2));
          texts.push(`${w.slice(from, from + 6 + Math.floor(r() * 20)).join(' ')}${r() < 0.5 ? '…' : ''}`);
        } else texts.push(Array.from({ length: 6 + Math.floor(r() * 40) }, () => FEW[Math.floor(r() * FEW.length)]).join(' '));
      }
      const items = texts.map((t, i) => measure(makeBlock(i, t), null));
      const rep = findRepetition(items, s);
      // The definition, by brute force over word strings.
      const tokens = items.map((m) => tokenize(m.canon).tokens);
      const used = items.map((m, i) => (m.truncated && m.tokenCount > 4 ? (tokens[i] as string[]).slice(0, -1) : (tokens[i] as string[])));
      const fours = used.map((w) => new Set(w.slice(0, Math.max(0, w.length - 3)).map((_, k) => w.slice(k, k + 4).join(' '))));
      const firstOf = new Map<string, number>();
      const isHolder = items.map((m, i) => {
        const k = repeatKey(m.canon);
        const copy = !!k && firstOf.has(k);
        if (k && !copy) firstOf.set(k, i);
        return m.tokenCount >= 12 && !copy;
      });
      const holders = new Map<string, number>();
      fours.forEach((set, j) => { if (isHolder[j]) for (const f of set) holders.set(f, (holders.get(f) ?? 0) + 1); });
      let found = 0;
      items.forEach((m, i) => {
        let expected = -1;
        let ratio = 0;
        const set = fours[i] as Set<string>;
        if (m.tokenCount >= s.minWordsContained && set.size) {
          const counted = [...set].filter((f) => (holders.get(f) ?? 0) >= 1 && (holders.get(f) as number) <= 24);
          let best = -1, bestHits = 0;
          fours.forEach((other, j) => {
            if (j === i || !isHolder[j]) return;
            const h = counted.filter((f) => other.has(f)).length;
            if (h > bestHits) [best, bestHits] = [j, h];
          });
          const sameGroup = best >= 0 && rep.groupOf[i] !== -1 && rep.groupOf[i] === rep.groupOf[best];
          if (best >= 0 && bestHits / set.size >= s.containment && items[best]!.tokenCount >= m.tokenCount * 1.25 && !sameGroup) [expected, ratio] = [best, bestHits / set.size];
        }
        expect(rep.containedIn[i], `block ${i}`).toBe(expected);
        if (expected >= 0) {
          expect(rep.containRatio[i]).toBeCloseTo(ratio, 5);
          found++;
        }
      });
      expect(found).toBeGreaterThan(20);
    }
  });

  it('gives the same result whatever page came before (its scratch tables are reused between calls)', () => {
    const page = (count: number, seed: number): ReturnType<typeof measure>[] => {
      const r = seeded(seed);
      const texts: string[] = [];
      for (let i = 0; i < count; i++) {
        const x = r();
        if (texts.length > 3 && x < 0.15) texts.push(texts[Math.floor(r() * texts.length)] as string);
        else if (texts.length > 3 && x < 0.3) texts.push(`${(texts[Math.floor(r() * texts.length)] as string).split(' ').slice(0, 7).join(' ')}…`);
        else texts.push(Array.from({ length: 6 + Math.floor(r() * 30) }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' '));
      }
      return texts.map((t, i) => measure(makeBlock(i, t), null));
    };
    const snapshot = (items: ReturnType<typeof measure>[]) => {
      const r = findRepetition(items, s);
      return JSON.stringify([r.groups, [...r.groupOf], r.kindOf, [...r.containedIn], [...r.containRatio], items.map((_, i) => r.similarity(i, 0))]);
    };
    const pages = [page(400, 1), page(30, 2), page(150, 3), page(5, 4), page(900, 5)];
    const forward = pages.map(snapshot);
    const backward = [...pages].reverse().map(snapshot).reverse();
    const twice = pages.map(snapshot);
    expect(backward).toEqual(forward);
    expect(twice).toEqual(forward);
  });
});
