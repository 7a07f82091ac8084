/**
 * The curated list of news and syndication sites where Winnow runs by itself.
 *
 * This is data, not logic: the manifest's `content_scripts.matches` and
 * `host_permissions` are generated from it at build time (vite.config.ts →
 * `manifestHostPatterns`), so adding a line here is the whole change. How the
 * list was chosen, and the rule for adding to it, is in ./README.md.
 *
 * `host` is a host name; it covers itself and every subdomain
 * (`*://*.<host>/*`). Most entries are registrable domains; a few are news
 * sections of big portals (news.yahoo.com, abcnews.go.com) where the whole
 * portal would be far too broad.
 */

export type SiteGroup = 'syndication' | 'wire' | 'international' | 'regional';

export interface NewsSite {
  host: string;
  name: string;
  group: SiteGroup;
}

const s = (group: SiteGroup) => (host: string, name: string): NewsSite => ({ host, name, group });
const syn = s('syndication');
const wire = s('wire');
const intl = s('international');
const reg = s('regional');

/**
 * Big News Network (Sydney; Mainstream Media) publishes one wire feed under
 * dozens of place-named mastheads. Kenya Star is one of them (its footer says
 * "a Big News Network publication"). Only domains seen in independent
 * syndication measurements (identical headline and story id across the
 * family) are listed; look-alike names that are unrelated local outlets
 * (ghanastar.com, for one) are deliberately absent.
 */
const BIG_NEWS_NETWORK: NewsSite[] = [
  ['bignewsnetwork.com', 'Big News Network'],
  ['kenyastar.com', 'Kenya Star'],
  ['nigeriasun.com', 'Nigeria Sun'],
  ['zimbabwestar.com', 'Zimbabwe Star'],
  ['sierraleonetimes.com', 'Sierra Leone Times'],
  ['africaleader.com', 'Africa Leader'],
  ['arabherald.com', 'Arab Herald'],
  ['middleeaststar.com', 'Middle East Star'],
  ['iranherald.com', 'Iran Herald'],
  ['iraqsun.com', 'Iraq Sun'],
  ['israelherald.com', 'Israel Herald'],
  ['afghanistannews.net', 'Afghanistan News'],
  ['afghanistansun.com', 'Afghanistan Sun'],
  ['pakistantelegraph.com', 'Pakistan Telegraph'],
  ['bangladeshsun.com', 'Bangladesh Sun'],
  ['calcuttanews.net', 'Calcutta News'],
  ['indiagazette.com', 'India Gazette'],
  ['nepalnational.com', 'Nepal National'],
  ['srilankasource.com', 'Sri Lanka Source'],
  ['myanmarnews.net', 'Myanmar News'],
  ['thailandnews.net', 'Thailand News'],
  ['vietnamtribune.com', 'Vietnam Tribune'],
  ['cambodiantimes.com', 'Cambodian Times'],
  ['laosnews.net', 'Laos News'],
  ['malaysiasun.com', 'Malaysia Sun'],
  ['singaporestar.com', 'Singapore Star'],
  ['bruneinews.net', 'Brunei News'],
  ['philippinetimes.com', 'Philippine Times'],
  ['chinanationalnews.com', 'China National News'],
  ['beijingbulletin.com', 'Beijing Bulletin'],
  ['shanghainews.net', 'Shanghai News'],
  ['shanghaisun.com', 'Shanghai Sun'],
  ['hongkongherald.com', 'Hong Kong Herald'],
  ['taiwansun.com', 'Taiwan Sun'],
  ['japanherald.com', 'Japan Herald'],
  ['northkoreatimes.com', 'North Korea Times'],
  ['asiabulletin.com', 'Asia Bulletin'],
  ['southeastasiapost.com', 'Southeast Asia Post'],
  ['azerbaijannews.net', 'Azerbaijan News'],
  ['russiaherald.com', 'Russia Herald'],
  ['europesun.com', 'Europe Sun'],
  ['britainnews.net', 'Britain News'],
  ['irishsun.com', 'Irish Sun'],
  ['parisguardian.com', 'Paris Guardian'],
  ['greekherald.com', 'Greek Herald'],
  ['australiannews.net', 'Australian News'],
  ['sydneysun.com', 'Sydney Sun'],
  ['newzealandstar.com', 'New Zealand Star'],
  ['brazilsun.com', 'Brazil Sun'],
  ['argentinastar.com', 'Argentina Star'],
  ['mexicostar.com', 'Mexico Star'],
  ['jamaicantimes.com', 'Jamaican Times'],
  ['trinidadtimes.com', 'Trinidad Times'],
  ['caribbeanherald.com', 'Caribbean Herald'],
  ['haitisun.com', 'Haiti Sun'],
  ['dominicanrepublicpost.com', 'Dominican Republic Post'],
  ['austinglobe.com', 'Austin Globe'],
  ['batonrougepost.com', 'Baton Rouge Post'],
  ['cincinnatisun.com', 'Cincinnati Sun'],
  ['mainemirror.com', 'Maine Mirror'],
  ['massachusettssun.com', 'Massachusetts Sun'],
  ['milwaukeesun.com', 'Milwaukee Sun'],
  ['neworleanssun.com', 'New Orleans Sun'],
  ['newyorkstatesman.com', 'New York Statesman'],
  ['newyorktelegraph.com', 'New York Telegraph'],
  ['ohiostandard.com', 'Ohio Standard'],
  ['oklahomacitysun.com', 'Oklahoma City Sun'],
  ['oklahomastar.com', 'Oklahoma Star'],
  ['pittsburghstar.com', 'Pittsburgh Star'],
  ['saltlakecitysun.com', 'Salt Lake City Sun'],
  ['sanantoniopost.com', 'San Antonio Post'],
  ['sandiegosun.com', 'San Diego Sun'],
  ['tennesseedaily.com', 'Tennessee Daily'],
  ['texasguardian.com', 'Texas Guardian'],
  ['tucsonpost.com', 'Tucson Post'],
  ['utahindependent.com', 'Utah Independent'],
].map(([host, name]) => syn(host!, name!));

