/**
 * Hostile and broken pages: the corpus every face of Winnow must survive
 * (the engine, the DOM segmenter under jsdom and linkedom, the CLI, the
 * content script). Pages are generated on demand so the repository holds no
 * megabytes; the hand-made ones sit beside them in ./pages.
 *
 * Each entry says how big it is so a consumer can skip the slow DOMs on the
 * biggest ones (jsdom cannot even parse 10,000-deep nesting: its parser
 * recurses while attaching the subtree).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../scripts/lib/prng';

export interface HostilePage {
  name: string;
  html: string;
  /** 'huge' pages are for linkedom, the engine and the CLI; jsdom gets a smaller twin or none. */
  size: 'small' | 'large' | 'huge';
  /** jsdom cannot parse it (deep nesting); build it with DOM calls instead, or skip. */
  jsdomParses?: boolean;
}

const doc = (body: string, head = '', htmlAttrs = '') =>
  `<!DOCTYPE html><html${htmlAttrs}><head><meta charset="utf-8"><title>Hostile page</title>${head}</head><body>${body}</body></html>`;

/** A deterministic pseudo-random sequence (mulberry32), so the corpus is the same on every run. */
export const rng = mulberry32;

const WORDS =
  'the minister said on tuesday that talks would continue next week despite growing pressure from partners in the region who want a faster settlement of the dispute over grain exports and shipping routes'.split(
    ' ',
  );

export function words(n: number, seed = 1): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]!);
  return out.join(' ');
}

/**
 * Sample text from (nearly) every script Unicode encodes: a dozen code points
 * from the start of each block that holds letters, plus the right-to-left
 * scripts in full sentences. Astral blocks included (emoji, Gothic, CJK Ext B…).
 */
