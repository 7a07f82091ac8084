/**
 * Plain text → blocks. One block a line; a line that starts mid-sentence (its
 * first letter is lower case) continues the block above it, which is how
 * hard-wrapped paragraphs (the first seed's legal disclaimer) come back whole.
 * In a text hard-wrapped throughout (most lines end near one width), a line also
 * continues a line above it that reached the width without ending a sentence
 * ("…Indian Council of Medical Research" / "(ICMR) and the All India…"), or any
 * line that reached the width where blank lines separate the paragraphs.
 * Lines starting with a list marker ("- ", "• ", "* ", "1. ") become list items, and a
 * line that ends on a photo credit a caption.
 */
import type { Block, BlockKind, PageHints, PageInput } from './types';
import { emptyHints, makeBlock } from './block';
import { canonical } from './normalize';
import { SIGN_OFF, isCreditList, namesAPost, namesWire, opensWireStory, sourceOf } from './meta';
import { READ_ALSO } from './lexicon/chrome-phrases';

const LIST_MARKER = /^(?:[-•*–·▪●]\s+|\d{1,3}[.)]\s+)/u;
const DASH_GOES_ON = /^[–—]\s+\p{Ll}/u;
/** "GOTHENBURG, Sweden, Sept. 16, 2025" / "/PRNewswire/ -- Helvarn …": a press wire's code goes on with its dateline. */
const WIRE_CODE_GOES_ON = /^\/\p{L}[\p{L} .-]{1,30}\/\s*(?:--|[–—-])/u;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
/** A line of nothing but a sentence's end ("。", "」。"), cut off the line above: it goes on with it. */
const ENDING_ONLY = /^[。．.！？!?」』”’)）]{1,3}$/u;
const STARTS_DIGIT = /^\d/;
const DECIMAL_CUT = /\d\.$/;
/** A number cut at its decimal point in a Chinese or Japanese text ("…需求量的1." / "3倍，…"): one sentence. */
const decimalCut = (above: string, line: string): boolean => DECIMAL_CUT.test(above) && STARTS_DIGIT.test(line) && CJK_ANY.test(above.slice(-12));
/** A letter of a script without case (Arabic, Hebrew, Devanagari, Chinese…). */
const STARTS_CASELESS = /^(?:\p{Lo}|\p{Lm})/u;

/**
 * A line that ends on an article or a linking word ("… kann da eine" / "Lawine auslösen“, …",
 * "… said the head of the" / "Central Bank …", "… to" / "Moscow …") stops mid-phrase: the next
 * line goes on with it, whatever its first letter (German capitalises its nouns, English its
 * names). A headline or a sentence does not end so. ("on", "in", "up", "for", "by" may end a
 * headline's phrasal verb: "… slump drags on", "… should look out for".)
 */
const CUT_AFTER_ARTICLE =
  /\s(?:the|a|an|of|and|with|to|from|der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|und|von|mit|le|la|les|un|une|et|el|los|las|y|il|lo|gli|uno|una|della|del|de|van|het|een|os|dos|do|da)$/u;
/**
 * A sentence's line cut after a preposition ("… ready to receive vessels in" / "2028, …",
 * "… lenders led by" / "Bank Muscat, …"). These words may end a headline's or a menu's phrasal
 * verb ("… drags on", "Sign in"), so only a line as long as a sentence is read so.
 */
const CUT_AFTER_PREPOSITION = /\s(?:in|by|at|for|on|into|than|about|between|under|over)$/u;
const LONG_CUT_LINE = 100;
/** "e-Paper", "iPhone", "eBay": a menu's or a brand's word, lower case first, a line of its own. */
const CAMEL_WORD = /^\p{Ll}[\p{Ll}-]*\p{Lu}\p{L}*$/u;
/**
 * A byline set in lower case under the headline ("di Adnkronos", "by Rachel Okoro and Tomás
 * Ferreira, The Conversation"): a line of its own.
 */
