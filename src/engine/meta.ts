/**
 * The page's metadata: which blocks are the headline, a byline, a dateline or
 * a source credit ("RT.com", "(RT.com)", "Source: Reuters"), and the page's
 * title, byline, date, site, source and language assembled from those blocks
 * and the page hints. A credit opening a paragraph ("(MENAFN) Russian Foreign
 * Minister…") stays in the paragraph; it only names the source.
 */
import { tokenOverlap, tokensOf, type Measured } from './measure';
import type { Region } from './region';
import type { PageHints } from './types';
import { canonical } from './normalize';
import { META_WORDS } from './lexicon/class-words';
import { SECTION_NAMES } from './lexicon/section-names';

export type MetaKind = 'headline' | 'byline' | 'dateline' | 'source' | 'contact';

export interface MetaBlock {
  kind: MetaKind;
  /** The value it contributes (the name, the date, the source). */
  value: string;
  /** A byline's wire ("Sophie Laurent, AFP"): the story's source when nothing else names one. */
  agency?: string;
  /** Credits at the story's end ("Reporting by …", "hn/mm/rsc"): metadata, not the page's byline. */
  credit?: boolean;
  /**
   * A press release's "SOURCE Company" line names who issued it: the source only when no wire
   * that carried it is named ("(MENAFN- PR Newswire) …").
   */
  issuer?: boolean;
}

const WIRES =
  'reuters|ap|afp|voa news|ritzau|共同|pap|polska agencja prasowa|čtk|ctk|tasr|mti|hina|bta|tanjug|танјуг|irna|ایرنا|acn|cmc|caribbean media corporation|agència catalana de notícies|bss|বাসস|unb|สำนักข่าวไทย|רויטרס|ukrinform|unian|belta|ani|ians|pti|xinhua|tass|ria novosti|dpa|efe|agencia efe|ansa|kyodo|yonhap|bernama|anadolu|upi|bloomberg|associated press|agence france-presse|press trust of india|menafn|uni|wam|spa|kuna|qna|bna|apa|sputnik|cna|aa|anadolu ajansı|tt|ntb|anp|belga|lusa|adnkronos|agerpres|keystone-sda|sda|australian associated press|canadian press|the canadian press|business wire|globenewswire|globe newswire|pr newswire|agência lusa|europa press|interfax|aap|pa media|jiji press|kyodo news|xinhua news agency|trend|trend news agency|azertac|pna|dha|antara|rnz|news24wire|the conversation|voice of america|voa|eurasia review|field level media|jordan news agency|petra|kuwait news agency|qatar news agency|saudi press agency|oman news agency|bahrain news agency|emirates news agency|big news network|共同通信|時事通信|新华社|中新社|연합뉴스|뉴시스|भाषा|ttxvn|pa news agency|press association|the press association|folhapress|agência brasil|agencia brasil|agência estado|estadão conteúdo|απε\s*-\s*μπε|ape\s*-\s*mpe|وام|rfe/rl|radio free europe/radio liberty|radio free europe|radio liberty|ein presswire|accesswire|newsfile(?: corp\.?)?|chainwire|einpresswire(?:\.com)?|unb|united news of bangladesh|bss|bangladesh sangbad sangstha|kna|kenya news agency|vna|vietnam news agency|mena|middle east news agency|thai news agency|rastriya samachar samiti|philippine news agency';
/** Wires whose code is also a word ("app", "pa", "nan"): only in capitals. */
const CAPS_WIRES = 'APP|NAN|PA|RSS|TNA|ONA|STA|MIA|STT';
const DOMAIN = String.raw`(?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+(?:com|net|org|info|news|co|io|tv|me|biz|[a-z]{2})(?:\.[a-z]{2})?`;
// ("(©NTB)", "/ritzau/", "（共同）": the same in a wire's own marks.)
const SOURCE_LINE = new RegExp(String.raw`^(?:[-–—]{1,2}\s*)?[(（/]?\s*©?\s*(${DOMAIN}|${WIRES})\s*[)）/]?\.?$`, 'iu');
const DATED_WIRE = new RegExp(String.raw`\d{4},?\s+(${WIRES}|chainwire|newsfile|accesswire|ein presswire)$`, 'iu');
/** A masthead named with its domain: "Big News Network.com" (each word capitalised). */
const BRAND_DOMAIN = /^(\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*){1,3}\.(?:com|net|org|info|news|co|tv)(?:\.[a-z]{2})?)$/u;
/**
 * A wire's code in the dateline that opens a story: "FRANKFURT, June 17 (Reuters) -", "Hamburg
 * (dpa) -", "București, 5 iun /Agerpres/ -", "ASHGABAT, March 5. /TASS/.".
 */
const WIRE_OPENER = new RegExp(String.raw`^\p{Lu}[^()\n]{1,60}?(?:\((${WIRES})\)|/(${WIRES})/)\.?\s*([-–—:]|\.-)?`, 'iu');
/** A wire's dateline on a line of its own runs to this many words. */
const WIRE_LINE_WORDS = 10;
/** "SOURCE Northwind Robotics Inc." closing a press release; "From the Millbrook Herald:" over a reposted story. */
const SOURCE_CAPS = /^SOURCE\s+(\p{Lu}.{1,60})$/u;
/** "SOURCE: Kestrel Pay Inc.": the same issuer's line, as ACCESSWIRE sets it. */
const RELEASE_SOURCE_LABEL = /^SOURCE:\s/;
const FROM_LABEL = /^(?:[Ff]rom|[Vv]ia)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,5})\s*:$/u;
const SOURCE_LABEL = /^(?:source|sources|via|courtesy(?: of)?|credit|quelle|fuente|fonte|source originale|bron|źródło|kaynak|sumber|источник|джерело|zdroj|kilde|källa|lähde|forrás|sursa|πηγή|المصدر|来源|來源|出典|출처|स्रोत|nguồn|منبع|извор|izvor|מקור|সূত্র|ที่มา|chanzo|font)\s*[:：]\s*(.{2,80})$/iu;
/** "Press Release: Greater Wellington Regional Council": who issued the release (a name of a few words, no headline). */
const RELEASE_ISSUER = /^(?:[Pp]ress|[Mm]edia|[Nn]ews|PRESS|MEDIA|NEWS) (?:[Rr]elease|[Ss]tatement|RELEASE|STATEMENT)\s*[:：–—-]\s*(\p{Lu}[^\s.!?]*(?:\s+[^\s.!?]+){0,5})$/u;
/** "Theo TTXVN": a Vietnamese page's credit to its agency ("according to"), in capitals. */
const THEO_CREDIT = /^Theo\s+(\p{Lu}{2,10}(?:\/\p{Lu}{2,10})?)$/u;
/**
 * "Reposted with permission from Seed & Soil, the newsletter of …", "This article is republished
 * from The Conversation under a Creative Commons license": the name, up to a comma or "under".
 */
const REPOSTED = /^(?:this (?:article|story|post) (?:is|was|has been) )?(?:reposted|republished|reprinted)(?: here)?(?: with (?:kind |the )?permission)? (?:from|of) ([^,.;:()]{2,60}?)(?=\s+under\b|\s*[,.;:()]|\s*$)/iu;
/** "This story was originally published by Stateline, part of States Newsroom, …": the name, up to a comma. */
const ORIGINALLY_FROM = /^(?:this (?:article|story|post|report|commentary|column|op-ed|piece|essay) )?(?:was )?(?:originally|first) (?:published|appeared) (?:on|in|at|by) (\p{L}[^,.;:()]{1,59}?)(?=\s+and\s+(?:is|was|has|are)\b|\s+on\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d)|\s*[,.;:()]|\s*$)/iu;
/**
 * "Provided by The Conversation": phys.org's credit line; "Materials provided by X. …":
 * ScienceDaily's; "© Provided by The Independent": an aggregator's, under a picture.
 */
