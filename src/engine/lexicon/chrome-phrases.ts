/**
 * The shapes syndication chrome takes, as data. Each pattern runs on a block's
 * canonical text (lower case, folded quotes and dashes: see normalize.ts).
 * `maxWords` keeps a pattern from condemning a real paragraph that merely
 * mentions a newsletter: past that length the match no longer counts.
 * `section: true` marks the heading of a chrome section ("Most popular
 * stories"): the blocks under it inherit the flag in decide.ts.
 * Add a language by adding alternatives; codes and messages stay the same.
 */

export interface ChromePattern {
  code: string;
  /** What a reader is told, e.g. "newsletter pitch". */
  label: string;
  re: RegExp;
  maxWords: number;
  /** How sure a match makes us, 0..1. */
  weight: number;
  section?: boolean;
}

// JavaScript's \b knows only ASCII letters, so "publicité\b" and "\bподписаться" would never
// match. Where a \b meets a word of another script it is spelt out: after a word, "a space,
// a punctuation mark or the end follows"; before one, "the start, a space or an opening mark
// precedes". (The `u` flag and lookbehinds would do it for every \b, but make the union of the
// patterns in chrome.ts run half as slow again.)
const AFTER_WORD = String.raw`(?=$|[\s!-/:-@[-\x60{-~«»“”„‘’·•–—])`;
const BEFORE_WORD = String.raw`(?:^|[\s"'(«„“-])`;
function scriptBoundaries(source: string): string {
  return source
    .replace(/\\b(?=[^\x00-\x7f])/g, BEFORE_WORD)
    .replace(/\\b(?=\.\{0,\d+\}\$)/g, AFTER_WORD)
    .replace(/(?<=[^\x00-\x7f])\\b/g, AFTER_WORD);
}