const BYLINE_LINE = /^(?:by|di|par|por|von|door|av|af|autor:|autorka:|author:|redakcja:|oprac\.):?\s+\p{Lu}[\p{L}'’.-]*(?:(?:\s+|,\s*|\s+(?:and|und|et|e|y|&|writers?|reporters?|correspondents?)\s+)\p{Lu}[\p{L}'’.-]*){0,8}(?:\s+[|•·]\s+\p{Lu}[\p{L}.'’ -]{1,40})?$/u;
/**
 * Menus and buttons run shorter ("Log in to the"): only a line of some length is read so, or
 * a shorter one that a comma shows to be part of a sentence ("AlUla, home to" / "Hegra, …").
 */
const MIN_CUT_LINE = 30;
const cutLine = (line: string): boolean => line.length >= MIN_CUT_LINE || (line.length >= 10 && line.includes(', '));
/** A wire story's first line cut by wrapping runs at least this long. */
const MIN_WIRE_LEAD_LINE = 60;

/**
 * Quotation marks a line opens and closes: curly and angled ones counted as opened minus
 * closed, straight ones by their number (only its parity tells). `lowOpen`: the quotations
 * opened with „ and still open before the line.
 */
function quoteMarks(line: string, lowOpen: number): { net: number; straight: number; lowOpen: number } {
  let net = 0;
  let straight = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // „ opens a German or Czech quotation, which “ closes (in English “ opens one).
    if (c === 0x201e) {
      net++;
      lowOpen++;
    } else if (c === 0x201c && lowOpen > 0) {
      net--;
      lowOpen--;
    } else if (c === 0x201c || c === 0xab) net++; // “ «
    else if (c === 0x201d || c === 0xbb) {
      net--; // ” »
      if (c === 0x201d && lowOpen > 0) lowOpen--;
    } else if (c === 0x22) straight++;
  }
  return { net, straight, lowOpen };
}

/**
 * A photo's caption ends on its credit: "(AP Photo/Jordan Reyes)", "(Str/Xinhua)",
 * "© Sputnik / Vitaly Timkiv", "… Kansas. Marc Delaney/Getty Images", "… lluvias. - EUROPA
 * PRESS", or a labelled one ("PICTURE: Thajudheen", "Foto: Johan Nilsson/TT", "(Fotoğraf: AA)").
 * A paragraph of the article ends on its sentence instead.
 */
const CREDIT_AT_END = new RegExp(
  [
    // "… (México). EFE/Francisco Guasco", "… REUTERS/Kim Kyung-Hoon/File Photo", "(Foto Adnkronos)"
    String.raw`(?:^|[.(]\s*|\s)(?:EFE|AFP|AP|REUTERS|Reuters|EPA|ANSA|dpa|LUSA|Lusa|XINHUA|Xinhua|AAP|KEYSTONE|Keystone|BELGA|ANP|PAP|NTB|ANTARA FOTO|ANTARA|THE CANADIAN PRESS|CANADIAN PRESS)\s*/\s*[^/()]{2,40}(?:/[^/()]{2,40})?\)?`,
    // "(Photo courtesy of the Ministry of Water and Irrigation)", "(Image: NASA)"
    String.raw`\((?:[Ff]oto|[Pp]hoto|[Bb]ild|[Ff]otó|[Ii]mage|[Pp]icture)\s*:?\s+[^()]{2,70}\)`,
    // "… (illustration). Photo d'archives AFP", "… en Sevilla. Foto de archivo EFE"
    String.raw`\.\s+(?:Photo|Foto)\s+(?:d['’]archives?|de archivo|d['’]archivio|di archivio|de arquivo|archief)(?:\s+[^.]{2,40})?`,
    // "… illustration picture. — Reuters pic", "… Bus Station. — File photo"
    String.raw`\.\s+[—–-]\s*(?:\p{Lu}[\p{L}.]*\s+)?(?:pic|photo|picture|file photo|foto)`,
    String.raw`\(\s*\p{Lu}[^()/]{0,40}(?:/[^()/]{1,40})+\)`,
    String.raw`©\s*\p{L}[^©]{0,40}/[^©]{1,40}`,
    // "Photo d'illustration. © BELGA PHOTO THOMAS MICHIELS", "… Stavropol region. © Sputnik"
    String.raw`\.\s+©\s*\p{Lu}[\p{L}\p{N} .'’/-]{2,60}`,
    // "Potholes have become a growing problem on Britain’s roads (PA Wire)": a picture desk's name
    String.raw`[^.!?]\s\((?:PA Wire|PA Media|Getty Images|Alamy|Shutterstock|AP Photo|Reuters Photo|AFP Photo|EPA-EFE)\)`,
    // "… cooler than those without. Shutterstock": a stock library's name after the sentence
    String.raw`[.!?]\s+(?:Shutterstock|Getty Images|iStock|Unsplash|Alamy|AAP Image)`,
    // "… the main driver of the increase, GASTAT said. (Shutterstock)": a stock library's name
    String.raw`[.!?]\s\((?:Getty Images|Alamy|Shutterstock|iStock|AP Photo|AFP Photo|Reuters Photo|EPA-EFE|Supplied)\)`,
    // "(서울=연합뉴스) 윤동진 기자 = 11일 오후 … 뿌옇다. 2025.3.11": a photo desk's date
    String.raw`\s\d{4}\.\d{1,2}\.\d{1,2}`,
    // "地震の影響を調べるため…警察官＝12日午後（共同）", "…插秧机插秧。新华社记者 周密 摄"
    String.raw`[＝=][^＝=]{1,20}[（(](?:共同|時事|新华社|ANSA|AP|AFP)[）)]`,
    String.raw`(?:新华社|中新社)记者\s*\S{2,4}\s*摄`,
    // "Il fiume Lamone in piena a Faenza (archivio) © ANSA"
    String.raw`\)\s+©\s*\p{Lu}[\p{L}\p{N} .'’/-]{1,40}`,
    // "… earlier this month (Petra photo)", "(AP Photo)"
    String.raw`\((?:\p{Lu}[\p{L}.]*\s+){1,3}(?:photo|Photo|file photo|File Photo|pic|picture)(?:\s+by\s+[^()]{2,40})?\)`,
    // "… farming communities. File picture by Dean Whitlam/AAP PHOTOS"
    String.raw`\.\s+(?:[Ff]ile\s+)?(?:[Pp]icture|[Pp]hoto|[Pp]ic|[Ii]mage)\s+by\s+[^.]{2,60}`,
    // "A container vessel berths at Hamad Port. File photo", "… West Bay area. File picture"
    String.raw`\.\s+(?:File|Archive|Stock|Representational|Representative)\s+(?:photo|picture|image|pic)`,
    // "… on Monday. (Supplied)", "(File)": a handout's mark
    String.raw`\.\s+\((?:Supplied|Handout|File|Archive|Archivo|Archivbild|Archives|Representational|Representative|Representational image|Representative image|Illustration|Illustrative image)\)`,
    // "… in June 2023. | Kyodo": the credit after a bar
    String.raw`\.\s+\|\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}`,
    String.raw`\.\s+\p{Lu}[\p{L}.'’ -]{1,40}/\s*(?:Getty Images|Shutterstock|iStock|AFP|Reuters|AP|EPA|Bloomberg|Alamy)`,
    String.raw`\.\s+[-–—]\s+\p{Lu}[\p{Lu} ]{2,30}`,
    // "… on Jan. 13, 2025. CHARLIE NEIBERGALL, ASSOCIATED PRESS": the photographer and agency in capitals
    String.raw`\.\s+\p{Lu}{2,}(?:[\s.'’-]+\p{Lu}{2,}){1,3},\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}`,
    // "… in Hyderabad. — APP/File", "… on Monday. — Reuters/File"
    String.raw`\.\s+[-–—]\s+\p{Lu}\p{L}+(?:/\p{L}[\p{L} ]*){1,2}`,
  ]
    .map((alt) => `(?:${alt})$`)
    .join('|'),
  'u',
);
const CREDIT_LABEL_AT_END =
  /(?:^|[.(\[]\s*|\s[-–—|]\s|\s)(?:(?:post|staff|file|star|ht|express|dawn|daily|online|agency)\s+)?(?:photo|photos|picture|pic|foto|fotos|fotoğraf|photograph|image|bild|фото|φωτογραφία(?: αρχείου)?|kuva|fotó|ảnh|사진|图|圖|写真|photo credit|image credit|picture credit|crédit photo|crédito|credit|(?:video |photo |image )?courtesy(?: of)?)\s*[:：]\s*[^:.()[\]]{2,60}[)\]]?$/iu;
/** Captions run a sentence or two. */
const CAPTION_MAX_WORDS = 45;

/**
 * "File photo: A combine harvester at work …", "VIDEO: Evacuees describe fleeing … (1:24)",
 * "Figure 1: Plan view of the drill holes": a caption that opens on its label.
 */
const CAPTION_LABEL_AT_START = /^(?:file photo|photo|photo gallery|gallery|picture|pic|foto|image|bild|video|(?:figure|fig\.|chart|graph|exhibit|abbildung|abb\.|grafik)\s*\d{1,2}[a-z]?)\s*:\s+\p{Lu}/iu;

/**
 * A photo's credit on a line of its own: "Rubens Cavallari - 22.abr.2025/Folhapress",
 * "Jordan Reyes/AP": a name of two words and more (a breadcrumb's "Home / World" has one),
 * perhaps a date, a slash and the agency.
 */
const CREDIT_LINE =
  /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}(?:\s+[-–—]\s+[\p{L}\p{N}.]{4,20})?\s*\/\s*\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?$/u;