const PROVIDED_BY_WORDS = 30;
const PROVIDED_BY = /^(?:©\s*)?(?:materials |news |content )?provided by\s+(.{2,60}?)(?:\.\s.*|\.)?$/iu;
/** "Ohio Valley Herald · 3h": an aggregator's line naming the outlet and how long ago. */
const OUTLET_AGO = /^(\p{Lu}[\p{L}\p{N}.&'’ -]{1,40}?)\s+[·•|]\s+\d{1,3}\s*(?:(?:h|hrs?|hours?|d|days?)(?:\s+ago)?|(?:m|mins?|minutes?)\s+ago)$/u;
const ORIGINALLY = new RegExp(
  String.raw`^(?:this (?:article|story|post|commentary|column|op-ed|piece|essay) )?(?:was )?(?:originally|first) (?:published|appeared) (?:on|in|at|by) (.{2,60}?)\.?(?:\s+read the original(?: article)?\.?)?$`,
  'iu',
);
/** "(MENAFN- Trend News Agency) BAKU…": a syndicator's prefix, then the paper or agency the story is from. */
const SYNDICATED_CREDIT = /^\((?:MENAFN|[\p{Lu}]{2,12})\s*[-–—]\s*((?:[^()]|\([^()]*\)){2,50}?)\s*\)/u;
/** "(Bloomberg) -- The yen strengthened …": a wire's name in any case, then a dash. */
const LEADING_WIRE = new RegExp(String.raw`^\((${WIRES})\)\s*(?:--|[-–—:])\s*\S`, 'iu');
/** "(서울=연합뉴스) 박지현 기자 = …": Korean agencies' place and name. */
const PLACE_AGENCY_CREDIT = /^\([^()=]{1,12}=(\p{sc=Hangul}{2,12})\)/u;
/** "新华社北京4月12日电（记者王立彬）…": a Chinese agency's dateline. */
const CHINESE_WIRE_CREDIT = /^(新华社|中新社|中新网|人民网)[^，。]{0,20}电/u;
/** "Emirates News Agency (WAM)": the agency's own short name, which its datelines use. */
const NAMED_WITH_CODE = /^[^()]+\(([\p{Lu}\p{N}]{2,10})\)$/u;
const LEADING_CREDIT = new RegExp(String.raw`^\((${DOMAIN}|${WIRES}|[\p{Lu}][\p{Lu}\p{N} .&-]{1,30})\)\s*[-–—:]?\s*\S`, 'u');
// The lead-in in any case ("By", "BY", "by"); the names after it capitalised, with the particles
// names and mastheads take between them ("Jean de La Fontaine", "Le Progrès de l'Ouest avec AFP").
const BYLINE = /^(?:[Bb][Yy]|[Aa]uthors?:|[Ee]ditor:|[Rr]eporter:|[Hh]aber-[Kk]amera:|[Mm]uhabir:|[Ss]tory [Bb]y|[Pp]osted [Bb]y|[Pp]ublished [Bb]y:|[Ss]ubmitted [Bb]y|[Ww]ritten [Bb]y|[Ww]ords [Bb]y|[Rr]eported [Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Оо]т|[Pp]rzez|[Aa]utor|[Pp]ewarta|tarafından)(?:\s*:)?\s+(?:oprac\.\s+)?((?:dpa|epd|kna|sid|afp|apa)$|(?:[dl]['’])?\p{Lu}[\p{L}'’.-]*(?:[\s,]+(?:(?:and|und|et|y|e|&|de|du|des|da|di|del|della|van|von|der|den|la|le|avec|with|for|bin|al|el|writers?|reporters?|correspondents?)\s+)*(?:[dl]['’])?\p{Lu}[\p{L}'’.-]*){0,7})(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})?(?:\s*[,|•·—–/-]\s*.{0,160})?$/u;

/** "Hiroshi NAKAMURA": a wire reporter's name as AFP sets it, the surname in capitals. */
const CAPS_SURNAME = /^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}(?:[- ]\p{Lu}{2,})?$/u;
const DESK_INITIALS = /(?<=\p{Lu})\/\p{Ll}{1,4}(?:\(\p{Ll}{1,4}\))?$/u;
/** "【责任编辑：李娜】", "（編集：山田）": the desk editor's sign-off on a Chinese or Japanese story. */
const DESK_EDITOR = /^[【\[（(]?\s*(?:责任编辑|責任編輯|编辑|責編|责编|編集|校对)\s*[:：]\s*[^】\]）)]{1,12}[】\]）)]?$/u;
/** "トップ　国内　国際　経済 …": a menu's entries, set apart by spaces in a script that writes none between words. */
// (Some of its entries in CJK script: "Qatar Coach Takes Blame For Slump Ahead Of Iran Clash" is
// a headline of short words.)
const CJK_MENU = /^(?=.*[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fcA-Za-z]{1,6}(?:\s+[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fcA-Za-z]{1,6}){3,}$/u;
/** "LUCAS MARCONDES": a name in capitals (only right over the story, and no section's label). */
const CAPS_NAME = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,2}$/u;
const SECTION_WORDS = /\b(?:NEWS|LOCAL|WORLD|NATION|NATIONAL|SPORTS?|BUSINESS|POLITICS|ECONOMY|MARKETS?|OPINION|HEALTH|TECH|SCIENCE|CULTURE|BREAKING|LATEST|TOP|STORIES|VIDEO|WEATHER)\b/u;
/** A paper's name after a reporter's, past a bar or a dot: "The Peninsula". */
const OUTLET = String.raw`(?:The\s+)?\p{Lu}[\p{L}.&'’ -]{1,40}`;
/** "Raheema Nasser | The Peninsula": a reporter's name and the paper's, no "By". */
const NAME_AND_OUTLET = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s+[|•·]\s+${OUTLET}$`, 'u');
/** "Author of the article:", "Reporter:": a byline's label on a line of its own. */
const BYLINE_LABEL = /^(?:author of the article|authors?|reporter|written by|words by|autor|autorin|auteur|autore)\s*:$/i;
/** "Prabin Sharma", "Mary J. Blige": a person's name and nothing else. */
const PERSON_NAME = /^(?!The\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;
/** "Anna Wiśniewska (PAP)": a reporter's name and the wire's. */
const NAME_AND_WIRE = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s+\(([^()]{2,30})\)$/u;
/**
 * "Mariana Tavares Lima - Repórter da Agência Brasil", "Lorenzo Santos, Senior Lecturer in
 * Atmospheric Science, Monash University": a reporter's or an author's name and post, no "By".
 */
const NAME_AND_POST = /^(\p{Lu}\p{Ll}+(?:\s+(?:d[aeo]s?\s+|van\s+|von\s+|de la\s+)?\p{Lu}[\p{Ll}'’-]+){1,3})(?:\s+[-–—|]|,)\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:[Rr]epórter|[Rr]eporter|University|Institute|College|[Ll]ecturer|[Pp]rofessor|[Rr]esearcher|[Rr]esearch [Ff]ellow|[Pp]ostdoctoral|[Cc]andidate|[Cc]orrespondent|[Cc]orrespondente|[Cc]orresponsal|[Rr]edakteur(?:in)?|[Jj]ournalist(?:in|e)?|[Ee]ditor|[Rr]edactor(?:a)?|[Pp]eriodista|[Gg]iornalista|[Ii]nviat[oa])\b.{0,60}$/u;
/** "Mariana Colós and Eshe Mwangi": two reporters' names, no "By". */
const TWO_NAMES = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}(?:,?\s+(?:and|&)\s+|,\s+)\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** A newsroom signing as itself: "Redazione", "Redaktion", "Staff Reporter". */
const STAFF_LINE = /^(?:redazione|redaktion|rédaction|redacción|redação|redactie|redakcja|staff|staff reporter|staff writer|news desk|newsroom)(?:\s+[\p{L}.'’-]+){0,3}$/iu;

/** "Christopher Reynolds, The Canadian Press": a reporter's name and the wire, no "By". */
const AGENCY_BYLINE = new RegExp(String.raw`^([^,]{3,60}),\s+(?:the\s+)?(${WIRES})$`, 'iu');
const AGENCY_BYLINE_CAPS = new RegExp(String.raw`^([^,]{3,60}),\s+(${CAPS_WIRES})$`, 'u');
/** "APP", "(NAN)(www.nannews.ng)": a wire that is also a word, on a line of its own. */
const CAPS_SOURCE_LINE = new RegExp(String.raw`^(?:[-–—]{1,2}\s*)?\(?(${CAPS_WIRES})\)?(?:\s*\(www\.[^()]+\))?\.?$`, 'u');
/** An agency's sign-off, its editors' initials ("hn/mm/rsc", "ah/dj", "kwol/ pzaj/", KUNA's "(end) sd.gta"): a line of its own. */
export const SIGN_OFF = /^\p{Ll}{1,4}(?:\s*\/\s*\p{Ll}{1,4})+\s*\/?$|^\/\p{Ll}{1,4}$|^[Ee]nd[Ii]tem$|^(?:PTI|UNI|IANS)(?:\s+\p{Lu}{2,4}){1,4}$|^\p{Lu}{2,5}\/\d{4,9}$|^\((?:end|ends)\)$|^\((?:end|ends)\)\s*\p{Ll}{1,4}(?:[./]\s*\p{Ll}{1,4})*$/u;

/**
 * A desk's sign-off on a line of its own: "(KNN Bureau)", "--(Petra) H.F" (the wire's code and
 * the editor's initials).
 */
const DESK_BUREAU = /^\(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,2}\s+(?:Bureau|Desk|News Desk|Newsroom|Staff)\)$/u;
const WIRE_INITIALS = new RegExp(String.raw`^[-–—]{1,2}\s*\((?:${WIRES})\)\s+(\p{L}(?:[.\s]?\p{L}){0,4}\.?)$`, 'iu');
function deskCredit(text: string): boolean {
  if (DESK_BUREAU.test(text)) return true;
  const initials = WIRE_INITIALS.exec(text)?.[1];
  return initials !== undefined && initials === initials.toUpperCase();
}

/**
 * "Copyright © 2025 Khaleej Times. All Rights Reserved. Provided by SyndiGate Media Inc.",
 * "©2025 Los Angeles Times. … Distributed by Tribune Content Agency, LLC.", "Copyright (c) 2025.
 * RFE/RL, Inc. Used with the permission of …": the paper that holds the story's copyright,
 * named where a syndicator passes the story on. The story's source when nothing else names one.
 */
const SYNDICATED_COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}\.?\s*)?([\p{Lu}][^.©]{1,50}?)(?:,? inc\.?|,? llc\.?|,? ltd\.?)?\.\s.*\b(?:provided by|distributed by|used with (?:the )?permission|syndicated by)\b/iu;
function syndicatedCopyright(text: string): string | null {
  if (!/^(?:copyright|©|\(c\))/i.test(text)) return null;
  return SYNDICATED_COPYRIGHT.exec(text)?.[1]?.trim() ?? null;
}

/**
 * A syndicator's credit, then a name of two to four words, perhaps its outlet ("| The
 * Peninsula") or a "Read more" link.
 */
const CREDITED_BYLINE = new RegExp(String.raw`^(\([^()]*(?:\([^()]*\))?[^()]*\))\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?:\s+[|•·]\s+${OUTLET})?(?:\s+[Rr]ead [Mm]ore)?$`, 'u');

/** A reporter's post, named after the wire. */
const POSTS = ['correspondent', 'writer', 'reporter', 'editor'];
/** The posts as alternatives; for a pattern without the i flag, each first letter both ways ("[Rr]eporter"). */
function postsPattern(posts: readonly string[], anyCase: boolean): string {
  return posts.map((w) => (anyCase ? w : `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)).join('|');
}
/** The wire a pair of patterns names: any wire in any case, or a wire whose code is also a word, in capitals. */
function wireOf(text: string, anyCase: RegExp, capitals: RegExp): string | undefined {
  return (anyCase.exec(text) ?? capitals.exec(text))?.[1] ?? undefined;
}