/** Other networks and aggregators that republish wire and press-release copy. */
const SYNDICATION: NewsSite[] = [
  syn('menafn.com', 'MENAFN'),
  syn('allafrica.com', 'AllAfrica'),
  syn('zawya.com', 'Zawya'),
  syn('devdiscourse.com', 'Devdiscourse'),
  syn('news.yahoo.com', 'Yahoo News'),
  syn('finance.yahoo.com', 'Yahoo Finance'),
  syn('msn.com', 'MSN'),
  syn('einpresswire.com', 'EIN Presswire'),
  syn('prnewswire.com', 'PR Newswire'),
  syn('globenewswire.com', 'GlobeNewswire'),
  syn('businesswire.com', 'Business Wire'),
  syn('accesswire.com', 'ACCESSWIRE'),
  syn('newswire.ca', 'Cision Canada'),
  syn('modernghana.com', 'Modern Ghana'),
];

/** News agencies: the copy everyone else republishes. */
const WIRES: NewsSite[] = [
  wire('reuters.com', 'Reuters'),
  wire('apnews.com', 'Associated Press'),
  wire('afp.com', 'AFP'),
  wire('upi.com', 'UPI'),
  wire('aa.com.tr', 'Anadolu Agency'),
  wire('efe.com', 'EFE'),
  wire('ansa.it', 'ANSA'),
  wire('dpa-international.com', 'dpa international'),
  wire('kyodonews.net', 'Kyodo News'),
  wire('yna.co.kr', 'Yonhap'),
  wire('tass.com', 'TASS'),
  wire('xinhuanet.com', 'Xinhua'),
  wire('news.cn', 'Xinhua'),
  wire('aninews.in', 'ANI'),
  wire('ptinews.com', 'Press Trust of India'),
  wire('bernama.com', 'Bernama'),
  wire('antaranews.com', 'Antara'),
  wire('wam.ae', 'WAM'),
  wire('spa.gov.sa', 'Saudi Press Agency'),
  wire('qna.org.qa', 'Qatar News Agency'),
  wire('kuna.net.kw', 'KUNA'),
  wire('ukrinform.net', 'Ukrinform'),
];

/** Outlets read across borders. */
const INTERNATIONAL: NewsSite[] = [
  intl('bbc.com', 'BBC'),
  intl('bbc.co.uk', 'BBC'),
  intl('cnn.com', 'CNN'),
  intl('nytimes.com', 'The New York Times'),
  intl('washingtonpost.com', 'The Washington Post'),
  intl('wsj.com', 'The Wall Street Journal'),
  intl('ft.com', 'Financial Times'),
  intl('bloomberg.com', 'Bloomberg'),
  intl('economist.com', 'The Economist'),
  intl('theguardian.com', 'The Guardian'),
  intl('independent.co.uk', 'The Independent'),
  intl('telegraph.co.uk', 'The Telegraph'),
  intl('aljazeera.com', 'Al Jazeera'),
  intl('dw.com', 'Deutsche Welle'),
  intl('france24.com', 'France 24'),
  intl('rfi.fr', 'RFI'),
  intl('euronews.com', 'Euronews'),
  intl('politico.com', 'Politico'),
  intl('politico.eu', 'Politico Europe'),
  intl('npr.org', 'NPR'),
  intl('cbsnews.com', 'CBS News'),
  intl('nbcnews.com', 'NBC News'),
  intl('abcnews.go.com', 'ABC News'),
  intl('foxnews.com', 'Fox News'),
  intl('usatoday.com', 'USA Today'),
  intl('cnbc.com', 'CNBC'),
  intl('newsweek.com', 'Newsweek'),
  intl('time.com', 'Time'),
  intl('axios.com', 'Axios'),
  intl('thehill.com', 'The Hill'),
  intl('rt.com', 'RT'),
  intl('scmp.com', 'South China Morning Post'),
  intl('globaltimes.cn', 'Global Times'),
  intl('chinadaily.com.cn', 'China Daily'),
  intl('africanews.com', 'Africanews'),
  intl('voanews.com', 'Voice of America'),
  intl('rferl.org', 'Radio Free Europe/Radio Liberty'),
  intl('swissinfo.ch', 'SWI swissinfo.ch'),
];