export const SCRIPT_SAMPLES: Record<string, string> = {
  latin: 'Ça va? Der Bürgermeister sagte, dass Æsir øl drikker — ñandú, łódź, ğüşiöç.',
  greek: 'Ο υπουργός δήλωσε ότι οι συνομιλίες θα συνεχιστούν.',
  cyrillic: 'Министр заявил, что переговоры продолжатся на следующей неделе.',
  armenian: 'Նախարարը հայտարարեց, որ բանակցությունները կշարունակվեն։',
  hebrew: 'השר אמר כי השיחות יימשכו בשבוע הבא למרות הלחץ.',
  arabic: 'قال الوزير إن المحادثات ستستمر الأسبوع المقبل رغم الضغوط المتزايدة.',
  syriac: 'ܐܡܪ ܡܠܟܐ ܕܡܡܠܠܐ ܢܫܬܡܫ',
  thaana: 'ވަޒީރު ވިދާޅުވީ ވާހަކަ ދައްކުން ކުރިއަށް ދާނެ',
  nko: 'ߞߊ߲ߞߊ߲ ߞߎ߲ߕߌ߮ ߦߋ߫ ߞߊ߬ ߓߊ߯ߙߊ',
  devanagari: 'मंत्री ने कहा कि बातचीत अगले सप्ताह जारी रहेगी।',
  bengali: 'মন্ত্রী বলেছেন আলোচনা আগামী সপ্তাহে চলবে।',
  gurmukhi: 'ਮੰਤਰੀ ਨੇ ਕਿਹਾ ਕਿ ਗੱਲਬਾਤ ਜਾਰੀ ਰਹੇਗੀ।',
  gujarati: 'મંત્રીએ કહ્યું કે વાટાઘાટો ચાલુ રહેશે.',
  oriya: 'ମନ୍ତ୍ରୀ କହିଛନ୍ତି ଯେ ଆଲୋଚନା ଜାରି ରହିବ।',
  tamil: 'அமைச்சர் பேச்சுவார்த்தை தொடரும் என்றார்.',
  telugu: 'చర్చలు కొనసాగుతాయని మంత్రి చెప్పారు.',
  kannada: 'ಮಾತುಕತೆ ಮುಂದುವರಿಯಲಿದೆ ಎಂದು ಸಚಿವರು ಹೇಳಿದರು.',
  malayalam: 'ചർച്ചകൾ തുടരുമെന്ന് മന്ത്രി പറഞ്ഞു.',
  sinhala: 'සාකච්ඡා ඉදිරියට යන බව ඇමතිවරයා පැවසීය.',
  thai: 'รัฐมนตรีกล่าวว่าการเจรจาจะดำเนินต่อไปในสัปดาห์หน้า',
  lao: 'ລັດຖະມົນຕີກ່າວວ່າການເຈລະຈາຈະສືບຕໍ່',
  tibetan: 'བློན་པོས་གྲོས་མོལ་མུ་མཐུད་རྒྱུ་ཡིན་ཞེས་བཤད།',
  myanmar: 'ဝန်ကြီးက ဆွေးနွေးပွဲများ ဆက်လက်ပြုလုပ်မည်ဟု ပြောသည်။',
  georgian: 'მინისტრმა განაცხადა, რომ მოლაპარაკებები გაგრძელდება.',
  hangul: '장관은 협상이 다음 주에도 계속될 것이라고 말했다.',
  ethiopic: 'ሚኒስትሩ ድርድሩ በሚቀጥለው ሳምንት እንደሚቀጥል ተናግረዋል።',
  cherokee: 'ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎠᏍᎦᏯ ᎤᏁᏤ',
  canadian: 'ᐃᓄᒃᑎᑐᑦ ᐅᖃᐅᓯᖅ ᓯᕗᓕᖅᑎ',
  ogham: '᚛ᚋᚐᚊᚔ ᚋᚒᚉᚑᚔ᚜',
  runic: 'ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺᚾ',
  khmer: 'រដ្ឋមន្ត្រីបាននិយាយថាការចរចានឹងបន្ត',
  mongolian: 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ᠰᠠᠶᠢᠳ',
  hiragana: '大臣は来週も協議が続くと述べた。ひらがな、カタカナ。',
  han: '部长表示，尽管压力越来越大，谈判下周仍将继续。',
  yi: 'ꆈꌠꁱꂷ ꀉꂿ ꑳ',
  vai: 'ꕙꔤ ꕞꕌ ꔳ',
  javanese: 'ꦩꦤ꧀ꦠꦿꦶ ꦔꦤ꧀ꦠꦺꦤ꧀',
  cham: 'ꨌꩌ ꨚꨰꨗ',
  gothic: '𐌰𐌽𐌳 𐌸𐌰𐍄𐌰 𐌹𐍃',
  cuneiform: '𒀀𒀁𒀂 𒀃𒀄',
  hieroglyphs: '𓀀𓀁𓀂 𓀃𓀄',
  adlam: '𞤀𞤣𞤤𞤢𞤥 𞤆𞤵𞤤𞤢𞥄𞤪',
  hanExtB: '𠀀𠀁𠀂𠀃 𪚥',
  emoji: '👩‍👩‍👧‍👦 🏳️‍🌈 🇰🇪 👍🏽 ✈︎ #️⃣',
  math: '𝔄𝔟𝔠 𝕏 ∀x∈ℝ: x²≥0 ∑∫∮',
  braille: '⠓⠑⠇⠇⠕ ⠺⠕⠗⠇⠙',
};

/** Characters that break naive text handling. */
export const NASTY_CHARS = {
  zeroWidth: '\u200b\u200c\u200d\u2060\ufeff\u180e',
  bidi: '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c',
  control: Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f\u0085',
  separators: '\u2028\u2029\u00a0\u1680\u2000\u2001\u200a\u202f\u205f\u3000',
  loneSurrogates: '\ud800 \udfff \udbff\ud7ff',
  combining: 'Z\u0351\u0360\u0346\u035b\u0313\u0314\u0315\u0316a\u0317\u0318\u0319\u031a\u031bl\u0300\u0301\u0302\u0303\u0304\u0305\u0306g\u0307\u0308o',
  noncharacters: '\ufffe\uffff\ufdd0\u{10ffff}',
  replacement: '\ufffd\ufffd',
};

/** Every script as paragraphs, plus RTL pages and per-block direction marks. */
function scriptsPage(): string {
  const paras = Object.entries(SCRIPT_SAMPLES)
    .map(([k, v]) => `<p lang="${k}">${v} ${v} ${v}</p>`)
    .join('\n');
  return doc(`<article><h1>${SCRIPT_SAMPLES.arabic}</h1>${paras}${paras}</article>`);
}