/** A caption over its credit line runs to this many words. */
const CAPTION_OVER_CREDIT_WORDS = 30;

/** A paragraph of the text runs to at least this many words. */
const MIN_TEXT_WORDS = 15;
/** A photo's credit alone on its line runs to this many words ("Foto: Jens Büttner/dpa"). */
const CREDIT_ONLY_WORDS = 8;

/** The block as a picture's caption. */
function asCaption(b: Block): Block {
  return { ...b, kind: 'caption', features: { ...b.features, inFigure: true } };
}

/**
 * A credit line is a caption, and so is the line right over it when that line is as short as
 * captions run and either ends no sentence ("Consumidores fazem compras em supermercado …"
 * over "Rubens Cavallari - 22.abr.2025/Folhapress": a paragraph would end on its full stop)
 * or sits over the story's wire dateline ("Ein ICE fährt über die sanierte Strecke …" /
 * "Foto: Jens Büttner/dpa" / "Berlin/Hamburg (dpa) - …": the story starts under the picture).
 */
function markCreditLines(blocks: Block[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    const creditLine = b.kind === 'paragraph' ? CREDIT_LINE.test(b.text) : b.kind === 'caption' && b.text.split(/\s+/).length <= CREDIT_ONLY_WORDS;
    if (!creditLine) continue;
    if (b.kind === 'paragraph') blocks[i] = asCaption(b);
    const above = blocks[i - 1]!;
    if (above.kind !== 'paragraph' || above.text.split(/\s+/).length > CAPTION_OVER_CREDIT_WORDS) continue;
    const storyBelow = blocks[i + 1] !== undefined && opensWireStory(blocks[i + 1]!.text);
    // (Inside the text, under a paragraph: at the top, a line without a full stop over a
    // picture's credit is the standfirst, "… according to the Agriculture Ministry" / "FILE
    // PHOTO. © Sputnik / Vitaly Timkiv".)
    const before = blocks[i - 2];
    const inText = before !== undefined && before.kind === 'paragraph' && ENDS_BLOCK.test(before.text) && before.text.split(/\s+/).length >= MIN_TEXT_WORDS;
    if ((inText && !ENDS_BLOCK.test(above.text)) || storyBelow) blocks[i - 1] = asCaption(above);
  }
}