/** Regional and national outlets, grouped by region. */
const REGIONAL: NewsSite[] = [
  // Africa
  reg('nation.africa', 'Nation'),
  reg('standardmedia.co.ke', 'The Standard (Kenya)'),
  reg('the-star.co.ke', 'The Star (Kenya)'),
  reg('news24.com', 'News24'),
  reg('iol.co.za', 'IOL'),
  reg('dailymaverick.co.za', 'Daily Maverick'),
  reg('punchng.com', 'Punch'),
  reg('vanguardngr.com', 'Vanguard'),
  reg('premiumtimesng.com', 'Premium Times'),
  reg('guardian.ng', 'The Guardian Nigeria'),
  reg('myjoyonline.com', 'MyJoyOnline'),
  reg('graphic.com.gh', 'Graphic Online'),
  reg('monitor.co.ug', 'Daily Monitor'),
  reg('thecitizen.co.tz', 'The Citizen (Tanzania)'),
  reg('newtimes.co.rw', 'The New Times'),
  reg('egypttoday.com', 'Egypt Today'),
  reg('ahram.org.eg', 'Ahram Online'),
  // Middle East
  reg('thenationalnews.com', 'The National'),
  reg('arabnews.com', 'Arab News'),
  reg('gulfnews.com', 'Gulf News'),
  reg('khaleejtimes.com', 'Khaleej Times'),
  reg('timesofisrael.com', 'The Times of Israel'),
  reg('haaretz.com', 'Haaretz'),
  reg('jpost.com', 'The Jerusalem Post'),
  reg('dailysabah.com', 'Daily Sabah'),
  reg('hurriyetdailynews.com', 'Hürriyet Daily News'),
  // South and East Asia
  reg('thehindu.com', 'The Hindu'),
  reg('hindustantimes.com', 'Hindustan Times'),
  reg('timesofindia.indiatimes.com', 'The Times of India'),
  reg('economictimes.indiatimes.com', 'The Economic Times'),
  reg('ndtv.com', 'NDTV'),
  reg('dawn.com', 'Dawn'),
  reg('tribune.com.pk', 'The Express Tribune'),
  reg('thedailystar.net', 'The Daily Star (Bangladesh)'),
  reg('straitstimes.com', 'The Straits Times'),
  reg('channelnewsasia.com', 'CNA'),
  reg('japantimes.co.jp', 'The Japan Times'),
  reg('koreaherald.com', 'The Korea Herald'),
  reg('koreatimes.co.kr', 'The Korea Times'),
  reg('bangkokpost.com', 'Bangkok Post'),
  reg('inquirer.net', 'Philippine Daily Inquirer'),
  reg('thejakartapost.com', 'The Jakarta Post'),
  // Oceania
  reg('abc.net.au', 'ABC (Australia)'),
  reg('smh.com.au', 'The Sydney Morning Herald'),
  reg('nzherald.co.nz', 'The New Zealand Herald'),
  // Europe
  reg('irishtimes.com', 'The Irish Times'),
  reg('rte.ie', 'RTÉ'),
  reg('lemonde.fr', 'Le Monde'),
  reg('spiegel.de', 'Der Spiegel'),
  reg('elpais.com', 'El País'),
  reg('corriere.it', 'Corriere della Sera'),
  reg('euractiv.com', 'Euractiv'),
  reg('kyivindependent.com', 'The Kyiv Independent'),
  reg('themoscowtimes.com', 'The Moscow Times'),
  // Americas
  reg('latimes.com', 'Los Angeles Times'),
  reg('chicagotribune.com', 'Chicago Tribune'),
  reg('bostonglobe.com', 'The Boston Globe'),
  reg('cbc.ca', 'CBC'),
  reg('globalnews.ca', 'Global News'),
  reg('theglobeandmail.com', 'The Globe and Mail'),
  reg('infobae.com', 'Infobae'),
  reg('clarin.com', 'Clarín'),
  reg('jamaica-gleaner.com', 'The Gleaner'),
  reg('jamaicaobserver.com', 'Jamaica Observer'),
];

export const NEWS_SITES: readonly NewsSite[] = Object.freeze([
  ...SYNDICATION,
  ...BIG_NEWS_NETWORK,
  ...WIRES,
  ...INTERNATIONAL,
  ...REGIONAL,
]);
