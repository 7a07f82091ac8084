/**
 * Short stopword lists (the most frequent function words) for the languages
 * news is most often syndicated in. Prose is dense with them; navigation,
 * teaser titles and buttons are not — the jusText observation. The page's
 * language comes from <html lang> or, failing that, from whichever list
 * matches the page's words best.
 */
const RAW: Record<string, string> = {
  en: 'a about after all also an and any are as at be been but by can could did do does for from had has have he her his how i if in into is it its just more most my no not of on one or our out said she so some than that the their them then there these they this to up was we were what when which who will with would you your',
  de: 'aber als am an auch auf aus bei bis das dass dem den der des die doch ein eine einem einen einer es für hat hatte ich im in ist mit nach nicht noch nur oder sich sie sind so um und uns von vor war wie wir wird zu zum zur über',
  fr: 'au aux avec ce ces cette comme dans de des du elle en est et il ils je la le les leur lui mais ne nous on ou par pas plus pour qu que qui sa se ses son sont sur un une vous été être a à',
  es: 'al como con de del el ella en es esta este fue ha la las lo los más no o para pero por que se sin sobre su sus también un una y ya entre cuando',
  it: 'a al alla anche che con da del della delle di e gli ha il in la le lo ma nel nella non per più si sono su tra un una è',
  pt: 'a ao aos as com como da das de do dos e em entre foi mais mas na nas no nos não o os ou para pela pelo por que se sem seu sua são também um uma à é',
  nl: 'aan als bij dat de den der die dit door een en er het hij in is met naar niet nog of om ook op te van voor was wat werd wordt ze zijn',
  sv: 'att av den det där efter en ett för har i inte med men om och på som till under var vid är',
  da: 'af at de den der det efter en er et for har i ikke med men og om på som til var ved',
  no: 'av at de den der det en er et for har i ikke med men og om på som til var ved',
  pl: 'a ale by do i jak jest jego już na nie o od po przez się są tak to w we z za że',
  cs: 'a by do i jak je jeho jsou k na o od po pro s se si to v ve z za že',
  ru: 'а в во вы да для до его ее если же за и из или им их к как ко ли на не него нет но о об он она они от по при с со так также то только у уже что это этот я был была были было быть будет',
  uk: 'а в від до з за і й на не що як та це для по про він вона вони його її було був була є',
  tr: 've bir bu da de için ile gibi daha çok olan olarak ama en ne ki mi her o şu bunu buna bunun ise veya ya hem değil var yok olduğu olduğunu üzere göre arasında tarafından ancak iki üç ilk son sonra önce kadar karşı tüm bazı diğer aynı ayrıca edildi etti oldu dedi nedeniyle ardından yaptığı belirtti',
  id: 'dan di ke dari yang untuk dengan ini itu pada dalam tidak akan juga oleh adalah ada atau telah karena bahwa saat sudah hingga para serta tersebut mereka kami kita saya dia ia bisa dapat harus masih namun tetapi jika agar setelah sejak antara menjadi bagi secara hanya kepada belum sebagai lebih',
  ar: 'في من على إلى أن عن مع هذا هذه التي الذي كان قد لا ما أو بين كما بعد ذلك وقد',
  fa: 'و در به از که این را با است برای آن یک تا می بر',
  hi: 'और का की के है में से को पर यह था कि एक भी ने हैं',
  ro: 'și în la de cu pe nu o un că a din care este pentru sau mai',
  hu: 'a az és hogy nem is egy de van meg csak mint már el',
  el: 'και το η ο να του της με για σε από τα την των που οι είναι',
  vi: 'và của là có được cho không những các này với một trong đã người để từ khi đến tại theo về nhiều cũng như đang sẽ ra vào trên sau hơn lại bị thì mà nên nếu do nhưng hay qua rất đó',
};

export const STOPWORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(RAW).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

/**
 * Prose has at least this share of its language's function words. Turkish and Hungarian glue
 * theirs onto words as suffixes ("Mahallede", "saatlerinde"), so a sentence of theirs may show
 * none free-standing: there the share tells nothing, and no floor applies.
 */
const PROSE_STOPWORD_RATIO = 0.12;
const AGGLUTINATIVE: ReadonlySet<string> = new Set(['tr', 'hu']);
export function proseStopwordRatio(lang: string | null): number {
  return lang && AGGLUTINATIVE.has(lang) ? 0 : PROSE_STOPWORD_RATIO;
}

/** The primary language subtag we have a list for ('en-GB' → 'en'), or null. */
export function stopwordLang(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'nb' || primary === 'nn') return 'no';
  return STOPWORDS.has(primary) ? primary : null;
}