/** "… on Jeju Island on March 10. (Yonhap)": a line closing on a wire's name in brackets. */
const CAPTION_MAX_CHARS = 400;
const WIRE_IN_BRACKETS_AT_END = /[.!?]\s*\(([^()]{2,30})\)$/u;

/**
 * A line that closes on a wire's credit right over the story's wire dateline ("Rental cars are
 * parked … on March 10. (Yonhap)" / "JEJU, March 12 (Yonhap) -- …") is the picture's caption:
 * the story starts under it, so no paragraph of it can end there.
 */
function markCaptionsOverStory(blocks: Block[]): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || b.text.length > CAPTION_MAX_CHARS || b.text.split(/\s+/).length > CAPTION_OVER_CREDIT_WORDS) continue;
    const credit = WIRE_IN_BRACKETS_AT_END.exec(b.text);
    if (credit && namesWire(credit[1]!) && opensWireStory(blocks[i + 1]!.text)) blocks[i] = asCaption(b);
  }
}

/**
 * A rule drawn in characters ("___", "* * *", "###"): a line of its own, which nothing continues.
 * (A lone "。" is a sentence's end cut onto its own line, not a rule.)
 */
const RULE_LINE = /^[^\p{L}\p{N}]{3,}$/u;
/** A web address alone on its line ("https://images.example.com/fig1.jpg", "www.example.com"). */
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;
/** A line cut just before the address it names: "For more information, visit" / "www.example.com." */
const INVITES_ADDRESS = /\b(?:visit|see|go to|at)$/i;
const ADDRESS_ENDS_SENTENCE = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\S*[.)]$/i;
const addressGoesOn = (above: string, line: string): boolean => INVITES_ADDRESS.test(above) && ADDRESS_ENDS_SENTENCE.test(line);