/** "By Ella Marchant, PA Health Correspondent", "…, AP Business Writer": the wire in the reporter's post. */
const WIRE_POST = new RegExp(String.raw`,\s+(?:the\s+)?(${WIRES})\s+(?:[\p{L}-]+\s+){0,3}(?:${postsPattern(POSTS, true)})s?$`, 'iu');
const WIRE_POST_CAPS = new RegExp(String.raw`,\s+(${CAPS_WIRES})\s+(?:[\p{L}-]+\s+){0,3}(?:${postsPattern(POSTS, false)})s?$`, 'u');
function wireInPost(text: string): string | undefined {
  return wireOf(text, WIRE_POST, WIRE_POST_CAPS);
}
/** "PA Reporter", "AP Staff": the wire's own staff, no name. */
const STAFF_POSTS = [...POSTS, 'staff'];
const WIRE_STAFF = new RegExp(String.raw`^(${WIRES})\s+(?:${postsPattern(STAFF_POSTS, true)})s?$`, 'iu');
const WIRE_STAFF_CAPS = new RegExp(String.raw`^(${CAPS_WIRES})\s+(?:${postsPattern(STAFF_POSTS, false)})s?$`, 'u');
function wireStaff(text: string): string | undefined {
  return wireOf(text, WIRE_STAFF, WIRE_STAFF_CAPS);
}

const END_MARK = /^\((?:end|ends)\)$/;
const DESK_INITIALS_LINE = /^\p{Ll}{1,4}(?:[./]\s*\p{Ll}{1,4})+$/u;

/** "UNB, Dhaka": the wire and the place it filed from, a line of its own. */
const WIRE_PLACE = new RegExp(String.raw`^(${WIRES}),\s+\p{Lu}[\p{L}.' -]{1,30}$`, 'iu');

/** "Par Le Journal du Littoral avec AFP", "Von Redaktion mit dpa": a byline that names the wire. */
const WITH_WIRE = new RegExp(String.raw`\s(?:avec|with|and|of|mit|und|con|y|com|e|z|met|en|och|ile)\s+(?:l'|la\s+|the\s+)?(${WIRES})$`, 'iu');

/** "(Project Syndicate)": a name in capitalised words, in brackets, alone on its line. */
const CLOSING_CREDIT_LINE = /^\((\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,3})\)$/u;
/** A name of one to four capitalised words opening a line ("Daily Sabah", "Africanews"). */
const NAME_START = /^\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}/u;

/** "… the agency said. (PNA)", "Haber-Kamera: Kemal Aydın/GİRESUN, (DHA)": the wire's code closing a line. */
const TRAILING_CREDIT = new RegExp(String.raw`\((${WIRES})\)\.?$`, 'iu');
const TRAILING_CREDIT_CAPS = new RegExp(String.raw`\((${CAPS_WIRES})\)\.?$`, 'u');

/** The wire credited at the end of the article's last paragraph or of a byline, or null. */
export function trailingCredit(text: string): string | null {
  return (TRAILING_CREDIT.exec(text) ?? TRAILING_CREDIT_CAPS.exec(text))?.[1] ?? null;
}

/**
 * "WAM/Hatem Mohamed/Tariq alfaham", "AGERPRES/(AS - autor: …, editor: …)": a wire's sign-off
 * with its editors' names, which may run long.
 */
const WIRE_SIGNOFF = new RegExp(String.raw`^(${WIRES})(?:(?:\s*/\s*[^/\d]{2,40}){1,4}|\s*/\s*\([^()]{2,160}\))$`, 'iu');

/** The wire that signs a trimmed line off, or null. */
function wireSignoff(t: string): string | null {
  return t.length <= 200 && t.includes('/') ? (WIRE_SIGNOFF.exec(t)?.[1] ?? null) : null;
}
const NAME_WORDS = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/**
 * "Anna Lindqvist, Associate Professor of Agronomy, Kansas State University": an author's name
 * and post, no "By" (The Conversation signs its authors so).
 */
const ROLE_BYLINE =
  /^([^,]{3,40}),\s+(?:[^,.;:!?]*\s)?(?:professor|lecturer|researcher|research fellow|fellow|scientist|economist|analyst|director|editor|correspondent|reporter|columnist|contributor|writer|student|candidate|dean|chair)\b[^.;:!?]{0,120}$/iu;

/** A line of a name and a post (ROLE_BYLINE), which plain text keeps apart from the line above. */
export function namesAPost(text: string): boolean {
  return ROLE_BYLINE.test(text);
}

/** The author's name from a byline without "By": "Name, The Canadian Press" or "Name, Professor of …". */
function agencyByline(text: string, withRole = true): string | null {
  if (!text.includes(',')) return null;
  const name = AGENCY_BYLINE.exec(text)?.[1] ?? AGENCY_BYLINE_CAPS.exec(text)?.[1] ?? (withRole ? ROLE_BYLINE.exec(text)?.[1] : null) ?? null;
  return name && NAME_WORDS.test(name) ? name : null;
}

/**
 * Who made the story, said at its end: "(Reporting by Ana Mano; Editing by Susan Fenton)",
 * "Associated Press writer Sara Cline contributed to this report.", "This report by The
 * Canadian Press was first published Jan. 21, 2025.".
 */
const CREDIT_LIST = /^\(?(?:(?:additional )?reporting|writing|editing|edited|compiled|research|translation|translated|graphics|fact-checking|produced) by \p{Lu}[^.!?()]*\)?\.?$/iu;
const CONTRIBUTED = /\bcontributed(?: reporting)? to this (?:report|story|article)\.?\)?$/iu;
const FIRST_PUBLISHED = /^this (?:report|story|article) by .{2,80} was (?:first|originally) published\b/iu;
/** "Some information for this report came from The Associated Press and Reuters." (VOA's). */
const INFORMATION_FROM = /^some (?:information|material) (?:for|in) this (?:report|story|article) (?:came|comes) from\b/iu;
/** "--With assistance from Priya Raman.": Bloomberg's credit for its other reporters. */
const WITH_ASSISTANCE = /^[-–—]{0,2}\s*with (?:assistance|files) from\s+\p{Lu}/iu;

/**
 * A list of credits is in brackets, several ("; Editing by"), or short; "Reporting by Reuters
 * revealed that the company…" is a sentence.
 */
export function isCreditList(text: string): boolean {
  return CREDIT_LIST.test(text) && (text.startsWith('(') || text.includes(';') || text.split(' ').length <= 8);
}

function storyCredit(text: string, words: number): boolean {
  return words <= 40 && (isCreditList(text) || (text.includes('contributed') && CONTRIBUTED.test(text)) || FIRST_PUBLISHED.test(text) || WITH_ASSISTANCE.test(text) || INFORMATION_FROM.test(text));
}

/** "Posted on May 12, 2025 by Ruth Calloway": a date and a byline on one line. */
const POSTED_BY = /^(?:[Pp]osted|[Pp]ublished|[Ww]ritten|[Uu]pdated)\s+(?:on\s+)?(.{4,40}?)\s+by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})$/u;

const MONTHS =
  'jan|feb|mar|mrt|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|maj|augusti|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|maret|agustus|desember|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر';
/** Weekdays in Greek, Arabic and Indonesian ("Τρίτη, 14 Οκτωβρίου 2025", "الثلاثاء 14 أكتوبر 2025", "Selasa, 14 Oktober 2025"). */
const OTHER_DAYS = 'δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|senin|selasa|rabu|kamis|jumat|sabtu|minggu';
const DATE_WORD = new RegExp(
  String.raw`^(?:\d{1,4}|${MONTHS}|${OTHER_DAYS}|wib|wita|wit|ص|م|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|cest|ist|jst|published|updated|posted|last|modified|eastern|pacific|central|mountain|standard|daylight|time|on|at|om|de|du|le|el|am|um|th|st|nd|rd|h|min|ago|hours?|minutes?|days?|yesterday|today|publié|publiée|mis|à|jour|publicado|actualizado|atualizado|veröffentlicht|aktualisiert|опубликовано|обновлено|vandaag|gisteren|bijgewerkt|gepubliceerd|publicerad|uppdaterad|kl|idag|igår|em|güncelleme|yayınlanma|p|m|pt|et|ct|mt|\d{1,2}h\d{2}|\d{1,2}(?:am|pm)|年|月|日|時|分|午前|午後|发布时间|更新|송고|송고시간|입력|수정|년|월|일|시|aujourd|hui|hier|heures?|\d{1,2}h|il|y|a)$`,
  'u',
);