/** "ENDS", "– ends –", "###", "-30-" on a line of their own (canonical text). */
export const END_MARK_LINE = /^(#\s*#\s*#|-\s*30\s*-|[-–—]*\s*ends\s*[-–—]*)$/;

const p = (code: string, label: string, re: RegExp, maxWords: number, weight: number, section = false): ChromePattern => ({
  code,
  label,
  re: new RegExp(scriptBoundaries(re.source), re.flags),
  maxWords,
  weight,
  section,
});

/**
 * The words of a share row, in many languages: networks, share and print buttons, and their
 * labels ("Compartilhe: Facebook | X | WhatsApp", "Teilen Twittern Mailen Drucken",
 * "シェア ポスト LINE はてブ", "分享到：微信 微博 QQ空间", "공유하기 카카오톡 페이스북 X 링크복사",
 * "शेयर करें: फेसबुक | ट्विटर | व्हाट्सऐप", "Chia sẻ: Facebook Zalo Twitter"). Canonical (lower case).
 */
export const SHARE_ROW_WORDS: ReadonlySet<string> = new Set(
  (
    'facebook twitter x whatsapp telegram linkedin reddit pinterest tumblr flipboard threads bluesky mastodon messenger viber line zalo ' +
    'email e-mail mail print copy link url tweet share shares sharing ' +
    // "Copiar enlace", "Copier le lien", "Link kopieren", "Copia link", "Kopiuj link"
    'copiar enlace copier lien copia kopieren kopiuj ' +
    'compartilhe compartilhar compartir comparte partager imprimer teilen twittern mailen drucken condividi stampa dela del deel delen ' +
    'paylaş bagikan udostępnij поделиться поділитися вконтакте одноклассники вк κοινοποίηση شارك ' +
    // Finnish, Czech, Hungarian, Romanian, Danish and Norwegian buttons ("Jaa artikkeli: Facebook X WhatsApp")
    'jaa sdílet megosztás distribuie distribuiți tweet del ' +
    'シェア ポスト ツイート はてブ はてなブックマーク フェイスブック 分享 分享到 转发 收藏 微信 微博 qq qq空间 朋友圈 ' +
    '공유 공유하기 카카오톡 카카오스토리 페이스북 트위터 링크복사 url복사 ' +
    'शेयर फेसबुक ट्विटर व्हाट्सऐप व्हाट्सएप ईमेल chia sẻ'
  ).split(' '),
);

/** "Read also: <a story's headline>", "Lea también: …", "Czytaj także: …": one related story's link. */
export const READ_ALSO =
  /^(video now|watch now|watch|read also|also read|see also|read more|related(?: (?:videos?|stor(?:y|ies)|articles?|coverage|reading|content|news))?|lea también|lee también|leia também|veja também|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|leggi anche|te puede interesar|también te puede interesar|te recomendamos|citește și|citeste si|lees ook|läs (också|även)|i\u0307?lgi\u0307?li\u0307? haber|i\u0307?lgi\u0307?ni\u0307?zi\u0307? çekebi\u0307?li\u0307?r|baca juga|czytaj (także|też|również)|читайте также|читайте також|přečtěte si (také|též)|čtěte také|les også|læs også|lue myös|olvassa el (ezt )?is|olvasd el|διαβάστε (επίσης|ακόμη|ακόμα)|اقرأ أيضاً|اقرأ أيضا|यह भी पढ़ें|ये भी पढ़ें|xem thêm|đọc thêm|auch interessant|関連記事|相关(新闻|阅读|报道)|관련\s?기사|함께 보면 좋은 기사|بیشتر بخوانید|بخوانید|קראו עוד|קראו גם|прочитајте још|прочитајте и|pročitajte još|pročitajte i|আরও পড়ুন|আরো পড়ুন|llegeix també|llegiu també|soma pia|soma zaidi|baca juga)\s*[:：]\s*\S|^(also )?read\s*\|\s*\S|^read\s*:\s*\S/;

export const CHROME_PATTERNS: readonly ChromePattern[] = [
  // Wire and syndication legal notices.
  p('legal-disclaimer', 'legal or wire disclaimer',
    /^(legal )?disclaimer\b|\bis part of [^,.]{2,40}, an? (nonprofit|non-profit|independent) news (network|organi[sz]ation|outlet)|\bmaintains editorial independence\b|(might|may) be of (the )?point-in-time nature|does not take institutional positions|(information|content) (contained )?in this (press release|article|story|report) is (provided|supplied) by|without warranty of any kind|provides the information "?as is"?|(do not|does not) (accept|assume) any (responsibility|liability)|views (and opinions )?expressed (in|by) .{0,60}(do not|don't) necessarily (reflect|represent)|is solely responsible for (the|its) content|content (is|was) (provided|supplied) by .{0,40}(partner|provider)|this (article|story|content) (was|is|has been) (auto-?generated|published from a syndicated feed|produced by)|(has not been|was not) edited by .{0,40}staff|(is )?auto-?generated from (a )?syndicated (news )?feed|auto-?generated from [^.]{1,40} (news service|feed|wire)|holds? no responsibility for (its|the) content|unedited and auto-?generated|^our standards: the thomson reuters trust principles|haftungsausschluss|avertissement|aviso legal|makes no representations?|accepts no (responsibility|liability)|provided by the original publisher|for (corrections|copyright concerns)( or (corrections|copyright concerns))?,? please contact/,
    120, 0.95),
  // A "Disclaimer:" label on a line of its own: what follows it is the disclaimer.
  p('legal-disclaimer', 'legal or wire disclaimer', /^(legal )?disclaimer:?$/, 2, 0.95, true),
  p('copyright', 'copyright line',
    /^(©|\(c\)|copyright\b)|©\s?\d{4}|\ball rights reserved\b|this document is subject to copyright|may not be (published|reproduced|copied),? (broadcast|distributed|rewritten)|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|riproduzione riservata|todos os direitos reservados|все права защищены|版权所有|無断転載|registrat[oa] presso il tribunale|dilarang keras mengambil konten|\b(crawling|scraping|pengindeksan otomatis)\b.{0,40}\buntuk ai\b|\btext (and|&) data mining\b/,
    45, 0.9),
  p('newsletter-pitch', 'newsletter pitch',
    /\btilaa (uutiskirje|uutiskirjeemme)\b|\babonează-te la newsletter|\bпідписуйтеся на наш\b|\bподписывайтесь на наш\b|sign (up|me up) (for|to) (our|the|a)\b|subscribe (to|for) (our|the)\b|(our|free|daily|weekly|email) newsletters?\b|daily (email|dose of)\b|(straight |right )?(in|to) your inbox|delivered (daily|weekly|to your inbox)|keeps you (fully )?up to date|want more (stories|articles|news) like this|enter your e-?mail( address)? to (subscribe|receive|get|follow)|by signing up,? you (consent|agree)|subscribe for free|dans votre boîte (mail|e-mail|aux lettres)|in (ihr|ihrem) postfach|en tu (correo|bandeja)|na sua caixa de (e-mail|entrada)|nella tua casella|receive notifications of new (posts|articles|stories) by e-?mail|join (thousands|millions|hundreds|[\d,.]+k?) (of )?(other )?(readers|subscribers|people)|get (our|the) (latest|best) .{0,30}(email|inbox|newsletter)|abonnez-vous|inscrivez-vous|jetzt (abonnieren|anmelden)|suscr[ií]bete|suscr[ií]base|iscriviti|subscreva|inscreva-se|подпишитесь|подписывайтесь|(receba|recibe|reciba) .{0,30}(not[ií]cias|novidades|newsletter|boletim|bolet[ií]n)/,
    45, 0.85),
  // The bare words only on short lines: "a $23 a month subscription" is prose, "Subscribe" is a button.
  p('newsletter-pitch', 'newsletter pitch',
    /\bnewsletters?\b|\bsign up\b|\bsubscribe\b|\bsubscription\b|\bsubscrever\b|\bsuscribirse\b|\bs'abonner\b|\babonnieren\b|\bподписаться\b|\bnyhetsbrev\w*|\bnieuwsbrief\w*|\bprenumerera\b|\babonneer\b|\bbülten\w*|\babonează-te\b|\babonare\b|\babone ol\b|اشترك|النشرة البريدية|নিউজলেটার|সাবস্ক্রাইব|\bsubscriu-te\b|\bbutlletí\b|^je m'inscris$|^inscrivez-vous$|^s'inscrire$|^recevez (chaque|tous les|toutes les|gratuitement)\b/,
    12, 0.85),
  p('publish-promo', '"publish your news" promo',
    /publish (news|your news|a news release|your press release)|submit(ting)? (a|your) (news|press) release|press release distribution|distribute your (press|news)|advertise with us|^advertise with \S+( \S+)?\.?$|become a (contributor|partner)|partner with us|^publique (sua|a sua) (notícia|matéria)|^envie (sua|seu|seus) (notícia|release|comunicado)|^publica tu (noticia|nota de prensa)|^pubblica la tua notizia|^अपनी खबर (हमें )?भेजें/,
    60, 0.9),
  p('popular-list', '"most popular" or "related" list',
    /^(nejčtenější|nejčtenější články|mest lest|mest læste|luetuimmat|luetuimmat uutiset|legolvasottabb|cele mai citite|найпопулярніше|самое читаемое|τα πιο δημοφιλή|đọc nhiều nhất|アクセスランキング|ランキング)$|^(the )?(most (popular|read|viewed|watched|shared|commented)|trending( now| stories| news)?|top (stories|news|headlines)|popular (stories|posts|articles|now)|related( (articles|stories|news|posts|content|coverage|topics|links|reading))?|you (may|might) (also )?(like|enjoy|be interested)|more for you|recommended( for you| stories| articles)?|more (stories|news|articles|headlines|from|on|in|information)\b|read (more|next|also)\b|also read\b|see also\b|editor'?s (picks|choice)|don'?t miss|latest (news|stories|articles|headlines|posts|videos|sport|sports|results)|live scores|mest lästa?|meest gelezen|más leídas|leia mais|läs (också|även|mer)|lees meer|en çok okunan(lar)?|(bunlar da )?ilginizi çekebilir|i\u0307?lgi\u0307?li\u0307? haber(ler)?|further reading|explore further|what to read next|in (other|case you missed)|sponsored (stories|content|links)|around the web|from (the|our) (web|partners)|lesen sie auch|meistgelesen|mehr zum thema|à lire aussi|à lire également|les plus lus|sur le même (sujet|thème)|(ces )?(articles|contenus) (qui )?(peuvent|pourraient) vous intéresser|vous (aimerez|pourriez aimer) aussi|lo más (leído|visto)|te puede interesar|noticias relacionadas|lea también|lee también|leia também|lees ook|baca juga|czytaj (także|też|również)|devamını oku|ayrıca bakınız|mais lidas|potrebbe interessarti|ti potrebbe interessare|potrebbero interessarti|più letti|читайте также|популярное|похожие новости|相关(新闻|文章|阅读|报道)|関連記事|関連ニュース|アクセスランキング|ランキング|관련\s?기사|많이 본 뉴스|संबंधित (खबरें|ख़बरें|समाचार)|tin (liên quan|cùng chuyên mục)|đọc nhiều nhất|auch interessant|das könnte sie auch interessieren|mest leste|mest delt|ultime notizie|اقرأ أيضا|ข่าวที่เกี่ยวข้อง|ข่าวยอดนิยม|el més llegit|el més vist|també et pot interessar|সর্বাধিক পঠিত|সর্বশেষ|پربازدیدترین|پربیننده‌ترین|הנקראים ביותר|најчитаније|najčitanije|zinazosomwa zaidi)\b.{0,40}$/,
    8, 0.85, true),
  p('comments-widget', 'comments widget',
    /^(\d+ )?(comments?|commentaires?|kommentare?|comentarios?|commenti|comentários?|reacties|kommentarer|yorumlar)( \(\d+\))?:?$|^no comments?( yet)?\.?$|leave a (comment|reply)|be the first to comment|post a comment|comments are closed|join the (conversation|discussion)|view comments|show comments|add (a|your) comment|^комментарии$|^(the )?comments? (are|is) the (sole )?responsibility of|\b(lively|civil|respectful) (but (civil|respectful) )?(forum|place|space) for (discussion|debate|conversation)\b|\bplease keep (your )?comments (relevant|respectful|civil|on topic)\b|^(our|community|commenting|comment) (rules|guidelines)$|^read the (rules|community guidelines)( here)?$|^(os )?comentários (são|é) de (inteira |exclusiva )?responsabilidade|^(los )?comentarios son (de )?(exclusiva )?responsabilidad|^i commenti (sono|è) (di )?(esclusiva )?responsabilità|^(comentários|commenti|kommentarer|コメント|评论|網友評論|网友评论|댓글|टिप्पणियां|bình luận)( \(?\d+( ?件)?\)?)?$/,
    12, 0.9, true),
  p('error-banner', 'error message from a broken embed',
    /^(403|404|500|502|503)( error)?$|you (don'?t|do not) have permission to access\b|^(sorry|oops|error)!*$|^error!|page (you (were|are) looking for|you requested|requested) (doesn'?t|does not|could not|cannot|can'?t|no longer) (exist|be found)|page not found|page you (are|were) looking for (might|may) have been removed|(page|article|story|content) (you requested |you are looking for )?is (no longer|not|temporarily) (available|unavailable)|the requested (url|page) was not found|something went wrong|access (denied|forbidden)|please enable javascript|(javascript|cookies) (is|are) (disabled|required)|your browser (does not|doesn'?t) support|failed to load|content (is )?(not|no longer) available|this (video|content|embed) is unavailable|(video|content|page) is not available in your (region|country|area|location)|(page|that page) can'?t be found|nothing (was )?found at this location|maybe try (a|one of the links below or a) search/,
    25, 0.9),
  // A TV or radio station's banners over every page, and the skip link for screen readers.
  p('site-banner', 'site banner',
    /^(skip to (the )?(main )?(content|navigation|article)|skip navigation|zum inhalt springen|aller au contenu|ir al contenido|saltar al contenido)$|^(weather alert|severe weather alert|watch live|live now|listen live|on air now)\s*:/,
    30, 0.85),
  p('cookie-notice', 'cookie notice',
    /クッキー.{0,20}(使用|利用)|cookie.{0,10}を(使用|利用)|\bwe use cookies\b|\bthis (web)?site uses cookies\b|cookie (policy|settings|preferences|consent)|accept (all )?cookies|by continuing to (use|browse) this|manage (your )?(cookie|consent|privacy) (settings|preferences)|\b(utilizamos|usamos) cookies\b|\beste (sitio|site|portal)( web)? (utiliza|usa) cookies\b|\butilisons des cookies\b|continuer sans accepter|continue without accepting|continuar sin aceptar|weiter ohne (zustimmung|einwilligung)|\bce site utilise des cookies\b|\bwir verwenden cookies\b|\bdiese (website|webseite) verwendet cookies\b|\butilizziamo (i )?cookie|\bquesto sito utilizza (i )?cookie|\bмы используем (файлы )?cookie|\b(wij|we) gebruiken cookies\b|\bvi använder (cookies|kakor)\b|çerezler(i)? kullan|çerez politikası|acest site folosește cookie|folosim cookie|política de cookies|politique (de|relative aux) cookies|cookie-richtlinie/,
    60, 0.9),
  p('cookie-notice', 'cookie notice', /^(同意する|同意します|すべて同意|同意して閉じる)$/, 2, 0.8),
  // "We care about the protection of your data. Read our Privacy Policy."
  p('cookie-notice', 'cookie notice', /read our privacy (policy|notice)|we care about (the protection of )?your (data|privacy)|^we value your privacy$|store and\/or access information on a device/, 60, 0.85),
  // A privacy-policy link is chrome; a sentence about privacy law (GDPR, HIPAA) is not.
  p('cookie-notice', 'cookie notice', /^(privacy (policy|settings|notice|preferences|dashboard)|terms( of (use|service))? (and|&) privacy( policy)?|do not sell my (personal )?info(rmation)?)\b/, 6, 0.85),
  p('share-bar', 'share buttons',
    /^(share|teilen|partager|compartir|condividi|compartilhar|compartilhe|comparte|поделиться|dela|deel|paylaş|udostępnij|bagikan|κοινοποίηση|μοιραστείτε|شارك|شارك الخبر)( (this|on|via|the|article|story|post|page|release|artikeln|dit artikel|det|l'article|el artículo|la noticia|o artigo|a notícia|questo articolo))*:?$|^(artikel|beitrag|seite) (teilen|delen)$|share (this|on) (article|story|post|facebook|twitter|x|linkedin|whatsapp)|^(facebook|twitter|x|linkedin|whatsapp|email|print|reddit|telegram|pinterest|copy link)( (facebook|twitter|x|linkedin|whatsapp|email|print|reddit|telegram|pinterest|copy link))*$|^(copier le lien|copy link|link kopieren|copiar (el )?enlace|copia (il )?link|copiar (o )?link|kopiuj link|kopieer link|salin tautan|linki kopyala|αντιγραφή συνδέσμου)$|^((facebook|twitter|x|linkedin|whatsapp|telegram|viber|messenger|email|e-mail) ){2,}(salin tautan|copy link|linki kopyala)$|^(share|teilen|partager|compartir|condividi|compartilhar|поделиться)( this( article| story| post)?)?( (on|sur|en|auf|su|em|via|per|no|na))?\s*:?\s+(facebook|twitter|x|linkedin|whatsapp|email|e-mail|print|reddit|telegram|pinterest|copy link)\b|(share|compartir|teilen|partager|condividi|compartilhar|dela|deel)( \S+){0,2} (facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail)\b.{0,60}\b(facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail)$|follow us on|click to (share|print|email)|^like this:?$|^like loading\.*$|^(tweet|pin it|e-?mail|print)$|^(envoyer par|send by|enviar por|invia per|per) e-?mail( versenden)?$/,
    14, 0.85),
  p('advertisement', 'advertisement label',
    /^(advertisement|advertising|sponsored|ad|ads|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|annons|annonse|publicitate|reklama|iklan|reklam|реклама|διαφήμιση|διαφημιση|إعلان|广告|広告|publicitat|tangazo|פרסומת|تبلیغات|বিজ্ঞাপন)\b.{0,20}$|^(story|article) continues( (below|after)\b.*)?$|^scroll (untuk|ke bawah untuk) (melanjutkan|lanjut) membaca$|^(continua (após a|depois da) publicidade|la suite (après|sous) (la|cette) publicité|(el artículo |la noticia )?(sigue|continúa) (después|tras|debajo) de (la|esta) publicidad|weiter nach der (werbung|anzeige)|(l'articolo )?continua dopo la pubblicità|artikeln fortsätter (efter|under) annonsen|(het )?artikel gaat verder (na|onder) de advertentie|lees (verder|door) (na|onder) de advertentie|(dalsza część|czytaj dalej) (artykułu )?pod reklamą)$|^continue reading( below| the main story)?|^article content$/,
    6, 0.85),
  p('tag-line', 'tags or categories line',
    /^(tags?|topics?|filed under|categories|category|keywords|schlagwörter|étiquettes|etiquetas|etiquetes|oznake|тагови|برچسب‌ها|תגיות|ট্যাগ|meer over|mehr zu|mehr zum thema|plus sur|más sobre|more on|more about|argomenti|tematy|темы)( \/ (tags?|topics?|keywords))?\s*:/,
    40, 0.85),
  p('read-more-link', '"read more" link',
    /^(read the (full|whole|original|rest of the) (story|article)|read more|continue reading|click here|more information|full story|view (more|all)|see (more|all)|load more|show more|show full (article|story)|weiterlesen|lire la suite|leer más|leggi (tutto|anche)|ler mais|подробнее)\b.{0,30}$/,
    8, 0.8),
  // A press wire's link to its own copy of the release, closing it on a syndicator's page, or
  // to a figure's larger version ("To view an enhanced version of Figure 1, please visit:").
  p('read-more-link', '"read more" link', /^we have summari[sz]ed this (news|story|article)\b|^view original content( to download multimedia)?\s*:|^to view (an enhanced|the source|the original|a larger) version of [^.]{1,60}?,? (please )?(visit|click)/, 40, 0.85),
  p('app-promo', 'app or social promo',
    /download (our|the) (.{1,30} )?app\b|get (our|the) app|available on (the )?(app store|google play)|follow (us|@)|follow [^.]{1,40} on (whatsapp|telegram|google news|instagram|facebook|x|twitter)( channels?)?$|join us on (telegram|whatsapp|facebook)|\bon our (telegram|whatsapp) channel\b|like us on facebook|подписывайтесь на (наш|наши) (канал|telegram)|(síguenos|siga-nos|folgen sie uns|suivez-nous) (en|no|nas|auf|sur)\b/,
    30, 0.8),
  // Reader-funded sites ask for money in the article's footer: "Support independent journalism",
  // "make a one-time contribution", "Donate today". Short lines only: a story about a charity
  // that quotes "donate now" runs longer.
  p('support-pitch', 'donation or support pitch',
    /\bsupport ((our|open|independent|local|quality|nonprofit|non-profit|public service|fact-based),? ){1,4}(journalism|reporting|newsroom|news)\b|\bbecome an? (\S+ ){1,3}(supporter|member) (from|for|today)\b|\b(make|give) a (tax-deductible |one-time |monthly |recurring )?(donation|contribution|gift) (to|today|now)\b|\bdonate (now|today)\b|\bbecome a (member|supporter|patron)( today| now)?\b|\bsupport us\b|\bchip in\b/,
    40, 0.85),
  // The box about the author under an article: its heading opens a section of chrome.
  p('author-bio', "author's bio",
    /^(about the author|about the writer|author'?s? bio(graphy)?|author profile|more from this author|sobre el autor|sobre o autor|à propos de l'auteur|über den autor|об авторе)\b.{0,30}$/,
    6, 0.85, true),
  // A video player's teaser labels, on lines of their own. Not a section of chrome: a wire's
  // sports story ends on an "UP NEXT" paragraph of fixtures.
  p('popular-list', '"most popular" or "related" list', /^(up next|next up|watch next|now playing|more videos)$/, 2, 0.85),
  // A photo gallery's counter and buttons: "1 / 5", "Next".
  // "ENDS", "###", "-30-": a press release's end mark; what follows is the wire's or the site's.
  p('end-mark', 'end mark', END_MARK_LINE, 2, 0.8),
  // "Lesezeit: 3 Min.", "Lecture : 3 min", "4 min read": how long the article takes to read.
  p('reading-time', 'reading time', /^(reading time|read time|lesezeit|temps de lecture|lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|lästid|lesetid|læsetid|lukuaika|czas czytania|doba čtení|okuma süresi|waktu baca|время чтения|час читання|timp de citire|olvasási idő|χρόνος ανάγνωσης|thời gian đọc)\s*:?\s*\d+\s*(min|mins|minutes?|minuten|minuti|minutos|minut|minuty|minutter|minuuttia|dakika|menit|минуты?|минут|хвилин[аи]?|perc|λεπτά|phút)?\.?$|^\d+\s*(min|mins|minutes?|minuten|minuti|minutos)\.? (read|de lecture|lesezeit|di lettura|de leitura|de lectura|leestijd)$|^listen to (this|the) (article|story)\b[^.]{0,20}$/, 8, 0.8),
  // "Download Report (PDF | 612.4 KB)", "Télécharger le rapport (PDF, 1,2 Mo)": a file's download link.
  p('file-download', 'file download link', /^(download|descargar|télécharger|herunterladen|scarica|baixar)\b[^.!?]{0,60}[(\[|·,–-]\s*(pdf|docx?|xlsx?|pptx?|zip|epub|csv)\b[^!?]*$|\((pdf|docx?|xlsx?|pptx?|zip|epub|csv)\s*[|,·-]?\s*[\d.,]+\s*([kmg]b|[kmg]o)\)$/, 10, 0.85),
  p('gallery-control', 'photo gallery controls', /^\d{1,3}\s*(\/|of)\s*\d{1,3}$|^(next|previous|prev)( (photo|image|slide))?$|^photo gallery( \(click to enlarge\))?$/, 5, 0.8),
  // A ticker's label over its headlines: "Breaking News:", "Just in".
  p('popular-list', '"most popular" or "related" list', /^(breaking( news)?|just in)\s*:?$/, 2, 0.85, true),
  // A ticker's entry over the page: "SON DAKİKA: Rize-Artvin Havalimanı'nda …", "BREAKING: …".
  p('site-banner', 'site banner', /^(breaking( news)?|just in|son dak[iı]\u0307?ka|última hora|eilmeldung|dernière minute|ultim'ora|ultima ora)\s*:\s*\S/, 25, 0.8),
  // "Ακολουθήστε το … στο Google News", "Google Haberler'de Abone Ol", "تابعوا آخر الأخبار عبر قناتنا على واتساب".
  p('app-promo', 'app or social promo', /(ακολουθήστε|abone ol|تابعوا|ikuti|síguenos|suivez|folgen sie|segui).{0,80}(google news|google haberler|whatsapp|telegram|واتساب|تيليجرام)/, 25, 0.8),
  // "Stay up-to-date with more news at Trend's Telegram channel".
  p('app-promo', 'app or social promo', /\b(stay up-to-date|stay updated|stay tuned|join|follow|subscribe)\b.{0,60}\b(telegram|whatsapp) channels?\b/, 16, 0.8),
  // "Follow Trend on Telegram and get the latest news first": the channel pitch, with its promise.
  p('app-promo', 'app or social promo', /^follow [^.]{1,40} on (whatsapp|telegram|google news|instagram|facebook|x|twitter|linkedin|youtube)\b.{0,50}$|^follow (ap'?s|our|the) (full )?coverage\b/, 16, 0.8),
  // WordPress's share row scraped as one line: "Share this: Click to share on X (Opens in new window) …".
  p('share-bar', 'share buttons', /^((share this|share)\s*:?\s*)?click to (share|print|email)\b/, 80, 0.85),
  // A comment section's house rules: "We want our comments to be a lively and valuable part of
  // our community …".
  p('comments-widget', 'comments widget', /^vos réactions$|^réagir$|\bpas encore de réaction\b|^connectez-vous\b.{0,60}\bpour (réagir|commenter)\b|^we want (our|the) comments( section)? to be\b|^comments are moderated\b|\|\s*\d{1,2} (minutes?|hours?|days?) ago\s*\|\s*reply$/, 80, 0.85),
  // A subscription's sign-up small print: "By providing an email address. I agree to the Terms of Use …".
  p('newsletter-pitch', 'newsletter pitch', /^by providing an email address\b|^subscribe to [^ ]+( [^ ]+)?( plus| premium)?$/, 40, 0.85),
  // A paywall's line inside the article: "Subscribe to Bloomberg.com to keep reading — unlimited
  // access for $1.99 a month." (Rare phrases are anchored or kept short: every pattern joins
  // the union that screens each block, chrome.ts.)
  // A paper's standing pitch under its stories: "… By subscribing to our online newspaper, you
  // can have full digital access to all news …".
  p('support-pitch', 'donation or support pitch', /\bby subscribing to our (online )?(newspaper|publication|site|website)\b/, 80, 0.85),
  p('support-pitch', 'donation or support pitch', /\bhere we are to serve you with news\b|\bit does not cost much,? but (is )?worth your attention\b|\bsubscribe (for|and (get|save)) (\d+|half)%? off\b|^subscribe (to|now)\b.{0,40} to (keep|continue) reading\b|^you have (\d+|one|two|three) (free )?(articles?|stories|stor(y|ies)) (left|remaining)\b/, 40, 0.85),
  // A note that a machine wrote the story: "This article was generated with the support of AI
  // and reviewed by an editor."
  p('legal-disclaimer', 'legal or wire disclaimer', /^this (article|story|content|report) (was|has been) (generated|written|produced|created) (with the (support|help|assistance) of|using|by) (ai|artificial intelligence)\b/, 40, 0.85),
  // A portal's own pitch under the story: "Catch all the latest India News, Weather updates and
  // Breaking News on The Daily …".
  // "Stay up to date with Gulf News on WhatsApp. Join our channel", "Get Breaking News Alerts From …",
  // "We'll send you latest news updates through the day. You can manage them … notification icon."
  p('app-promo', 'app or social promo', /^stay up to date with [^.]{2,40} on (whatsapp|telegram|google news)\b|^get (breaking )?news alerts\b|^we('ll| will) send you (the )?latest news\b|\bclicking on the notification (icon|bell)\b/, 30, 0.8),
  p('app-promo', 'app or social promo', /^catch all the (latest|breaking)\b.{0,120}\b(news|updates)\b/, 40, 0.8),
  // A sportsbook's ad set in a sports story: "Bet on the NBA: … 21+ only. Gambling problem? Call
  // 1-800-GAMBLER."
  // A publisher's appeal set into the story: "Support PREMIUM TIMES' journalism of integrity …",
  // "… quality journalism is more crucial than ever.", "By subscribing, you can help us get the story right."
  p('support-pitch', 'donation or support pitch', /^support [^.]{2,40} journalism\b|\bnot everyone can afford (costly |expensive )?(news )?subscriptions\b|^whether you turn to [^.]{2,40} for\b|^make a (contribution|donation)$|\bquality journalism is more (crucial|important|needed|vital) than ever\b|^by subscribing,? you (can )?help us\b/, 60, 0.85),
  p('advertisement', 'advertisement label', /\bcampaign ad$|^third[- ]party ad\b/, 25, 0.8),
  // A finance portal's upsell: "Unlock Premium Data: Up to 50% OFF InvestingPro", "Should you invest
  // $2,000 in AFLX right now?", "Before you buy stock in AFLX, consider this: …".
  p('support-pitch', 'donation or support pitch', /^should you invest [$€£][\d,.]+ in\b|^before you buy stock in\b|^local journalism matters\b|\bplease consider subscribing\b/, 60, 0.85),
  p('support-pitch', 'donation or support pitch', /\bup to \d+% off\b/, 12, 0.85),
  // AllAfrica's note on its sources, under every story it carries.
  p('legal-disclaimer', 'legal or wire disclaimer', /\ballafrica publishes around\b|\bidentify allafrica\.com as the publisher\b/, 80, 0.9),
  p('read-more-link', '"read more" link', /^read (the )?full (article|story)\b/, 10, 0.85),
  p('share-bar', 'share buttons', /^click here to share\b/, 10, 0.85),
  // A paywall's offer over the story: "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY", "Subscribe
  // now to read the latest news in your city …", "REGISTER / SIGN IN TO UNLOCK MORE ARTICLES".
  p('support-pitch', 'donation or support pitch', /^this (content|article|story) is (reserved|available|only available) (for|to) (subscribers|members)\b|^subscribe now to (read|get|access)\b|^register \/ sign in to unlock\b|^create an account or sign in to continue\b|^(unlimited online )?access (to )?articles from across [^.]{2,30} with one account\.?$|^get exclusive access to the [^.]{2,60}\bepaper\b|^exclusive articles from [^.]{2,60}\bplus\b/, 40, 0.85),
  // Templated news sites' player and slot lines: "This advertisement has not loaded yet, but your
  // article continues below.", "The video will auto-play soon8Cancel". (Their one-word buttons,
  // "Show Caption", "Loading ...", are chrome only in plain text: chrome.ts PLAYER_LINE.)
  p('advertisement', 'advertisement label', /\badvertisement has not loaded yet\b|\bvideo will auto-?play soon/, 16, 0.8),
  p('newsletter-pitch', 'newsletter pitch', /^get the latest (headlines|news|stories)\b|\bwelcome email is on its way\b|\bissue signing you up\b|^sign in or create an account\b|^get the (biggest|latest|top|best) (daily |weekly )?(stories|news|headlines) by email\b|\bwe will use your email address only for\b|^(thank you|thanks) for (subscribing|signing up)\b|^we have more newsletters\b|^email address$|\bregistration on or use of this site constitutes (acceptance|agreement)\b/, 40, 0.85),
  p('share-bar', 'share buttons', /^share this (story|article|post)\s*:/, 30, 0.85),
  p('comments-widget', 'comments widget', /^comments:? our rules$|\breport any comments that break our rules\b/, 20, 0.85),
  p('app-promo', 'app or social promo', /^for the latest (news|headlines)\b.{0,60}\b(head to|visit|download|go to)\b/, 30, 0.8),
  // A listed company's regulatory notice: "This information is subject to the disclosure requirements pursuant to …".
  p('legal-disclaimer', 'legal or wire disclaimer', /\bsubject to the disclosure requirements (pursuant to|of|under)\b/, 60, 0.9),
  // A paywall's lines over the story: "Login or signup to continue reading", "Our journalists work
  // hard to provide local, up-to-date news …", "Bookmark www.…", "Make sure you are signed up for …".
  p('support-pitch', 'donation or support pitch', /\b(log ?in|sign ?up|subscribe|continue)\b.{0,20}\bto continue reading\b|^our journalists work hard\b|^bookmark (www\.|https?:)\S+$|^make sure you('re| are) signed up (for|to)\b|^[$€£]\s?\d+([.,]\d+)?\s*(per|a|\/)\s*(week|month)\s+for (the|your) first\b/, 40, 0.85),
  p('app-promo', 'app or social promo', /^track latest news live on\b/, 30, 0.8),
  p('advertisement', 'advertisement label', /gambling problem\?|1-800-gambler\b|\b(18|21)\+ only\b/, 40, 0.85),
  // A newsletter box's small print: "By subscribing you agree to our Privacy Policy …".
  p('newsletter-pitch', 'newsletter pitch', /^by (subscribing|signing up|clicking (subscribe|sign up)),? you (agree|accept|consent)\b/, 40, 0.85),
  // The Conversation's disclosure statement and partners' note under the article (the notes
  // under the labels are the labels' section).
  p('author-bio', 'about the author', /^(disclosure statement|partners)$/, 2, 0.85, true),
  p('author-bio', 'about the author', /consult, own shares in or receive funding from\b/, 60, 0.85),
  // The article's listen button, a line of its own.
  p('share-bar', 'share buttons', /^listen to (this|the) (article|story)$|^(ouvir|ouça) (esta|a) (notícia|matéria)$|^escuchar (esta )?noticia$|^écouter (cet )?article$|^artikel (anhören|vorlesen)$|^ascolta (questo|l')\s?articolo$/, 4, 0.85),
  // A cookie banner's button left as a line of its own.
  p('cookie-notice', 'cookie notice', /^(accept|aceptar|aceitar|akzeptieren|accepter|accetta|принять|sunt de acord|de acuerdo|d'accord|einverstanden|akkoord|kabul et)( all| todas| tout| alle)?( cookies)?( et fermer| and close| y cerrar| und schließen| e chiudi| e fechar)?$/, 3, 0.8),
  // One related story set inside the article: "Read also: <its headline>", "Lea también: …".
  p('read-more-link', '"read more" link', READ_ALSO, 25, 0.85),
  // Photo credits left as lines of their own under an image: "Natalie Naccache | Bloomberg |
  // Getty Images", "Photo: Jane Doe/AP", "(Photo by John Smith/AFP via Getty Images)". The
  // picture agencies' names, set off by a slash, bar or "via", are specific enough on a short
  // line; a caption that describes the picture runs longer than the cap. ("Video:" and
  // "Graphic:" lines are left alone: they are as often a spec or a link to a chart.)
  // A breadcrumb trail: "Home > Qatar > Transport", "Início » Brasil » Saúde" (» is folded to
  // a double quote). Three sections and more, or two from the home page; each a few words. Or
  // the sections' menu on one line: "Actualitate | Politică | Economie | Sport | Externe".
  p('breadcrumbs', 'breadcrumb trail',
    /^(\S+( \S+){0,3})( [>"›] \S+( \S+){0,3}){2,}$|^(home|start|startseite|accueil|inicio|início|home page|anasayfa|главная|beranda|strona główna|hem|voorpagina|αρχική|الرئيسية)( [>"›»/] \S+( \S+){0,3})*( [>"›»/] \S+( \S+){0,11})$|^(\S+( \S+)?)( \| \S+( \S+)?){3,}$/,
    16, 0.85),
  // Asking readers for tips and corrections: "See a spelling or grammatical error in our story?
  // Please click here to report it.", "Do you have a photo or video of a breaking news story?"
  p('feedback-prompt', 'reader tip or correction prompt',
    /\breport (a|an) (typo|correction|error|mistake)\b|^does this (summary|article|story) (seem|look) (wrong|off|inaccurate|incorrect)\??$|^report (a )?(typo|error|correction)s?$|\b(see|spot|spotted|found|notice|noticed) (a|an) (spelling|grammatical|typo|error|mistake)\b|\b(do you|did you) have a (news )?(tip|photo|video|story)\b|\b(got|have) a (news )?tip\b|\b(send|submit) (us )?(a|your) (news )?tips?\b|\bheb je een tip\b|^feedback to (the )?editors?$|\b(submit|write|send) (us )?a letter to the editor\b|\bhai una segnalazione\b|\btienes una (noticia|pista)\b/,
    40, 0.85),
  p('image-credit', 'photo credit',
    /^\(?(photo|photos|photograph|foto|fotos|credit|credits|photo credit|image credit|image source)\s*(by\b|[:：])|(^|[/|(,:]\s*|\b(via|by) )(getty images|gettyimages|shutterstock|istock(photo)?|ap photo|afp photo|alamy|epa-efe|unsplash|pexels)\b|[.|]\s*(photo|image) (credit|source)\s*[:：]/,
    14, 0.8),
];

/**
 * Wire teasers: "New Delhi [India], March 12 (ANI): …" — a dateline with a
 * wire code opening a line that is cut short. Matched on the original text
 * (case matters for the city) by chrome.ts together with a trailing ellipsis.
 */
export const WIRE_DATELINE = /^[\p{Lu}][\p{L} .'-]{1,40}(\s\[[\p{L} .'-]{2,40}\])?,?\s+(\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)(,?\s+\d{4})?\s*\((ANI|AP|AFP|IANS|PTI|Reuters|UNI|WAM|SPA|KUNA|QNA|BNA|Xinhua|TASS|APA|Anadolu|dpa|Bernama|PNA|Yonhap|Kyodo)\)\s*[:\-–—]/u;