/** A block of plain text; a bare web address is a link, as it would be on the page. */
function lineBlock(id: number, text: string, kind: BlockKind): Block {
  const link = BARE_URL.test(text);
  return makeBlock(id, text, { kind, tag: 'line', ...(link ? { linkChars: text.length, linkCount: 1 } : {}) });
}

function isPhotoCaption(text: string): boolean {
  return (CREDIT_AT_END.test(text) || CREDIT_LABEL_AT_END.test(text) || CAPTION_LABEL_AT_START.test(text)) && text.split(/\s+/).length <= CAPTION_MAX_WORDS;
}
const LINE_END_SPACE = /[\s\u200b\ufeff]/u;

/**
 * The line without trailing whitespace and zero-width marks, in one backward
 * scan: an unanchored `/[…]+$/` retries from every position of a long run of
 * spaces in mid-line, which is quadratic (a 40,000-space run took 10 s).
 */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && LINE_END_SPACE.test(line[end - 1] as string)) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** How full a wrapped line's width may be left: tools that even out lines (fmt) stop short of the width. */
const WRAP_SLACK = 0.9;
/** How far past the wrap width a wrapped line may run (the width is read off the lines). */
const WRAP_OVERRUN = 1.05;

function firstWordLength(line: string): number {
  const space = line.search(/\s/);
  return space < 0 ? line.length : space;
}

/** A line that ends a sentence or a block: a full stop, a closing quote, a colon, an ellipsis. */
const ENDS_BLOCK = /[.!?:;…"'”’»)\]。！？؟۔।]$/u;

/**
 * The widths a text was hard-wrapped at: none, one, or two where a page reprints its text
 * wrapped anew (the body at 92 columns, its second copy at 74). A scraper may wrap the
 * article and leave the chrome's lines long, so a width is found where the lines cluster: the
 * length W under 120 with the most lines of 20 characters or more ending within a fifth of
 * it. The text is wrapped at W when those lines are at least six, at least 30% of such lines,
 * and outnumber the lines running far past W (an unwrapped page's paragraphs are long lines),
 * and when the lines under them often go on mid-sentence. A second width is looked for the
 * same way among the lines the first one leaves.
 */
export function wrapWidths(lines: readonly string[]): number[] {
  const lengths = lines.map((l) => l.length).filter((n) => n >= 20);
  const first = wrapWidth(lines, lengths, false);
  if (!first) return [];
  const rest = lengths.filter((n) => n < BAND * first || n > first);
  const second = wrapWidth(lines, rest, true);
  return second ? [first, second] : [first];
}

/**
 * The width the lines of `lengths` were wrapped at, or 0 (see wrapWidths). A second width is
 * read off fewer lines, among unwrapped ones: it is the widest line that went on mid-sentence.
 */
function wrapWidth(lines: readonly string[], lengths: readonly number[], second: boolean): number {
  // How many lines end at each length (up to the longest width considered).
  const atLength = new Int32Array(MAX_WRAP + 1);
  for (const n of lengths) if (n <= MAX_WRAP) atLength[n]++;
  let best = 0;
  let bestBand = 0;
  let band = 0;
  // band = lines with length in [BAND W, W], kept as a running window over W.
  for (let w = 1, lo = 1; w <= MAX_WRAP; w++) {
    band += atLength[w] as number;
    while (lo < BAND * w) band -= atLength[lo++] as number;
    if (atLength[w] && band >= bestBand) [best, bestBand] = [w, band];
  }
  const beyond = !second ? lengths.filter((n) => n > 1.25 * best).length : 0;
  if (bestBand < 6 || bestBand < 0.3 * lengths.length || beyond >= bestBand) return 0;
  // The mark of wrapping, which a page of headline-length lines lacks: a line that reached
  // the width goes on, most often mid-sentence, on the next line.
  let goesOn = 0;
  let midSentence = 0;
  let widestGoingOn = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const n = (lines[i] as string).length;
    const next = lines[i + 1] as string;
    if (n < BAND * best || n > best || !next) continue;
    goesOn++;
    // A line goes on mid-sentence when the next starts in lower case, or, in a script without
    // case, when it did not end its sentence.
    // (Or, in a language that capitalises its nouns, when the line ended no sentence and the
    // next one, starting with a capital and no wider than the width, ends one: "… gegenüber
    // dem" / "Vorjahr, wie die Gesellschaft mitteilte."; a headline's next line, the paragraph
    // under it, runs on unwrapped.)
    const above = lines[i] as string;
    if (STARTS_LOWER.test(next) || (!ENDS_BLOCK.test(above) && (STARTS_CASELESS.test(next) || (STARTS_UPPER.test(next) && next.length <= best && ENDS_BLOCK.test(next))))) {
      midSentence++;
      widestGoingOn = Math.max(widestGoingOn, n);
    }
  }
  if (midSentence < 3 || midSentence < 0.4 * goesOn) return 0;
  // The width is no wider than the lines that went on mid-sentence: a longer line at the top
  // of the band (a headline of 84 characters over text wrapped at 76) was set so, not wrapped.
  return second ? widestGoingOn : Math.min(best, widestGoingOn + WIDTH_SLACK);
}

