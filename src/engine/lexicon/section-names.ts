/**
 * Names news sites give their sections, in the languages Winnow reads (canonical: lower case).
 * A line of plain text made mostly of them is the site's menu flattened by the scrape
 * ("Home Firenze Prato Pisa … Sport Cultura Video"), never a headline.
 */
export const SECTION_NAMES: ReadonlySet<string> = new Set(
  (
    // English
    'home news latest local national world business economy markets money finance politics opinion ' +
    'sport sports culture entertainment lifestyle travel health science tech technology weather video videos ' +
    'photos podcasts crime education environment region regional international community obituaries classifieds ' +
    'jobs announcements puzzles property motoring e-edition releases ' +
    // a sports page's tabs, a trade site's sections
    'scores schedule standings stats teams players odds recap play-by-play box score ' +
    'hotels airlines cruise destinations events ' +
    // Portuguese, Spanish, Italian
    'início inicio notícias noticias nacional internacional mundo brasil política politica economia economía ' +
    'desporto esportes deportes opinião opinión cultura sociedade sociedad sucesos necrologia classificados ' +
    'edição impressa salute cronaca esteri spettacoli motori tecnologia ' +
    // French, German, Dutch
    'accueil actualités actualites france monde société societe économie sports régions ' +
    'startseite nachrichten politik wirtschaft kultur panorama regionales reise wetter ' +
    'nieuws binnenland buitenland economie cultuur opmerkelijk ' +
    // Polish, Russian, Turkish, Indonesian
    'wiadomości kraj świat kultura ogłoszenia nekrologi gospodarka ' +
    'главная новости политика экономика общество происшествия спорт культура афиша мир регион ' +
    'gündem ekonomi spor dünya siyaset magazin ' +
    'berita nasional ekonomi olahraga teknologi daerah hiburan ' +
    // Romanian, Czech, Ukrainian, Nordic, Hungarian
    'actualitate actualitati economie social cultură cultura meteo externe politică ' +
    'zprávy domácí zahraničí ekonomika kultura počasí ' +
    'новини політика економіка суспільство ' +
    'nyheter inrikes utrikes ekonomi innenriks utenriks økonomi indland udland kotimaa ulkomaat talous urheilu ' +
    'belföld külföld gazdaság kultúra sport'
  ).split(/\s+/),
);