function rtlPage(): string {
  const p = (t: string) => `<p>${t} ${t}</p>`;
  const body = [SCRIPT_SAMPLES.arabic, SCRIPT_SAMPLES.hebrew, SCRIPT_SAMPLES.syriac, SCRIPT_SAMPLES.thaana, SCRIPT_SAMPLES.nko]
    .map(p)
    .join('');
  return doc(
    `<header><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav></header><article><h1>عنوان الخبر</h1>${body}${body}<p dir="ltr">Mixed: ${SCRIPT_SAMPLES.hebrew} 123 abc ${SCRIPT_SAMPLES.arabic}</p></article><footer>جميع الحقوق محفوظة ©</footer>`,
    '',
    ' lang="ar" dir="rtl"',
  );
}

function nastyCharsPage(): string {
  const all = Object.values(NASTY_CHARS).join('');
  const text = words(40, 7);
  // Control characters other than tab/LF/CR/FF are parse errors in HTML but still reach text nodes.
  const paras = Object.entries(NASTY_CHARS).map(
    ([k, v]) => `<p class="${k}">${v}${text.replace(/ /g, ` ${v}`)}${v}</p><p>${v.repeat(50)}</p>`,
  );
  return doc(
    `<article><h1>${all}</h1>${paras.join('')}<p>${all.repeat(200)}</p><p>${'\u200b'.repeat(10_000)}</p><p>${'\u0301'.repeat(5_000)}</p></article>`,
  );
}

function bigPage(nodes: number): string {
  // ~10 nodes per unit, with enough variety that repetition and chrome logic both fire.
  const units: string[] = [];
  const n = Math.ceil(nodes / 10);
  for (let i = 0; i < n; i++) {
    const t = words(12, i % 997);
    units.push(
      i % 50 === 0
        ? `<nav class="menu"><a href="/a${i}">Home</a><a href="/b${i}">World</a></nav>`
        : `<div class="c${i % 7}"><p>${t} <a href="/x${i}">link</a> <b>${i % 3 ? 'bold' : 'Subscribe to our newsletter'}</b></p><span>${i}</span></div>`,
    );
  }
  return doc(units.join(''));
}

function deepPage(depth: number): string {
  return doc(
    '<div>'.repeat(depth) +
      words(30, 3) +
      '</div>'.repeat(depth) +
      '<p>' +
      '<span>'.repeat(depth) +
      words(20, 4) +
      '<br><br>' +
      words(20, 5) +
      '</span>'.repeat(depth) +
      '</p>' +
      '<ul>' +
      '<li><ul>'.repeat(Math.min(depth, 2_000)) +
      'nested list item' +
      '</ul></li>'.repeat(Math.min(depth, 2_000)) +
      '</ul>',
  );
}

function hugeParagraph(bytes: number, spaced: boolean): string {
  const unit = spaced ? words(200, 11) + ' ' : 'x'.repeat(997) + 'é';
  const reps = Math.ceil(bytes / unit.length);
  return doc(`<article><h1>One long paragraph</h1><p>${unit.repeat(reps)}</p><p>${words(40, 2)}</p></article>`);
}

function manyDuplicates(): string {
  // The same paragraph 1,500 times, and 1,500 near-copies: repetition groups at their largest.
  const p = words(40, 9);
  const near = Array.from({ length: 1_500 }, (_, i) => `<p>${p.replace('minister', `minister${i}`)}</p>`).join('');
  return doc(`<article>${`<p>${p}</p>`.repeat(1_500)}${near}</article>`);
}