/** The widest wrapping looked for: e-mail and terminal texts wrap at 72 to 80 columns. */
const MAX_WRAP = 120;
/** How much wider than the widest line that went on mid-sentence the wrapping may be. */
const WIDTH_SLACK = 2;
/** A wrapped line ends within a fifth of the width: its next word would not have fitted. */
const BAND = 0.8;

export function textToPage(text: string, hints: Partial<PageHints> = {}): PageInput {
  const blocks: Block[] = [];
  let pending: { kind: BlockKind; parts: string[] } | null = null;
  let pendingClosedByBlank = false;
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((raw) => trimLineEnd(raw).replace(/^[\s\ufeff]+/u, ''));
  const widths = wrapWidths(lines);
  const blankLines = lines.filter((l) => !l).length;
  // Blank lines separate the paragraphs when there is about one for every five lines of text.
  const blankSeparated = blankLines >= 0.2 * (lines.length - blankLines);
  /**
   * The line above was wrapped, so this line goes on with its block: the line above is long
   * and this line's first word would (nearly) not have fitted on it (a line broken on purpose,
   * such as a headline over a byline, leaves room; wrapping tools that even out their lines
   * leave a little). Where no blank lines separate the paragraphs, a line above that ends a
   * sentence may have ended its paragraph: it is not taken as wrapped.
   * A short line under it goes on with it only when it ends like a paragraph's last line does
   * ("Hypertension Day."); "By The Associated Press" or "Comments" under a long teaser does not.
   * A line longer than the width was not wrapped by the tool that wrapped the others, so it
   * does not go on from the line above (a headline as long as the width over an unwrapped
   * paragraph, in a page that wraps only some of them). Nor does a line that opens a wire
   * story with its dateline ("SEVILLA, 25 Mar. (EUROPA PRESS) - …").
   */
  const wrappedAt = (width: number, above: string, line: string): boolean =>
    above.length >= 0.7 * width &&
    above.length <= width &&
    above.length + 1 + firstWordLength(line) > WRAP_SLACK * width &&
    line.length <= WRAP_OVERRUN * width &&
    (line.length >= 0.7 * width || ENDS_BLOCK.test(line) || isPhotoCaption(`${above} ${line}`));
  // (A number cut at its decimal point, "…超过需求量的1." / "3倍，…", did not end a sentence. A
  // line of menu or metadata bars, "Publicado em … | Atualizado em …" over "Compartilhe:
  // Facebook | X", is no wrapped text.)
  // (Nor is a byline of a name and a post under a headline as long as the width.)
  const wrappedAbove = (above: string, line: string): boolean =>
    widths.some((width) => wrappedAt(width, above, line)) &&
    !namesAPost(line) &&
    (blankSeparated || !ENDS_BLOCK.test(above) || decimalCut(above, line)) &&
    !opensWireStory(line) &&
    !(STARTS_UPPER.test(line) && (above.includes(' | ') || line.includes(' | ')));

  // The block so far leaves a quotation open: its next line goes on with it.
  let quotesNet = 0;
  let quotesLowOpen = 0;
  let quotesStraight = 0;
  const countQuotes = (line: string, reset: boolean): void => {
    const q = quoteMarks(line, reset ? 0 : quotesLowOpen);
    quotesNet = (reset ? 0 : quotesNet) + q.net;
    quotesLowOpen = q.lowOpen;
    quotesStraight = (reset ? 0 : quotesStraight) + q.straight;
  };
  /**
   * A line that stops mid-sentence by its punctuation: it ends on a comma ("… in the new
   * season," / "Agriculture Minister …"), or its block leaves a quotation open and the line
   * no sentence ("“We see a clear interest … cooperate on" / "Azerbaijani gas …,” Shahbazov
   * said."; a quotation that runs on over paragraphs leaves one open at a paragraph's full
   * stop). Headlines and list items do neither; a wrapped sentence does, whatever the next
   * line starts with.
   */
  const stopsMidSentence = (above: string): boolean =>
    above.length >= MIN_CUT_LINE &&
    (above.charCodeAt(above.length - 1) === 0x2c /* , */ || ((quotesNet > 0 || quotesStraight % 2 === 1) && !ENDS_BLOCK.test(above)));
  // A photo's caption ends on its credit, a story's credits ("Reporting by …; Editing by …")
  // end the story, a link to another story ("Read also: …") is a line of its own: the line
  // under any of them starts a block of its own. (The caption test runs last: most lines fail
  // the cheaper ones.)
  const goesOn = (above: string, line: string): boolean =>
    (wrappedAbove(above, line) || (cutLine(above) && CUT_AFTER_ARTICLE.test(above)) || (above.length >= LONG_CUT_LINE && CUT_AFTER_PREPOSITION.test(above)) || stopsMidSentence(above)) &&
    !isCreditList(above) &&
    !READ_ALSO.test(above.toLowerCase()) &&
    !isPhotoCaption(above);

  // A wire story's first line ("TOPEKA, Kan. (AP) — Kansas legislators … Gov. Dana") that ends
  // no sentence goes on with the next line, whatever it starts with ("Whitcomb's veto …").
  // (A line as long as a wrapped one: "(MENAFN- AzerNews) Nazrin Abdul Read more" over the
  // date is the story's credit and byline, not its first line.)
  const wireLeadGoesOn = (parts: readonly string[], above: string): boolean =>
    parts.length === 1 && above.length >= MIN_WIRE_LEAD_LINE && !ENDS_BLOCK.test(above) && opensWireStory(above);

  const flush = (): void => {
    if (!pending) return;
    if (pending.kind === 'paragraph' && isHeadlineList(pending.parts, blocks[blocks.length - 1]?.text)) {
      for (const part of pending.parts) blocks.push(lineBlock(blocks.length, part.replace(/\s+/g, ' ').trim(), 'paragraph'));
      pending = null;
      return;
    }
    const joined = joinLines(pending.parts).replace(/\s+/g, ' ').trim();
    const kind = pending.kind === 'paragraph' && isPhotoCaption(joined) ? 'caption' : pending.kind;
    if (joined) blocks.push(lineBlock(blocks.length, joined, kind));
    pending = null;
  };

  for (const line of lines) {
    if (!line) {
      // A blank line ends the block: what follows never continues it.
      flush();
      pendingClosedByBlank = true;
      continue;
    }
    // The block this line may continue, and its last line.
    const open: { kind: BlockKind; parts: string[] } | null = pendingClosedByBlank ? null : (pending as { kind: BlockKind; parts: string[] } | null);
    const above: string | undefined = open?.parts[open.parts.length - 1];
    // "«…», – говорится в сообщении": a dash that goes on with the sentence above in lower
    // case, not a list's marker.
    const dashGoesOn: boolean = above !== undefined && ((DASH_GOES_ON.test(line) && !ENDS_BLOCK.test(above)) || WIRE_CODE_GOES_ON.test(line));
    const marker: RegExpExecArray | null = dashGoesOn ? null : LIST_MARKER.exec(line);
    if (marker) {
      flush();
      pending = { kind: 'list-item', parts: [line.slice(marker[0].length)] };
      countQuotes(line, true);
    } else if (open && above !== undefined && !RULE_LINE.test(above) && !RULE_LINE.test(line) && (dashGoesOn || ENDING_ONLY.test(line) || addressGoesOn(above, line) || wireLeadGoesOn(open.parts, above) || (STARTS_LOWER.test(line) && !BARE_URL.test(line) && !SIGN_OFF.test(line) && !BYLINE_LINE.test(line) && !CAMEL_WORD.test(line) && !(line.length <= 40 && sourceOf(line))) || goesOn(above, line))) {
      open.parts.push(line);
      countQuotes(line, false);
    } else {
      flush();
      pending = { kind: 'paragraph', parts: [line] };
      countQuotes(line, true);
    }
    pendingClosedByBlank = false;
  }
  flush();
  const whole = rejoinPrintedWhole(blocks);
  markCreditLines(whole);
  markCaptionsOverStory(whole);
  return { blocks: whole, containers: [], hints: { ...emptyHints(), ...hints } };
}