const MONTH_WORD = new RegExp(String.raw`^(?:${MONTHS})$`, 'iu');
const DATE_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${MONTHS}|${OTHER_DAYS}|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|published|updated|posted|modified|ago|yesterday|today|publié|publiée|publicado|actualizado|atualizado|veröffentlicht|aktualisiert|опубликовано|обновлено|vandaag|gisteren|bijgewerkt|gepubliceerd|publicerad|uppdaterad|güncelleme|mis à jour|il y a)(?![\p{L}\p{N}_])|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|\b\d{1,2}(?::|h)\d{2}|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b`,
  'iu',
);

/** A clock time: "18:32", "10h15". */
const CLOCK = /\b\d{1,2}(?::|h)\d{2}\b/;
const CLOCKS = new RegExp(CLOCK.source, 'g');
/** What makes a clock time a time of day: a zone or a.m./p.m. ("0:06" in a race's results is a gap). */
const CLOCK_ZONE = /\b(?:am|pm|a\.m\.|p\.m\.|gmt|utc|[ecmp][sd]?t|ist|cet|cest|bst|jst|hst|msk)\b|\b(?:gmt|utc)?[+-]\d{1,2}(?::?\d{2})?\b/i;

/** A real date cue: a month or weekday name, a clock time, a numeric date, or "published/updated". */
function hasDateCue(text: string): boolean {
  return DATE_CUE.test(text);
}

/**
 * A byline's names that are a date: a date cue with a number, or a day's or a time's word.
 * A month's name alone is a name ("Zhou Mei", "Jan Nowak", "Theresa May").
 */
function namesADate(names: string): boolean {
  if (hasDigit(names)) return hasDateCue(names);
  const cue = DATE_CUE.exec(names);
  return !!cue && !MONTH_WORD.test(cue[0]);
}

/** Share of a block's tokens that are date or time words. */
function dateShare(m: Measured): number {
  if (!m.tokenCount) return 0;
  let n = 0;
  for (const t of tokensOf(m)) if (DATE_WORD.test(t)) n++;
  return n / m.tokenCount;
}

function hasDigit(s: string): boolean {
  return /\d/.test(s);
}

function wordSet(canon: string): Set<string> {
  return new Set(canon.match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Share of words that start with a capital letter (scripts without case count as unknown: 0.5). */
/** Title Case leaves its small words ("of", "at", "the", "g/t") in lower case. */
const TITLE_CASE_SMALL = 3;

/** The share of a line's words that start with a capital (those longer than `skipUpTo` letters). */
function capitalShare(text: string, skipUpTo = 0): number {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  let cased = 0, upper = 0;
  for (const w of words) {
    if (w.length <= skipUpTo) continue;
    const first = w[0] as string;
    if (first.toLowerCase() === first.toUpperCase()) continue;
    cased++;
    if (first === first.toUpperCase()) upper++;
  }
  return cased ? upper / cased : 0.5;
}

/** A line that reads as a source credit; returns the source's name. */
export function sourceOf(text: string): string | null {
  const t = text.trim();
  const signoff = wireSignoff(t);
  if (signoff) return signoff;
  // ("Reuters | New Delhi | Updated: 12-03-2025 18:05 IST | Created: …": a wire's name
  // heading a line of metadata, however long.)
  const first = t.split(/\s+[|•·]\s+/, 1)[0] as string;
  if (t.length > 90) return first.length < t.length && first.length <= 40 ? (SOURCE_LINE.exec(first)?.[1] ?? null) : null;
  const line = SOURCE_LINE.exec(t) ?? SOURCE_LINE.exec(first) ?? BRAND_DOMAIN.exec(t) ?? CAPS_SOURCE_LINE.exec(t) ?? WIRE_PLACE.exec(t);
  if (line) return line[1] as string;
  // "(MENAFN- Trend News Agency)" on a line of its own.
  const credit = SYNDICATED_CREDIT.exec(t);
  if (credit && credit[0].length === t.length) return leadingCredit(t);
  const label = SOURCE_LABEL.exec(t) ?? RELEASE_ISSUER.exec(t) ?? THEO_CREDIT.exec(t) ?? ORIGINALLY.exec(t) ?? SOURCE_CAPS.exec(t) ?? FROM_LABEL.exec(t) ?? PROVIDED_BY.exec(t) ?? (t.includes(' · ') || t.includes(' • ') || t.includes(' | ') ? OUTLET_AGO.exec(t) : null);
  // ("Source: CNA/nr(ca)": the desk's initials after the name are no part of it.)
  // ("Source: Al Jazeera and news agencies": the outlet.)
  if (label) return (label[1] as string).trim().replace(DESK_INITIALS, '').replace(/\s+(?:and|with) (?:news )?agencies$/i, '');
  // "May 12, 2025 08:00 ET | Source: Helioplex Energy, Inc.": a press release's date and source.
  // ("India News | Press Trust of India | Updated: March 12, 2025 …": the wire among the parts.)
  if (t.includes(' | ')) for (const part of t.split(' | ').slice(1)) {
    const named = SOURCE_LABEL.exec(part.trim());
    if (named) return (named[1] as string).trim();
    if (namesWire(part) && hasDateCue(t)) return part.trim();
  }
  return null;
}

/** A line that says the story is reposted from elsewhere; returns where from. */
export function repostCredit(text: string): string | null {
  const t = text.trim();
  if (t.length > 200) return null;
  const m = REPOSTED.exec(t) ?? ORIGINALLY_FROM.exec(t);
  return m ? (m[1] as string).trim() : null;
}

/** Which blocks are metadata. `chromeLike[id]` marks blocks that carry strong chrome evidence. */
export function findMetaBlocks(items: readonly Measured[], hints: PageHints, region: Region, chromeLike: Uint8Array): Map<number, MetaBlock> {
  const found = new Map<number, MetaBlock>();
  if (!items.length) return found;
  const headline = findHeadline(items, hints, region, chromeLike);
  if (headline >= 0) found.set(headline, { kind: 'headline', value: (items[headline] as Measured).block.text });

  // Metadata sits around the article: from the top of the page to just past its end, short of
  // a chrome section's label under it ("Recommended Stories" over teasers credited "Reuters").
  let bottom = items.length - 1;
  if (region.last >= 0) {
    for (let j = region.last + 1; j <= Math.min(bottom, region.last + 6); j++) {
      if (chromeLike[j] !== 2) continue;
      bottom = j - 1;
      break;
    }
  }
  const end = region.last >= 0 ? Math.min(bottom, region.last + 3) : Math.min(bottom, 12);
  // A source line may close the page a little further down, past the credits and copyright.
  const sourceEnd = region.last >= 0 ? Math.min(bottom, region.last + 6) : end;
  const bylineCanon = hints.byline ? canonical(hints.byline) : null;
  // The paper a syndicator credits ("(MENAFN- Kuwait Times) …") set on a line of its own, over
  // or under the headline, is the page's source line.
  const credited = new Set<string>();
  // So is a name the story's closing credit gives on a line of its own ("(Project Syndicate)").
  for (const m of items) {
    if (m.block.text.charCodeAt(0) !== 0x28 /* ( */) continue;
    const name = SYNDICATED_CREDIT.exec(m.block.text)?.[1] ?? CLOSING_CREDIT_LINE.exec(m.block.text.trim())?.[1];
    if (name) credited.add(name.trim().toLowerCase());
  }
  for (let i = 0; i <= sourceEnd; i++) {
    if (found.has(i)) continue;
    const m = items[i] as Measured;
    const f = m.block.features;
    if (m.words > 32 || (m.block.kind === 'heading' && f.headingLevel <= 2)) continue;
    const text = m.block.text.trim();
    // KUNA's sign-off split over two lines: "(end)" / "hma.gb" (initials, not a web address).
    if (i > 0 && END_MARK.test((items[i - 1] as Measured).block.text.trim()) && DESK_INITIALS_LINE.test(text)) {
      found.set(i, { kind: 'byline', value: text, credit: true });
      continue;
    }
    // A source line is short, or a wire's sign-off ("AGERPRES/(AS - autor: …)").
    // (Or a line of metadata parts led by the wire: "Reuters | New Delhi | Updated: …".)
    // (A picture's credit, "REUTERS/FILE" under a caption, names the photographer's agency, not the story's.)
    // (Or the story's origin on a longer line: "Materials provided by Calder University.
    // Original written by Helen Marsh. Note: Content may be edited for style and length.")
    const line = m.block.kind === 'caption' ? null : m.words <= 8 ? sourceOf(text) ?? (credited.has(text.toLowerCase()) ? text : null) : text.includes(' | ') ? sourceOf(text) : wireSignoff(text) ?? (m.words <= PROVIDED_BY_WORDS ? (PROVIDED_BY.exec(text)?.[1] ?? null) : null);
    // ("Africanews with AFP": the wire the site's story comes from.)
    const source = line === null ? null : (WITH_WIRE.exec(line)?.[1] ?? line);
    if (source) {
      found.set(i, SOURCE_CAPS.test(text) || RELEASE_SOURCE_LABEL.test(text) ? { kind: 'source', value: source, issuer: true } : { kind: 'source', value: source });
      continue;
    }
    // "(MENAFN- AzerNews) Nazrin Abdul Read more": the syndicator's credit over the reporter's
    // name, a line of its own.
    const creditedByline = text.charCodeAt(0) === 0x28 /* ( */ && m.words <= 12 ? CREDITED_BYLINE.exec(text) : null;
    if (creditedByline && SYNDICATED_CREDIT.test(text)) {
      found.set(i, { kind: 'byline', value: (creditedByline[2] as string).trim(), agency: leadingCredit(text) ?? undefined });
      continue;
    }
    const holder = m.words <= 40 ? syndicatedCopyright(text) : null;
    if (holder) {
      found.set(i, { kind: 'byline', value: text, credit: true, agency: holder });
      continue;
    }
    // "Daily Sabah with Reuters" on a line of its own: the paper's credit, and the wire's.
    const paper = m.words <= 6 ? NAME_START.exec(text) : null;
    const withWire = paper ? WITH_WIRE.exec(text) : null;
    if (paper && withWire && paper[0].length === withWire.index) {
      found.set(i, { kind: 'byline', value: text, credit: true, agency: withWire[1] });
      continue;
    }
    if (headline >= 0 && i === headline + 1 && sourceBetweenHeadlineAndDate(m, items[i + 1])) {
      found.set(i, { kind: 'source', value: WITH_WIRE.exec(text)?.[1] ?? text });
      continue;
    }
    // A portal's story opens on its source's name over the date, under the headline or with
    // none ("Tasnim" / "15 Apr 2025, 22:40 GMT+10", "UN News" / "28 Feb 2025, …").
    const opensStory = headline >= 0 ? i === headline + 1 : region.first > i + 1 && region.first <= i + 3;
    if (opensStory && !chromeLike[i] && nameOverDate(m, items[i + 1])) {
      found.set(i, { kind: 'source', value: text });
      continue;
    }
    // "HUESCA, 14 Mar. (EUROPA PRESS) -" on a line of its own, over the story's first paragraph.
    const opener = m.words <= WIRE_LINE_WORDS ? WIRE_OPENER.exec(text) : null;
    if (opener && opener[0].trimEnd().length === text.length) {
      found.set(i, { kind: 'dateline', value: text, agency: opener[1] ?? opener[2] });
      continue;
    }
    if (i > end) continue;
    const reposted = m.words <= 30 ? repostCredit(m.block.text) : null;
    if (reposted) {
      found.set(i, { kind: 'source', value: reposted });
      continue;
    }
    if (chromeLike[i]) continue;
    const byline = m.block.kind === 'heading' ? null : BYLINE.exec(text);
    // "By Jane Doe, Staff Reporter" is a byline; "By Monday, the council will vote." is a
    // sentence. A byline is a short line that does not end like one, with names that are no
    // date; "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated …" is one too.
    // A correspondent's name and post inside the article heads an analysis box ("Caroline
    // Hawley, BBC diplomatic correspondent"): only outside it, or under its standfirst at its
    // top, is that line the byline.
    const outside = i < region.first || i > region.last;
    const nextBlock = items[i + 1]?.block.text;
    // (Or at the article's foot, over the story's credit: "Noura Al-Hashimi, Associate Professor
    // …" / "This article is republished from The Conversation …".)
    const overCredit = (): boolean => nextBlock !== undefined && namesAPost(text) && (repostCredit(nextBlock) !== null || sourceOf(nextBlock) !== null);
    const agency = m.block.kind === 'heading' ? null : agencyByline(text, outside || i <= region.first + 2 || overCredit());
    if (agency) {
      found.set(i, { kind: 'byline', value: agency, agency: (AGENCY_BYLINE.exec(text) ?? AGENCY_BYLINE_CAPS.exec(text))?.[2] ?? wireInPost(text) });
      continue;
    }
    if ((byline && bylineShaped(m)) || (bylineCanon && m.canon === bylineCanon)) {
      found.set(i, { kind: 'byline', value: byline ? (byline[1] as string) : m.block.text, agency: WITH_WIRE.exec(text)?.[1] ?? trailingCredit(text) ?? wireInPost(text) });
      continue;
    }
    // "Mariana Tavares Lima - Repórter da Agência Brasil", "Raheema Nasser | The Peninsula".
    const unmarked = unmarkedByline(m);
    if (unmarked) {
      found.set(i, { kind: 'byline', value: unmarked });
      continue;
    }
    // "Author of the article:" / "Dylan Marchetti", "Reporter:" / "PA Reporter": a byline's label
    // over the name.
    const named = items[i + 1];
    if (m.words <= 4 && BYLINE_LABEL.test(text) && named !== undefined && named.words <= 6 && !named.endsSentence) {
      found.set(i, { kind: 'byline', value: named.block.text, credit: true });
      found.set(i + 1, { kind: 'byline', value: named.block.text, agency: wireStaff(named.block.text.trim()) });
      continue;
    }
    // "Prabin Sharma" over "Published at : March 12, 2025": a reporter's bare name over the date.
    // (In plain text: a page's subheadings may be names too, "Princeton Review" over a date.)
    if (region.view === 'sequence' && m.block.kind === 'paragraph' && m.words <= 4 && PERSON_NAME.test(text) && items[i + 1] !== undefined && datelineShaped(items[i + 1] as Measured)) {
      found.set(i, { kind: 'byline', value: text });
      continue;
    }
    // "Anna Wiśniewska (PAP)": the reporter signs the wire's story.
    const signed = m.words <= 5 ? NAME_AND_WIRE.exec(text) : null;
    if (signed && namesWire(signed[2] as string)) {
      found.set(i, { kind: 'byline', value: signed[1] as string, agency: signed[2] as string });
      continue;
    }
    // (A name with its surname in capitals only as a line of its own at the article's top:
    // further in, a list's "Norton VPN".)
    // (Or right over the paragraph that opens the wire story: "LUCAS MARCONDES" / "SÃO PAULO,
    // SP (FOLHAPRESS) - …".)
    // (A section's label in capitals, "LOCAL NEWS", is no name.)
    const name = (): boolean => CAPS_SURNAME.test(text) || TWO_NAMES.test(text);
    const overWireStory = (): boolean => nextBlock !== undefined && opensWireStory(nextBlock);
    const atTop = i <= region.first + 2;
    if (
      m.words <= 7 &&
      m.block.kind !== 'heading' &&
      ((m.words <= 4 && STAFF_LINE.test(text)) ||
        (m.block.kind === 'paragraph' && ((atTop && name()) || ((name() || (CAPS_NAME.test(text) && !SECTION_WORDS.test(text))) && overWireStory()))))
    ) {
      found.set(i, { kind: 'byline', value: text });
      continue;
    }
    const posted = m.block.kind === 'heading' ? null : POSTED_BY.exec(text);
    if (posted && hasDateCue(posted[1] as string)) {
      found.set(i, { kind: 'byline', value: posted[2] as string });
      continue;
    }
    if (m.block.kind !== 'heading' && (storyCredit(text, m.words) || SIGN_OFF.test(text) || DESK_EDITOR.test(text) || deskCredit(text))) {
      found.set(i, { kind: 'byline', value: text, credit: true });
      continue;
    }
    if (m.words > 20) continue;
    if (m.block.kind !== 'table-cell' && datelineShaped(m)) {
      // "Zug, Switzerland, February 18th, 2025, Chainwire": the press wire it names is the source.
      found.set(i, { kind: 'dateline', value: m.block.text, agency: DATED_WIRE.exec(m.block.text)?.[1] });
      continue;
    }
    // Class words say so: a short "byline" / "date" / "source" element.
    if (m.words <= 10 && f.words.some((w) => META_WORDS.has(w))) {
      const kind: MetaKind = f.words.some((w) => w === 'source' || w === 'credit' || w === 'credits') ? 'source' : hasDateCue(m.block.text) ? 'dateline' : 'byline';
      if (kind !== 'source' || m.words <= 6) found.set(i, { kind, value: m.block.text.replace(/^(by|von|par|por)\s+/i, '') });
    }
  }
  if (region.view === 'sequence') markContactBlock(items, region, found);
  return found;
}

/** "Media Contact:", "For further information, please contact:": a press release's contact details follow. */
const CONTACT_LABEL_WORDS = String.raw`(?:(?:media|press|investor|company|news|pr)\s+(?:contacts?|enquiries|inquiries|relations)|contacts?|press office|for (?:further|more) (?:information|details),? (?:please )?contact|for (?:media|press) (?:enquiries|inquiries),? (?:please )?contact)`;
const CONTACT_LABEL = new RegExp(String.raw`^${CONTACT_LABEL_WORDS}\s*:?$`, 'i');
/** A contact label with the details after it on the same line. */
const CONTACT_INLINE = new RegExp(String.raw`^${CONTACT_LABEL_WORDS}\s*:\s*(.+)$`, 'i');
const CONTACT_INLINE_WORDS = 30;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
const PHONE = /(?:^|[\s:])\+?\(?\d[\d\s().-]{6,}\d/;
const CONTACT_FIELD = /^(?:tel|telephone|phone|mobile|email|e-mail|fax|web|website)\s*[:.]|^(?:https?:\/\/|www\.)|^email us here$/i;
/** A contact block's lines: a name, a post, a company, an address, an e-mail, a phone. */
const CONTACT_LINES = 6;
const CONTACT_LINE_WORDS = 10;

/** A line of contact details: an e-mail address, a phone or another field. */
function contactField(m: Measured): boolean {
  const t = m.block.text;
  return m.words <= CONTACT_LINE_WORDS && m.block.kind !== 'heading' && (EMAIL.test(t) || PHONE.test(t) || CONTACT_FIELD.test(t));
}

/** A few words of a contact's name, post or company ("Head of Communications, Asia-Pacific"). */
function contactName(m: Measured): boolean {
  return m.words <= 6 && m.block.kind === 'paragraph' && !/[.!?:]$/.test(m.block.text) && capitalShare(m.block.text) >= 0.5;
}

/**
 * In plain text, a press release's contact block at the article's end ("Media Contact:" /
 * "Sophie Grant press@altavera.com" / "+44 1224 555 018") is the release's metadata, not its
 * text.
 */
function markContactBlock(items: readonly Measured[], region: Region, found: Map<number, MetaBlock>): void {
  if (region.first < 0) return;
  const end = Math.min(items.length - 1, region.last + 6);
  for (let i = region.first + 1; i <= end; i++) {
    const label = items[i] as Measured;
    if (found.has(i)) continue;
    // The block on one line: "For further information, please contact: Abdirahman Warsame,
    // Public Information Officer, OCHA Somalia, warsame2@un.org".
    const inline = label.words <= CONTACT_INLINE_WORDS ? CONTACT_INLINE.exec(label.block.text.trim()) : null;
    if (inline && (EMAIL.test(inline[1] as string) || PHONE.test(inline[1] as string))) {
      found.set(i, { kind: 'contact', value: label.block.text });
      return;
    }
    if (label.words > 8 || !CONTACT_LABEL.test(label.block.text.trim())) continue;
    // Names and posts come first, then the e-mail and phone: a line of a few words after
    // those is what follows the block ("Key Findings" over a reprinted list).
    let j = i + 1;
    let fields = false;
    for (; j < items.length && j <= i + CONTACT_LINES && !found.has(j); j++) {
      const m = items[j] as Measured;
      if (contactField(m)) fields = true;
      else if (fields || !contactName(m)) break;
    }
    if (j === i + 1) continue;
    for (let k = i; k < j; k++) found.set(k, { kind: 'contact', value: (items[k] as Measured).block.text });
    return;
  }
}

/**
 * The headline block: a top-level heading matching the page's declared title,
 * else the first h1 near the article; in plain text, the short title-like line
 * right above the article's first paragraph.
 */
function findHeadline(items: readonly Measured[], hints: PageHints, region: Region, chromeLike: Uint8Array): number {
  const declared = [hints.headline, hints.documentTitle].filter((x): x is string => !!x).map((d) => wordSet(canonical(d)));
  const limit = region.first >= 0 ? region.first + 3 : Math.min(items.length, 30);
  let best = -1, bestScore = 0;
  for (const m of items) {
    const b = m.block;
    if (b.kind !== 'heading' || b.features.headingLevel > 3 || chromeLike[b.id]) continue;
    const words = declared.length ? wordSet(m.canon) : null;
    const overlap = declared.reduce((acc, d) => Math.max(acc, tokenOverlap(words as Set<string>, d)), 0);
    const near = b.id <= limit ? 1 : 0;
    const score = overlap * 2 + (b.features.headingLevel === 1 ? 0.6 : 0) + near * 0.5;
    if ((overlap >= 0.5 || (b.features.headingLevel === 1 && near)) && score > bestScore) [best, bestScore] = [b.id, score];
  }
  if (best >= 0) return best;

  // Plain text: the article's first line when it reads as the headline set over it, else
  // the nearest candidate line above the article.
  if (region.first < 0) return -1;
  if (region.view === 'sequence' && headlineOpensRegion(items, region.first, chromeLike)) return headlineOverMeta(items, region.first, chromeLike) ?? region.first;
  if (region.view === 'sequence') {
    const below = headlineBelowRegionTop(items, region, chromeLike);
    if (below >= 0) return below;
  }
  // Between a headline and its article sit the lines set under it: a source, a byline, a date,
  // "3 min read", share buttons, a caption, perhaps a sentence standfirst. Only lines that
  // could be text count against the reach. A line of two or three words is one of those, or
  // the site's name ("Turkmenistan News"), not a headline. A headline runs up to twelve words,
  // or longer in title case, or longer still when it is set right over its byline or dateline
  // (only those, a standfirst, captions, chrome and lines of a few words between).
  let overMeta = false;
  let onlyMetaBelow = true;
  let standfirst = false;
  for (let i = region.first - 1, reach = HEADLINE_REACH; i >= 0 && reach > 0 && i >= region.first - HEADLINE_SCAN; i--) {
    const m = items[i] as Measured;
    const listEntry = i > 0 && chromeLike[i - 1] === 2;
    const passable = passableLine(items, i, chromeLike);
    const metaLine = setUnderHeadline(m);
    if (!passable && !metaLine) reach--;
    const fits = m.words <= 12 || capitalShare(m.block.text) >= 0.6 || (overMeta && onlyMetaBelow);
    if (!listEntry && headlineShaped(m, chromeLike) && fits) {
      // A page's first line is as often its name or motto as a headline: over it, the pair must
      // read as headline and standfirst without the help of the byline below.
      if (m.words >= 4) {
        if (i > 0 && standfirstUnder(items[i - 1] as Measured, m, chromeLike, overMeta && onlyMetaBelow && i > 1)) return i - 1;
        return headlineOverMeta(items, i, chromeLike) ?? i;
      }
    }
    // Over the byline and dateline, a long line without a full stop under a headline-length
    // one: the standfirst and its headline ("RBI to inject ₹1.9 trn liquidity …" / "The
    // central bank will buy government securities … banking system liquidity").
    if (overMeta && onlyMetaBelow && !standfirst && i > 0 && m.words > 20 && standfirstShaped(m, chromeLike) && standfirstUnder(items[i - 1] as Measured, m, chromeLike, true)) return i - 1;
    if (metaLine) overMeta = true;
    // (Or the lead's teaser cut with "…", set under the headline by the site's summary box.)
    else if (overMeta && !standfirst && (isSentenceStandfirst(m) || m.truncated)) standfirst = true;
    else if (!passable) onlyMetaBelow = false;
  }
  return -1;
}

/** "Trending Topics: #Durga Puja | #Assam Floods": a menu's separators and hashtags, never a headline's. */
const MENU_MARKS = /\s\|\s|(^|\s)#\p{L}/u;

/** "WEATHER ALERT: …", "BREAKING: …": a banner's label, in capitals. */
const ALERT_LABEL = /^\p{Lu}[\p{Lu}\s]{2,24}:/u;

/**
 * "Zeelandbrug urenlang dicht door zware windstoten" over "Ook bij de Westerscheldetunnel
 * staan lange files door omleidend verkeer": two lines without a sentence end stacked over
 * the article are its headline and the standfirst under it, which runs half as long again
 * or more (a headline under a shorter kicker line, "WEATHER ALERT: …", is not one). Set right
 * over the byline or dateline, the pair is plainly the story's top: there the headline may
 * run long, and the standfirst need only run longer.
 */
function standfirstUnder(headline: Measured, below: Measured, chromeLike: Uint8Array, overMeta: boolean): boolean {
  return (
    headline.words >= 6 &&
    headlineShaped(headline, chromeLike) &&
    !ALERT_LABEL.test(headline.block.text) &&
    !MENU_MARKS.test(headline.block.text) &&
    (overMeta ? below.words > headline.words : (headline.words <= 12 || capitalShare(headline.block.text) >= 0.6) && below.words >= headline.words * 1.5)
  );
}

/**
 * In plain text, the standfirst set under the headline, above the source, dateline, byline,
 * share and caption lines that open the article, belongs to the article: the region starts
 * on it. A standfirst is a longer headline-shaped line, or a sentence or two of ten words and
 * more.
 */
export function joinStandfirst(items: readonly Measured[], region: Region, meta: ReadonlyMap<number, MetaBlock>, chromeLike: Uint8Array): void {
  if (region.first < 0) return;
  for (const [h, m] of meta) {
    if (m.kind !== 'headline') continue;
    // (Past the source, date and reading-time lines set under the headline: "STT" / "Julkaistu
    // 5.11.2025" / "Lukuaika: 2 min" / standfirst.)
    let below = h + 1;
    while (below < region.first && (meta.has(below) || ARTICLE_TOOLS.test((items[below] as Measured).block.text) || (chromeLike[below] && (items[below] as Measured).words <= SET_UNDER_WORDS))) below++;
    if (below >= region.first || meta.has(below) || chromeLike[below]) return;
    const head = items[h] as Measured;
    const line = items[below] as Measured;
    let overMeta = false;
    for (let j = below + 1; h > 0 && j < region.first; j++) if (meta.get(j)?.kind === 'byline' || meta.get(j)?.kind === 'dateline') overMeta = true;
    const stacked = standfirstUnder(head, line, chromeLike, overMeta) && standfirstShaped(line, chromeLike);
    if (!stacked && !isSentenceStandfirst(line)) return;
    // Only metadata and the lines set under a headline may sit between the standfirst and the
    // article.
    for (let j = below + 1; j < region.first; j++) if (!meta.has(j) && !passableLine(items, j, chromeLike)) return;
    region.inRegion[below] = 1;
    region.first = below;
    return;
  }
}

/** A line of chrome set under a headline ("Lukuaika: 2 min", "Share") runs to this many words. */
const SET_UNDER_WORDS = 6;

/** A story's highlights set over it run to this many bullets. */
const MAX_HIGHLIGHTS = 6;

/**
 * In plain text, a wire story's bullet highlights set between its headline and its text
 * ("* Brent, WTI up about 1% each" / "* U.S. Treasury sanctions …" / "By Mei Lin Tan" /
 * "SINGAPORE, March 13 (Reuters) - …") are the story's: the region starts on them. Only
 * metadata and the lines set under a headline may stand between them and either.
 */
export function joinHighlights(items: readonly Measured[], region: Region, meta: ReadonlyMap<number, MetaBlock>, chromeLike: Uint8Array): void {
  if (region.first < 0) return;
  let i = region.first - 1;
  while (i >= 0 && (meta.has(i) && meta.get(i)!.kind !== 'headline')) i--;
  const last = i;
  while (i >= 0 && last - i < MAX_HIGHLIGHTS && (items[i] as Measured).block.kind === 'list-item' && !chromeLike[i] && (items[i] as Measured).words >= 3) i--;
  if (last - i < 2) return;
  // Over the bullets: the headline, past the lines set under it.
  let k = i;
  while (k >= 0 && !meta.has(k) && passableLine(items, k, chromeLike)) k--;
  while (k >= 0 && meta.has(k) && meta.get(k)!.kind !== 'headline') k--;
  if (k < 0 || meta.get(k)?.kind !== 'headline') return;
  for (let j = i + 1; j <= last; j++) region.inRegion[j] = 1;
  region.first = i + 1;
}

/**
 * "UK water companies face record fines over sewage spills" / "15 May 2025, 02:06 GMT+10" /
 * "By Helen Marsh and Tom Ridley" / "Regulator says six firms breached permits …": a line as
 * long as a headline set over the byline and dateline lines that sit over the candidate is the
 * headline, and the candidate, no shorter, its standfirst.
 */
function headlineOverMeta(items: readonly Measured[], i: number, chromeLike: Uint8Array): number | undefined {
  let k = i - 1;
  while (k >= 0 && (bylineShaped(items[k] as Measured) || datelineShaped(items[k] as Measured))) k--;
  if (k === i - 1 || k < 0) return undefined;
  const over = items[k] as Measured;
  const m = items[i] as Measured;
  return over.words >= 5 && over.words <= m.words && !chromeLike[k] && headlineShaped(over, chromeLike) ? k : undefined;
}

/** A source, byline or dateline line: what a headline is set over. */
function setUnderHeadline(m: Measured): boolean {
  return sourceOf(m.block.text) !== null || bylineShaped(m) || datelineShaped(m) || BYLINE_LABEL.test(m.block.text.trim());
}

/** "Les syndicats maintiennent leur appel à la grève générale …. Les voyageurs sont invités …." */
function isSentenceStandfirst(m: Measured): boolean {
  return m.block.kind === 'paragraph' && m.endsSentence && !m.truncated && m.words >= 10 && m.words <= 60 && m.linkDensity < 0.3;
}

/**
 * "3 min read", "Listen to this article · 4 min", "Tempo de leitura: 1 minuto", "Text Size:
 * A- A+": the article's reading time and tools, set under a headline, never one (sites'
 * ground truth keeps them as the article's metadata).
 */
const ARTICLE_TOOLS =
  /^(listen to (this|the) (article|story)|hear this (article|story)|text size|font size|print (this )?article)\b|^(\d+|one|two|three|four|five)[ -]min(ute)?s?( (to )?read(ing time)?)?$|^(reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd)\s*:?\s*\d+|^(ouvir|ouça|escuchar|escucha|écouter|ascolta|anhören)( (esta|este|la|cet|questo|l')?\s?(notícia|matéria|texto|noticia|artículo|article|articolo))?( (ora|now|jetzt|maintenant|ahora|agora))?(\.{3}|…)?$|^artikel (anhören|vorlesen)$|^(字号|字體|字体|文字サイズ|글자\s?크기|글씨\s?크기)\s*[:：]?/i;

/**
 * A line set between a headline and its article that is no text of either: chrome and the
 * entries of a chrome list ("Up next" over another story's headline), a caption, a source
 * line, the article's tools ("4 min read"), a line of a few words ("0:00 / 1:47") or of
 * figures ("RWL ▲ 3.42% €18.44").
 */
function passableLine(items: readonly Measured[], i: number, chromeLike: Uint8Array): boolean {
  const m = items[i] as Measured;
  return m.words < 4 || fewWordsAmongFigures(m) || !!chromeLike[i] || (i > 0 && chromeLike[i - 1] === 2) || m.block.kind === 'caption' || !!sourceOf(m.block.text) || ARTICLE_TOOLS.test(m.block.text);
}

function fewWordsAmongFigures(m: Measured): boolean {
  return m.words <= 8 && hasDigit(m.block.text) && (m.block.text.match(/\p{L}{2,}/gu)?.length ?? 0) < 3;
}

/** How many lines that could be text may stand between a plain-text article and its headline. */
const HEADLINE_REACH = 6;
/** How many lines in all the search looks up (a page's menus above an article run long). */
const HEADLINE_SCAN = 24;

/** A standfirst without a full stop is shaped as a headline is, but may run to sixty words. */
function standfirstShaped(m: Measured, chromeLike: Uint8Array): boolean {
  return m.words <= 20 ? headlineShaped(m, chromeLike) : m.words <= 60 && !chromeLike[m.block.id] && !m.truncated && m.block.kind === 'paragraph' && !/[:;,]$/.test(m.block.text) && !sourceOf(m.block.text);
}

/** Three entries and more between bars or dots: "Trending: Tariffs · Fed rate decision · Farm bill". */
const MENU_SEPARATORS = /\s[|·•]\s.*\s[|·•]\s/u;

/** A line that could be a headline: short, no sentence end, no credit, date, byline or chrome. */
function headlineShaped(m: Measured, chromeLike: Uint8Array): boolean {
  if (chromeLike[m.block.id] || CJK_MENU.test(m.block.text) || opensWireStory(m.block.text) || sourceOf(m.block.text) || m.truncated || m.block.kind === 'caption' || m.block.kind === 'list-item' || /^\(.*\)$/.test(m.block.text) || ARTICLE_TOOLS.test(m.block.text)) return false;
  // A headline runs up to twenty words; in Title Case (a wire's style), a few more.
  // (Nor a line of three entries and more between bars: "Trending: IPL 2025 | Stock Market Today | Gold Rate".)
  if (m.words < 2 || (/[.:;,]$/.test(m.block.text) && !endsOnInitials(m.block.text)) || MENU_SEPARATORS.test(m.block.text) || (m.words > 20 && (m.words > 28 || capitalShare(m.block.text, TITLE_CASE_SMALL) < 0.8))) return false;
  return dateShare(m) < 0.5 && !bylineShaped(m) && !datelineShaped(m);
}

/** "… on Trans-Canada Highway in B.C.": a headline may end on a place's initials, its only full stops. */
function endsOnInitials(text: string): boolean {
  return INITIALS_END.test(text) && !/[.!?]\s/.test(text);
}
const INITIALS_END = /\s(?:\p{Lu}\.){2,3}$/u;

/** A label of a word or two with no sentence end: a topic's or section's name. */
function isLabelLine(m: Measured): boolean {
  return m.words <= 2 && m.block.kind === 'paragraph' && !/[.!?:;,]$/.test(m.block.text) && !hasDigit(m.block.text);
}

/** How far into the region a headline set over its metadata may sit, and how long the lines above it run. */
const HEADLINE_IN_REGION = 4;
const LINE_OVER_HEADLINE_WORDS = 25;

/**
 * A site's banner lines over the story may read as text ("You have 2 free articles remaining
 * this month." / "Business" / headline / "Reuters" / date / byline / story), so the region
 * starts on them. The headline is plain where it is set over two lines of metadata and more,
 * or over one and the story's wire dateline: the headline, and the story starts under them.
 */
function headlineBelowRegionTop(items: readonly Measured[], region: Region, chromeLike: Uint8Array): number {
  for (let h = region.first + 1; h <= region.first + HEADLINE_IN_REGION && h < items.length; h++) {
    const above = items[h - 1] as Measured;
    if (above.words > LINE_OVER_HEADLINE_WORDS) return -1;
    const m = items[h] as Measured;
    // (A line of two or three words there is the site's name or a section's: "Kuwait Times".)
    if (m.endsSentence || m.words < 4 || !headlineShaped(m, chromeLike)) continue;
    let k = h + 1;
    while (k < items.length && k <= h + 4 && setUnderHeadline(items[k] as Measured)) k++;
    const story = items[k];
    if (k - h - 1 >= 2 || (k - h - 1 === 1 && story !== undefined && opensWireStory(story.block.text))) return h;
  }
  return -1;
}

/**
 * The region of plain text starts under its headline: lines above it are the site's, not the
 * story's; so are the topic labels set right under it, among its metadata ("Canada" /
 * "Weather" / "Published Nov 12, 2025").
 */
export function startUnderHeadline(items: readonly Measured[], region: Region, meta: ReadonlyMap<number, MetaBlock>): void {
  for (const [h, m] of meta) {
    if (m.kind !== 'headline' || h < region.first || h > region.last) continue;
    for (let i = region.first; i <= h; i++) region.inRegion[i] = 0;
    for (let i = h + 1; i <= region.last && (meta.has(i) || isLabelLine(items[i] as Measured)); i++) region.inRegion[i] = 0;
    let first = h + 1;
    while (first <= region.last && !region.inRegion[first]) first++;
    region.first = first;
    return;
  }
}

/**
 * A long headline (twelve words and more) reads as body text, so in plain text the article
 * region may start on it. It is the headline when what follows says so: the source, byline
 * or dateline lines a headline is set over; or a longer line that has no sentence end either
 * (the standfirst under it); or body text right under a line as short as a headline runs.
 * A standfirst opening the article (a long line without a final full stop, over a paragraph)
 * stays text.
 */
function headlineOpensRegion(items: readonly Measured[], first: number, chromeLike: Uint8Array): boolean {
  const m = items[first] as Measured;
  // What follows the headline, past any chrome set between ("Share: Facebook Twitter …").
  let after = first + 1;
  // (Or a topic label or two: "Canada" / "Weather".)
  while (after < items.length && (chromeLike[after] || isLabelLine(items[after] as Measured))) after++;
  const next = items[after];
  if (!next || !headlineShaped(m, chromeLike) || (m.endsSentence && !endsOnInitials(m.block.text))) return false;
  // A headline-length line right above (more words than a site's name) is the headline, and
  // this line the standfirst under it.
  // (Or over the source, byline or date lines set under it: "UK court rules council breached
  // duty …" / "Reuters" / "20 Mar 2025, 23:08 GMT+10" / this line.)
  let above = first - 1;
  while (above > 0 && first - above <= 3 && setUnderHeadline(items[above] as Measured)) above--;
  const prev = items[above];
  if (prev && prev.words >= 6 && headlineShaped(prev, chromeLike) && (prev.words <= 12 || capitalShare(prev.block.text) >= 0.6)) return false;
  // (Or over a masthead's name set over them: "Kuwait Times" / "By …" / date.)
  if (setUnderHeadline(next) || sourceBetweenHeadlineAndDate(next, items[after + 1])) return true;
  // Over a standfirst that ends its sentence, when the source, byline or dateline lines follow
  // it ("… Here's what a fair water deal would look like" / standfirst / "The Conversation").
  const below = items[after + 1];
  if (below && next.words > m.words && isSentenceStandfirst(next) && !chromeLike[next.block.id] && setUnderHeadline(below)) return true;
  if (!next.endsSentence && !next.truncated && !chromeLike[next.block.id] && next.words > m.words) return true;
  return next.endsSentence && (m.words <= 13 || capitalShare(m.block.text) >= 0.6);
}

/**
 * A byline without "By", the reporter's name and the paper's or the reporter's post: the name
 * ("Raheema Nasser | The Peninsula" → "Raheema Nasser"), if the line is one.
 */
function unmarkedByline(m: Measured): string | null {
  const text = m.block.text.trim();
  const byline = (m.words <= 7 ? NAME_AND_OUTLET.exec(text) : null) ?? (m.words <= 14 ? NAME_AND_POST.exec(text) : null);
  return byline ? (byline[1] as string) : null;
}

/** "By Jane Doe, Staff Reporter": a short line that opens with a byline's lead-in and names. */
function bylineShaped(m: Measured): boolean {
  const text = m.block.text.trim();
  if (agencyByline(text)) return true;
  if ((m.words <= 7 && (TWO_NAMES.test(text) || CAPS_SURNAME.test(text))) || unmarkedByline(m) !== null) return true;
  const byline = BYLINE.exec(text);
  return !!byline && !namesADate(byline[1] as string) && ((m.words <= 12 && !/[.!?:;]$/.test(text)) || hasDateCue(text));
}

/**
 * "12 Mar 2025, 18:32 GMT+10": a short line of date and time words. A line of nothing else
 * may run longer ("Publié le 13/05/2025 à 10h15, mis à jour le 13/05/2025 à 12h40").
 */
/**
 * A news portal sets the story's source on a line of its own between the headline and the date
 * ("RFE/RL" / "21 Mar 2025, 09:30 GMT+10"): a name of a few words with an agency's capitals
 * or slash. (A reporter's name there, "Nicholas Trask", is read as no source.)
 */
function sourceBetweenHeadlineAndDate(m: Measured, below: Measured | undefined): boolean {
  return shortNameLine(m, 4) && AGENCY_NAME.test(m.block.text) && below !== undefined && (datelineShaped(below) || bylineShaped(below));
}
/** A paragraph of a few words that could be a name: no figure, comma or closing mark, and no byline. */
function shortNameLine(m: Measured, maxWords: number): boolean {
  return m.block.kind === 'paragraph' && m.words <= maxWords && !/[\d,]|[.!?:;]$/.test(m.block.text) && !bylineShaped(m);
}
/** A name of one to three capitalised words, no section's and no person's, over a date line. */
function nameOverDate(m: Measured, below: Measured | undefined): boolean {
  const text = m.block.text;
  if (!shortNameLine(m, 3) || !/^\p{Lu}/u.test(text)) return false;
  // ("Inter Press Service" is shaped as a person's name, but a service's word ends it.)
  if ((PERSON_NAME.test(text) && !AGENCY_NAME.test(text)) || text.split(/\s+/).every((w) => SECTION_NAMES.has(w.toLowerCase()))) return false;
  return below !== undefined && datelineShaped(below);
}
/**
 * Capitals of an agency's initials, a slash between two names ("RFE/RL", "AAP", "Kyodo/AFP"),
 * a masthead's word ("Tehran Times", "Gulf News"), or an institution's that issued the story
 * ("University of Tasmania", "Greater Wellington Regional Council"), or a paper's title ("The
 * Independent", "The Peninsula").
 */
const AGENCY_NAME = /(?:^|\s)\p{Lu}{2,}(?:\s|$|\/)|\S\/\S|\s(?:Times|News|Post|Herald|Tribune|Gazette|Journal|Review|Agency|Press|Observer|Telegraph|Chronicle|Network|Media|Wire|Today|Express|Standard|Daily|Monitor|Insider|Council|Institute|Commission|Authority|Ministry|Service)$|^(?:University|Ministry|Department|Office|City|Government|Institute|Bank) of \p{Lu}|^The(?:\s\p{Lu}[\p{Ll}'’-]+){1,3}$/u;

function datelineShaped(m: Measured): boolean {
  const text = m.block.text;
  // "Zug, Switzerland, February 18th, 2025, Chainwire": a press wire's place, date and name.
  if (m.words <= 12 && DATED_WIRE.test(text) && hasDateCue(text)) return true;
  if (m.words > 20 || !hasDigit(text) || !(hasDateCue(text.replace(CLOCKS, ' ')) || (CLOCK.test(text) && CLOCK_ZONE.test(text)))) return false;
  const share = dateShare(m);
  return m.words <= 14 ? share >= 0.7 : share >= 0.9;
}

/** "(MENAFN) Russian Foreign Minister…" → "MENAFN". */
export function leadingCredit(text: string): string | null {
  const m = SYNDICATED_CREDIT.exec(text) ?? LEADING_CREDIT.exec(text) ?? LEADING_WIRE.exec(text) ?? PLACE_AGENCY_CREDIT.exec(text) ?? CHINESE_WIRE_CREDIT.exec(text);
  if (!m) return null;
  const credit = (m[1] as string).trim();
  // ("GlobeNewswire - Nasdaq": the wire, and the market it files for.)
  const wire = credit.split(' - ', 1)[0] as string;
  if (wire !== credit && namesWire(wire)) return wire;
  return NAMED_WITH_CODE.exec(credit)?.[1] ?? credit;
}

/**
 * The line opens a wire story: "SEVILLA, 25 Mar. (EUROPA PRESS) - …", "ABU DHABI, 21st January,
 * 2025 (WAM) -- …", "(MENAFN- Trend News Agency) BAKU …". Such a line starts a block.
 */
export function opensWireStory(text: string): boolean {
  if (SYNDICATED_CREDIT.test(text)) return true;
  const m = WIRE_OPENER.exec(text);
  return !!m && !!m[3];
}

const WIRE_NAME = new RegExp(String.raw`^(?:${WIRES})$`, 'iu');
/** A wire's or agency's name ("Associated Press", "AFP"), not a site's. */
export function namesWire(name: string): boolean {
  return WIRE_NAME.test(name.trim());
}

/** "AlUla, March 03, 2025, SPA -- The Royal Commission …": the wire's name after the year, then a dash. */
const WIRE_OPENER_COMMA = new RegExp(String.raw`^\p{Lu}[^()\n]{1,60}?\d{4},\s+(${WIRES})\s*(?:--|[–—])\s`, 'iu');

/**
 * The wire named in the dateline that opens a story: "FRANKFURT, June 17 (Reuters) - The…",
 * "Hamburg (dpa) - …", "New Delhi, May 14 (PTI) The…" (a dash, a colon, or the sentence's
 * capital after the code), or after the year ("AlUla, March 03, 2025, SPA -- …").
 */
export function wireOpener(text: string): string | null {
  const m = WIRE_OPENER.exec(text);
  if (!m) return WIRE_OPENER_COMMA.exec(text)?.[1] ?? null;
  return m[3] || /^\p{Lu}/u.test(text.slice(m[0].length)) ? ((m[1] ?? m[2]) as string).trim() : null;
}

const TZ_OFFSET = /(?:gmt|utc)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/i;
const MONTH_INDEX: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

/** A date as given ("2025-03-12T08:32:00Z", "12 Mar 2025, 18:32 GMT+10", "March 12, 2025") → ISO 8601, or null. */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  const dmy = /(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})/i.exec(s);
  const mdy = /([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/i.exec(s);
  let y: number, mo: number, d: number;
  if (dmy && MONTH_INDEX[(dmy[2] as string).toLowerCase()] !== undefined) {
    [d, mo, y] = [Number(dmy[1]), MONTH_INDEX[(dmy[2] as string).toLowerCase()] as number, Number(dmy[3])];
  } else if (mdy && MONTH_INDEX[(mdy[1] as string).toLowerCase()] !== undefined) {
    [mo, d, y] = [MONTH_INDEX[(mdy[1] as string).toLowerCase()] as number, Number(mdy[2]), Number(mdy[3])];
  } else {
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?/i.exec(s);
  let h = time ? Number(time[1]) : 0;
  const min = time ? Number(time[2]) : 0;
  if (time?.[4]) h = (h % 12) + (time[4].toLowerCase() === 'pm' ? 12 : 0);
  const tz = TZ_OFFSET.exec(s);
  const offset = tz ? (tz[1] === '-' ? -1 : 1) * (Number(tz[2]) * 60 + Number(tz[3] ?? 0)) : 0;
  const t = Date.UTC(y, mo, d, h, min) - offset * 60_000;
  return Number.isNaN(t) || d < 1 || d > 31 ? null : new Date(t).toISOString();
}

/** "en_US" → "en-US", "EN" → "en"; null for something that is not a language tag. */
export function toBcp47(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const parts = raw.trim().replace(/_/g, '-').split('-').filter(Boolean);
  if (!parts.length || !/^[a-z]{2,3}$/i.test(parts[0] as string)) return null;
  return parts
    .map((p, i) => (i === 0 ? p.toLowerCase() : p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p))
    .join('-');
}

const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);
export function isRtl(lang: string | null): boolean {
  return !!lang && RTL.has(lang.split('-')[0] as string);
}

/** "Russia Rejects Anti-China Alliances | MENAFN.COM" → "Russia Rejects Anti-China Alliances". */
export function cleanTitle(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—·•]\s+|\s+[-:]\s+(?=[^-:]*$)/u);
  if (parts.length < 2) return title.trim();
  const site = siteName ? canonical(siteName) : null;
  const kept = parts.filter((p) => !(site && canonical(p).includes(site)));
  const longest = (kept.length ? kept : parts).reduce((a, b) => (b.length > a.length ? b : a));
  return longest.trim();
}