const MALFORMED: Record<string, string> = {
  'unclosed-everything': '<html><head><title>x<body><div><p>one<p>two<div><span><b><i>three',
  misnested: '<p><b>bold <i>both</b> italic</i></p><div><p>a</div>b</p><table><tr><td>c<p>d</table>e',
  'stray-end-tags': '</div></p></body></html><p>after end</p></span></table>text</html></html>',
  'unterminated-comment': '<p>before</p><!-- never closed <p>hidden?</p>',
  'unterminated-script': '<p>before</p><script>var x = "<p>not text</p>";',
  'unterminated-attribute': '<p class="oops>text <a href=\'x>link</a></p><p>next</p>',
  'cdata-and-pi': '<![CDATA[ cdata text ]]><?xml version="1.0"?><p>after</p><!DOCTYPE again><p>x</p>',
  plaintext: '<p>start</p><plaintext><p>this is all text</p></body></html>',
  'nested-forms-tables': '<form><form><table><form><tr><form><td>cell</td></form></tr></table></form></form>',
  'only-doctype': '<!DOCTYPE html>',
  'text-outside-body': 'loose text<html>more<head>head text</head>text<body>body</body>tail</html>trailing',
  'null-bytes': '<p>a\u0000b\u0000c</p><di\u0000v>x</div><p \u0000class="y">z</p>',
  'svg-math': '<svg><foreignObject><p>in svg</p></foreignObject><text>svg text</text></svg><math><mi>x</mi><mtext><p>m</p></mtext></math>',
  'template-noscript': '<template><p>template</p></template><noscript><p>noscript</p></noscript><p>visible</p>',
  'huge-attributes': `<p class="${'a '.repeat(50_000)}" id="${'b'.repeat(100_000)}" data-x="${'"'.repeat(10)}">attrs</p>`,
  'many-attributes': `<p ${Array.from({ length: 5_000 }, (_, i) => `a${i}="${i}"`).join(' ')}>many</p>`,
  'broken-entities': '<p>&amp &lt;&gt &#0; &#xD800; &#x110000; &#99999999999; &nosuch; &</p>',
  'binary-junk': Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(''),
  'json-ld-garbage': '<script type="application/ld+json">{"@type": "NewsArticle", "headline": {"x": [1,2,</script><script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]</script><p>text</p>',
  'weird-meta': `<meta property="og:title" content="${'t'.repeat(100_000)}"><meta name="author"><meta property="article:published_time" content="not a date"><base href="javascript:alert(1)"><p><a href="javascript:void(0)">j</a><a href="http://[::1">bad url</a><img src="data:,x" alt="${'\u202e'}rtl"></p>`,
};

/** A page with a shadow root declared in markup and frames of every kind. */
function shadowAndFrames(): string {
  return doc(
    `<article><h1>Shadows and frames</h1><p>${words(30, 21)}</p>
    <div id="host"><template shadowrootmode="open"><p>${words(20, 22)}</p><slot></slot></template><p>light child</p></div>
    <iframe srcdoc="<p>${words(10, 23)}</p>"></iframe><iframe src="about:blank"></iframe><iframe></iframe>
    <object data="about:blank"></object><embed src="about:blank">
    <p>${words(30, 24)}</p></article>`,
  );
}

function framesetPage(): string {
  return '<!DOCTYPE html><html><head><title>frames</title></head><frameset cols="50%,50%"><frame src="about:blank"><frame src="/a"><noframes><p>no frames text</p></noframes></frameset></html>';
}

/** Every page of the corpus. `scale` < 1 shrinks the generated giants (for a quick run). */
export function hostileCorpus(scale = 1): HostilePage[] {
  const pages: HostilePage[] = [
    { name: 'empty', html: '', size: 'small' },
    { name: 'whitespace-only', html: ' \n\t\r\n   \u00a0 \u3000 ', size: 'small' },
    { name: 'empty-body', html: doc(''), size: 'small' },
    { name: 'whitespace-body', html: doc('   \n\n<p>  </p><div>\t</div><span> </span>'), size: 'small' },
    { name: 'all-scripts', html: scriptsPage(), size: 'small' },
    { name: 'rtl', html: rtlPage(), size: 'small' },
    { name: 'nasty-chars', html: nastyCharsPage(), size: 'small' },
    { name: 'shadow-and-frames', html: shadowAndFrames(), size: 'small' },
    { name: 'frameset', html: framesetPage(), size: 'small' },
    { name: 'many-duplicates', html: manyDuplicates(), size: 'large' },
    ...Object.entries(MALFORMED).map(([name, html]) => ({ name: `malformed-${name}`, html, size: 'small' as const })),
    { name: 'nodes-200k', html: bigPage(Math.round(200_000 * scale)), size: 'huge' },
    { name: 'deep-10k', html: deepPage(Math.round(10_000 * scale)), size: 'huge', jsdomParses: false },
    { name: 'paragraph-5mb', html: hugeParagraph(Math.round(5_000_000 * scale), true), size: 'huge' },
    { name: 'word-5mb', html: hugeParagraph(Math.round(5_000_000 * scale), false), size: 'huge' },
  ];
  for (const file of handMade()) pages.push(file);
  return pages;
}

/** Hand-made pages in tests/hostile/pages/*.html. */
export function handMade(): HostilePage[] {
  const dir = join(import.meta.dirname, 'pages');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.html')).sort();
  } catch {
    return [];
  }
  return names.map((n) => ({ name: `hand-${n.replace(/\.html$/, '')}`, html: readFileSync(join(dir, n), 'utf8'), size: 'small' as const }));
}

export { deepPage, bigPage, hugeParagraph, doc as hostileDoc };