/** A section's label runs to this many words ("Most Popular", "Latest News", "Leia também:"). */
const LABEL_WORDS = 4;
const SENTENCE_MARK = /[.!?。！？](?:\s|$)/u;

/**
 * Headlines under a section's label, each as long as the wrap width, read as one wrapped
 * paragraph ("Most Popular" / "State police identify driver killed in Route 422 crash" /
 * "School board approves …"): every line starts with a capital, at least three words, and
 * no line holds a sentence's end. A paragraph's last line ends its sentence; these stay lines.
 */
function isHeadlineList(parts: readonly string[], label: string | undefined): boolean {
  if (parts.length < 2 || label === undefined || label.split(/\s+/).length > LABEL_WORDS || SENTENCE_MARK.test(label)) return false;
  return parts.every((part) => STARTS_UPPER.test(part) && part.split(/\s+/).length >= 3 && !SENTENCE_MARK.test(part) && !ENDS_BLOCK.test(part));
}

/**
 * Han and kana (and full-width forms): text in them is written without spaces between words.
 * (Korean puts spaces between its words: Hangul is left out.)
 */
const CJK_LETTERS = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;
/** Those letters, the long-vowel mark, the ideographic comma and full stop, and full-width forms. */
const CJK_CHARS = String.raw`${CJK_LETTERS}\u30fc\u3001\u3002\uff01-\uff5e`;
const CJK_END = new RegExp(`[${CJK_CHARS}]$`, 'u');
/** Tested on the last two code units (a character may take two): on the whole line the anchored expression would scan all of it. */
const endsCjk = (line: string): boolean => CJK_END.test(line.slice(-2));
const CJK_START = new RegExp(`^[${CJK_CHARS}]`, 'u');
const CJK_ANY = new RegExp(`[${CJK_LETTERS}]`, 'u');

/**
 * A block's lines joined back: with a space, except where a Chinese or Japanese character
 * meets the cut (those scripts put no space between words, so the cut left none: "…最大40" /
 * "分程度…").
 */
function joinLines(parts: readonly string[]): string {
  let joined = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!;
    const prev = parts[i - 1]!;
    // (A number cut at its decimal point in such a text, "…需求量的1." / "3倍", joins too.)
    const unspaced = endsCjk(prev) || CJK_START.test(part) || decimalCut(prev, part) || ENDING_ONLY.test(part);
    joined += unspaced ? part : ' ' + part;
  }
  return joined;
}

/** Pieces shorter than this (canonical, spaces left out) are never joined on the evidence of a copy. */
const MIN_WHOLE = 40;
/** At most this many blocks are joined into one. */
const MAX_PIECES = 12;

/**
 * A paragraph that fell apart at its wrapped lines (a ragged wrap that goes on with a capital,
 * "… 8.30 a.m. on" / "Monday, leading to …") comes back whole where the page prints it whole
 * elsewhere: consecutive paragraph blocks whose texts, one after another, are exactly another
 * block's text are that paragraph. Which copy fell apart does not matter: the body wrapped
 * and its reprint not, or the reverse. Texts compare canonically with their spaces left out,
 * so that a line cut where a space was and one cut where none was (Chinese, Japanese) both
 * match. Linear: each start tries at most MAX_PIECES blocks, no longer than the longest block.
 */
function rejoinPrintedWhole(blocks: Block[]): Block[] {
  const keys = blocks.map((b) => (b.kind === 'paragraph' ? canonical(b.text).replace(/\s+/g, '') : ''));
  const wholes = new Set<string>();
  let longest = 0;
  for (const key of keys) {
    if (key.length < MIN_WHOLE) continue;
    wholes.add(key);
    longest = Math.max(longest, key.length);
  }
  if (wholes.size === 0) return blocks;
  const out: Block[] = [];
  let changed = false;
  for (let i = 0; i < blocks.length; i++) {
    let end = -1;
    if (keys[i]) {
      let joined = keys[i]!;
      for (let j = i + 1; j < blocks.length && j < i + MAX_PIECES && keys[j]; j++) {
        joined += keys[j]!;
        if (joined.length > longest) break;
        if (wholes.has(joined)) end = j;
      }
    }
    if (end < 0) {
      out.push(changed ? { ...blocks[i]!, id: out.length } : blocks[i]!);
      continue;
    }
    const text = joinLines(blocks.slice(i, end + 1).map((b) => b.text));
    out.push(lineBlock(out.length, text, isPhotoCaption(text) ? 'caption' : 'paragraph'));
    changed = true;
    i = end;
  }
  return out;
}
