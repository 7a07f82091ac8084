/**
 * Scraped syndicated pages beyond the two seeds, as plain text: 704 pages written for this test
 * (not taken from the seeds or the datasets) in thirty-one rounds by testers who did not see the
 * engine's rules: 386 from the seeds' two families (MENAFN-style and Big News Network-style
 * reposts), the rest from other syndication (wire reposts on local and regional sites in
 * many countries, press-release portals, TV-station, Yahoo- and MSN-style reposts, aggregators,
 * blog and newsletter reposts, university and government releases, science sites, a live blog,
 * sports and business pages), dozens of them in Spanish, German, French, Russian, Portuguese,
 * Italian, Dutch, Indonesian, Polish, Turkish, Swedish, Romanian, Greek, Arabic, Japanese,
 * Chinese, Korean, Hindi, Vietnamese or other languages.
 * Each NAME.txt has a NAME.expect.json written by a reader before the
 * engine ran: the article's paragraphs, the repeated copies, the metadata lines, the chrome,
 * the title and the source. A list item's marker ("- ", "• ") is layout, not text.
 *
 * Checked by text, as a reader would: each article paragraph exactly once in the clean text;
 * no chrome line and no metadata line in it; each repeated copy flagged `duplicate`; the title
 * and source where the page names them. What the engine still gets wrong is listed below,
 * with why, so that a fix shows up here and a new failure cannot hide among old ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, textToPage } from '../../src/engine/index';

const DIR = new URL('../fixtures/text-pages/', import.meta.url);

interface Expectation {
  title?: string | null;
  source?: string | null;
  content: string[];
  duplicates?: string[];
  meta?: string[];
  chrome?: string[];
}

/** Known gaps: page → the start of each failure it still has, and why. */
const KNOWN_GAPS: Record<string, string[]> = {
  // The closing sentence follows a pull quote, past the two closing lines the region may take.
  'fr_afp_progres.txt': ['paragraph 0x: Les discussions'],

  // Pages from the second, held-out round (c…: the seeds' families; d…: other syndication),
  // written after the fixes above; what they still show:
  // A press release's "About <company>" and forward-looking-statements blocks are long prose;
  // a date-and-source line that is half company name.
  'd04-wire-pr-solar-factory.txt': [
    'chrome in clean text: About Helioplex',
    'chrome in clean text: Helioplex Energy, Inc. designs',
    'chrome in clean text: Forward-Looking',
    'chrome in clean text: This press release contains',
  ],
  // The "Statement by …" line between the headline and the text is taken for the headline.
  'd05-ngo-statement-portal.txt': ['title:'],
  // A live-score ticker over a long headline is taken for it; the sports site's footer (a
  // 13-word newsletter line, "More Cycling") continues the article's run.
  'd06-cycling-stage-results.txt': [
    'chrome in clean text: SportLine',
    'chrome in clean text: Cycling',
    'chrome in clean text: Get the SportLine',
    'chrome in clean text: More Cycling',
    'chrome in clean text: Pogacar',
    "chrome in clean text: Women's WorldTour",
    'title:',
  ],
  // A live blog: headline and standfirst sit above a key-events list, too far from the first
  // entry; the first entry's heading is taken for the headline.
  'd07-liveblog-storm.txt': ['paragraph 0x: Amber wind', 'paragraph 0x: Trains cancelled', 'title:'],
  // An author's bio in prose.
  'd08-opinion-fourday-week-bio.txt': ['metadata in clean text: Laura Mendes is'],

  // Fourth round, held out (f…: the seeds' families; g…: other syndication and five more
  // languages), written after the fixes above; what they still show:
  // the agency named only inside a sentence ("…, Trend reports.") or as the syndicator's credit
  // ("(MENAFN- Jordan News Agency) Amman, Jan. 27 (Petra) --" gives the former).
  'f03_menafn_trend_publishedon_prefixcopy.txt': ['source:'],
  'f10_menafn_petra_long_subheads_bullets_middup.txt': ['source:'],
  // A press release: its date-and-wire line kept as text; the headline and the wire missed.
  'g02_globenewswire_portal_biotech_fls.txt': [
    'title:',
    'source:',
  ],
  // The site's motto over the headline and its longer standfirst-like headline is taken for
  // the headline; a funding note.
  'g05_blog_repost_conversation_wheat.txt': ['metadata in clean text: Anna Lindqvist receives', 'title:'],
  // Stock-quote lines inside the article.
  'g06_business_tickers_chips_pullquote.txt': ['chrome in clean text: NVDA', 'chrome in clean text: AMAT'],
  // The source named only in the byline ("Por … – Repórter da Agência Brasil").
  'g09_ptbr_agenciabrasil_dengue_rewrapdup.txt': ['source:'],
  // Fifth round, held out (h…: the seeds' families; i…: other syndication, six in other
  // languages), written after the fixes above; what they still show:
  // a source named as the page spells it in the dateline ("KNN India" for "KNN").
  'h02_menafn_knn_wrapped_firstpara_twice.txt': ['source:'],
  // German wrapped text again (see g10): the first wrapped line, ending on a number word, is
  // taken for the headline; the standfirst above the source line is left out.
  'i09_de_keystonesda_nachtzug_sitename_bullets_midrepeat.txt': [
    'paragraph 0x: Der Bund soll',
    'paragraph 0x: Der Bundesrat will',
    'not flagged duplicate: Die Beiträge',
    'title:',
    'source:',
  ],
  // A teaser headline under the article that reads as a closing line.
  'i10_it_adnkronos_caldo_wrapped_then_flat_copy.txt': ['chrome in clean text: Incendi in Sardegna'],
  // An abbreviated Portuguese month ("22 out 2024").
  'i11_pt_lusa_porto_cookiefirst_consecutive_dup.txt': ['metadata in clean text: 22 out 2024'],

  // Sixth round, held out (j…: the seeds' families; k…: English-language syndication of other
  // kinds), written after the fixes above; what they still show:
  // a copy reworded beyond small edits (word order, "will be held" for "agreed to hold"); a
  // press release's media-contact line the tester kept as text.
  'j05_menafn_wam_diplomacy_edited_copy_list.txt': ['not flagged duplicate: ABU DHABI', 'not flagged duplicate: The next meeting'],
  'j06_menafn_chainwire_crypto_pr_list_no_dup.txt': ['paragraph 0x: Media contact:'],

  // Seventh round, held out (l…: the seeds' families; m…: other syndication, four in French,
  // Spanish, Polish and Dutch), written after the fixes above; what they still show:
  // the Press Association named only in a caption's "/PA";
  'm04_amp_pa_football.txt': ['source:'],
  // a line the tester read as a standfirst where the page has no headline, taken for the
  // headline.
  'm12_ansa_expat_etna.txt': ['paragraph 0x: Flights diverted', 'title:'],

  // Eighth round, held out (n…: the seeds' families; o…: other syndication in English from
  // Australia, New Zealand, South Africa, the Philippines, Pakistan, Nigeria and Ireland, and in
  // Russian, Greek, Arabic, Turkish and Indonesian), written after the fixes above; what they
  // still show: a photo caption with no credit ("Officials during the inauguration of …");
  'n08_gulftimes_day_surgery.txt': ['chrome in clean text: Officials during'],
  // a paragraph wrapped raggedly at the site's own breaks, its lines going on with capitals
  // ("Center (DEFC) with", "Film Festival Amsterdam"), so it falls apart and its copy too;
  'n10_tehrantimes_salt_doc.txt': ['paragraph 0x: “The Salt Keepers”', 'not flagged duplicate: “The Salt Keepers”'],
  // a view counter ("Просмотры: 1284");
  'o08_tass_chusovaya_bridge.txt': ['chrome in clean text: Просмотры'],
  // Arabic hard-wrapped at 130 to 150 columns: a script without case gives the wrapping no
  // lower-case line starts to go by, the lines stay apart, and too few of them read as body
  // text for the article to run past its list; the caption over it is taken for the headline;
  'o10_wam_mangroves.txt': [
    'paragraph 0x: المشروع يستهدف',
    'paragraph 0x: وتشمل المرحلة',
    'paragraph 0x: - جزيرة الجبيل',
    'paragraph 0x: - محمية مروح',
    'paragraph 0x: - سواحل منطقة',
    'paragraph 0x: - جزيرة السعديات',
    'paragraph 0x: وأكدت الهيئة',
    'paragraph 0x: ويأتي المشروع',
    'title:',
    'source:',
  ],

  // Ninth round, held out (s…: the seeds' families, close to their layouts; t…: English
  // syndication of other kinds), written after the fixes above; what they still show:
  // a press release's contact block, which the tester kept as the release's text (another
  // tester dropped it, see d04);
  's07_prn_nexora_payments.txt': [
    'paragraph 0x: Media Contact:',
    'paragraph 0x: Mei Ling Tan',
    'paragraph 0x: Head of Communications, Nexora',
    'paragraph 0x: [email protected]',
  ],
  's12_chainwire_veltrix.txt': [
    'paragraph 0x: Contact',
    'paragraph 0x: Head of Communications',
    'paragraph 0x: Lena Hoffmann',
    'paragraph 4x: Veltrix Protocol',
    'paragraph 0x: [email protected]',
  ],
  // a source named only by the TV station's name; a menu line of capitalised words over a
  // page with no headline;
  't02_cp_ferry_notitle.txt': ['title:'],
  't08_localtv_upnext.txt': ['source:'],
  // a newsletter sign-up box inside the article (pitch, button, error line, consent prose)
  // that splits it: the text before the box is lost, and the headline with it;
  't03_pa_energy_readmore.txt': [
    'paragraph 0x: Households on variable',
    'paragraph 0x: The energy price cap',
    'paragraph 0x: The cap for a typical',
    'paragraph 0x: However, the daily',
    "chrome in clean text: We use your sign-up",
    'chrome in clean text: Show me',
    'title:',
  ],
  // a "Most Read" wall between the first paragraph and a raggedly wrapped second one;
  't06_bloomberg_copper.txt': ['paragraph 0x: Benchmark three-month'],
  // a column's two-sentence headline with a full stop, its one-line paragraphs, the author's bio;
  't07_wapo_column_bio.txt': [
    'paragraph 0x: When a town cuts',
    'paragraph 0x: So what should',
    'metadata in clean text: Eleanor Vance is',
    'title:',
    'source:',
  ],
  // a blogger's intro the tester counted as chrome, over the reposted story's standfirst.
  't09_substack_repost.txt': ['paragraph 0x: A rent increase'],

  // Tenth round, held out (u…: the seeds' families; v…: other syndication in Portuguese,
  // Italian, German, Japanese, Chinese, Korean, Hindi, Vietnamese, Swedish and English), and
  // eleventh (w…: the seeds' families, as close to their habits as the tester could make them;
  // x…: English syndication of other kinds), written after the fixes above; what they still show:
  // a caption closed by a bare agency code ("… in AlUla governorate. (SPA)");
  'u11_spa_alula_sites_edited_repeat.txt': ['chrome in clean text: Rock art panel'],
  // two teaser headlines under "Leia também:" at the wrap width, read as a wrapped paragraph
  // (the label ends in a colon, so they are not taken for a list under a label);
  'v01_ptbr_folhapress_cesta.txt': ['chrome in clean text: Governo anuncia novo', 'chrome in clean text: Inflação de alimentos'],
  // Korean and Hindi wrapped raggedly: a script without case gives no lower-case line start to
  // go by, and the lines do not reach one width, so they stay apart (and some of the Hindi
  // page's chrome, in no phrase the engine knows, runs into the article);
  'v06_ko_yonhap_misemunji.txt': ['paragraph 0x: 사업장과 공사장도 조업시간', 'paragraph 0x: 국립환경과학원은 이날 수도권과', 'not flagged duplicate: 환경부 수도권대기환경청은 이날'],
  'v07_hi_bhasha_lu.txt': [
    'chrome in clean text: जनमत टाइम्स',
    'chrome in clean text: प्रतीकात्मक तस्वीर',
    'chrome in clean text: (यह खबर सिंडिकेट',
    'chrome in clean text: टैग्स: मौसम, लू,',
    'metadata in clean text: भाषा संजीव नरेश',
  ],
  // a page with no headline whose first paragraph's wrapped line goes on with a name
  // ("… Nyhetsbyrån" / "Direkt har …"): that line is taken for the headline;
  'v09_sv_tt_riksbanken.txt': ['paragraph 0x: Riksbanken lämnar styrräntan', 'paragraph 0x: Beskedet var väntat.', 'title:'],
  // a paragraph pasted twice in a row, the copy edited and both wrapped, one at a capital;
  'v12_en_blog_repost_ap_colorado.txt': ['not flagged duplicate: The agreement still'],
  // a press release's media-contact block, which this tester kept as the release's text;
  'w08_prnewswire_helixa_singapore.txt': [
    'paragraph 0x: Media Contact:',
    'paragraph 0x: Jasmine Tan',
    'paragraph 0x: Head of Communications,',
    'paragraph 0x: media.apac@helixarobotics.com',
    'paragraph 0x: +65 6123 4567',
    'not flagged duplicate: Media Contact:',
    'not flagged duplicate: Jasmine Tan',
    'not flagged duplicate: Head of Communications,',
    'not flagged duplicate: media.apac@helixarobotics.com',
    'not flagged duplicate: +65 6123 4567',
  ],
  // a headline over an "In Short" box of bullets, too far above the article;
  'x05_pti_heatwave.txt': ['title:'],
  // sources named only as a byline ("Submitted by City of Brookhaven") or a publisher's line
  // over the headline ("The Independent").
  'x09_pressrelease_water_main.txt': ['source:'],
  'x11_independent_potholes.txt': ['source:'],
  // the headline printed again over a reprinted body, which this tester counts as a duplicate:
  // the engine flags it as chrome (headline-repeat), since a duplicate names a block of the
  // text as its original and the headline is the title, not text;
  'r04_dailysabah_sport.txt': ['not flagged duplicate: Galatasaray Edge'],
  // a photo's caption inside the text with no credit or label to tell it from a sentence.
  'r11_globenewswire_tech.txt': ['chrome in clean text: Kestrel X2 docking station'],

  // Round 15 (ab…: English aggregators; ac…: agency copy in eight other languages):
  // a finance portal's preview of the story (its lead, a "Most Read" box, two paragraphs,
  // "Story continues") over the full text, which the engine reads as the story's copy;
  'ab05_yahoofinance_jgb.txt': ['paragraph 0x: (Bloomberg) -- Japan', 'not flagged duplicate: (Bloomberg) -- Japan', 'title:'],
  // a photo caption credited "(Shutterstock)", which this tester keeps as text and others as chrome;
  'ab09_arabnews_exports.txt': ['paragraph 0x: Re-exported machinery'],
  // a headline-less page whose masthead line ("Correio do Alto Minho") is taken for the headline;
  'ac04_pt_correioaltominho_pontedelima.txt': ['title:'],
  // a Russian standfirst wrapped onto a line that starts with a capitalised name ("Свердловской
  // области"), so the standfirst is taken for the headline.
  'ac07_ru_uralskiyvestnik_tramvay.txt': ['paragraph 0x: Строительство ведется', 'title:'],

  // Round 16 (ad…: the seeds' families; ae…: wire copy on local and regional sites):
  // a paywall's preview (headline, standfirst, byline, "Continue or signup to continue
  // reading" and the offer's list) over the full story, which the engine reads as the story's
  // top: it takes a line of the offer for the headline and drops the standfirst;
  'ae04_coastmercury_regional_rents.txt': ['paragraph 0x: Renters in regional NSW', 'title:'],
  // an older version of a paragraph with other figures ("58 cases" for "61"), which the tester
  // counts as its copy: the engine takes blocks whose figures differ for entries of a list
  // built alike, not copies (see the repetition step).
  'ae12_salinaledger_whooping_cough.txt': ['not flagged duplicate: The Kansas Department'],

  // Round 17 (af…: the seeds' families, made harder; ag…: press releases, blog and newsletter
  // reposts, sports and entertainment wire stories):
  // a list item marked with an em dash and wrapped onto "72 hours.", whose repeat the engine
  // does not pair (an em dash opens a quotation in many languages, so it is no list mark);
  'af04_menafn_tns_chargers.txt': ['not flagged duplicate: — Operators must keep'],
  // the headline printed again in a box of related releases or stories, which these testers
  // count as a duplicate (the engine flags it as chrome: the headline is no text); a release's
  // source named as its issuer where the engine names the wire that carried it ("Business
  // Wire", "GlobeNewswire", "EIN Presswire"), as earlier testers wanted;
  'ag01_businesswire_financeportal_chipmaker.txt': ['not flagged duplicate: Veltrix Semiconductor Introduces VX-9', 'source:'],
  'ag02_globenewswire_industrysite_salmon.txt': [
    'paragraph 0x: The company said average',
    'chrome in clean text: Sponsored: Cut feed waste',
    'not flagged duplicate: The company said average',
    'not flagged duplicate: Nordhav Aqua reports record',
    'source:',
  ],
  // a local site's press-release section: "News provided by" / the issuer over the release, its
  // distribution notice, and a weather line over the headline taken for it;
  'ag03_prnewswire_localnews_cancercenter.txt': [
    'chrome in clean text: Press Releases',
    'chrome in clean text: Press releases are distributed',
    'metadata in clean text: News provided by',
    'metadata in clean text: Cedar Ridge Health System',
    'title:',
  ],
  // a release's date line with the wire's name;
  'ag04_einpresswire_nichesite_kayak.txt': [
    'metadata in clean text: June 3, 2026 ·',
    'not flagged duplicate: Lindqvist Paddle Works Launches',
    'source:',
  ],
  // a Medium-style repost: the headline and standfirst told apart wrongly under the site's
  // buttons, and the source named only by an address ("Originally published at https://…");
  'ag05_substack_repost_mediumlike_zoning.txt': [
    'paragraph 0x: Permit data from 2024',
    'not flagged duplicate: Our city legalized fourplexes',
    'not flagged duplicate: Permit data from 2024',
    'title:',
    'source:',
  ],
  // authors' introductions, bios and disclosures written as sentences, which the testers read
  // as metadata; statements' preambles ("The following statement was issued by …");
  'ag06_conversation_universitysite_teensleep.txt': [
    'metadata in clean text: Priya Raman, associate professor',
    'metadata in clean text: Priya Raman receives funding',
    'not flagged duplicate: Why teenagers can’t fall',
  ],
  'ag07_thinktank_aggregator_farmrelief.txt': ['metadata in clean text: Elena Varga is a', 'source:'],
  'ag08_govstatement_localsite_boilwater.txt': [
    'metadata in clean text: The following statement was',
    'metadata in clean text: MEDIA STATEMENT',
    'not flagged duplicate: Boil-water notice lifted for',
    'source:',
  ],
  // a gallery's caption read as text.
  'ag11_apentertainment_tvsite_premieregallery.txt': ['metadata in clean text: This image released by', 'not flagged duplicate: ‘The Lantern Keepers’ opens'],

  // Round 18 (ah…: the seeds' families, all read as expected at first sight; ai…: agency copy
  // on English-language sites in Asia, Africa and the Middle East):
  // a photo caption whose credit is a dash and the agency's name ("… Batu Pahat. — Bernama"),
  // which also closes paragraphs of text;
  'ai01_thestar_johor_floods.txt': ['chrome in clean text: Flood victims rest at'],
  // readers' comments written as sentences under no comment label the engine knows;
  'ai03_tribune_polio_campaign.txt': ['chrome in clean text: Good effort but in', 'chrome in clean text: Thank you to all'],
  // a picture's caption ("… Post File Photo") over the headline taken for it, and the standfirst
  // under them dropped; its copy then unpaired;
  'ai04_kathmandupost_tourist_arrivals.txt': ['paragraph 0x: Arrivals up 7.4 percent', 'not flagged duplicate: India remained the largest', 'title:'],
  // a share button's label ("Share options") and a tags line without its label;
  'ai07_jakartapost_bulog_rice.txt': ['chrome in clean text: Share options', 'chrome in clean text: Bulog rice food-security Ramadan'],
  // a one-line paragraph pasted again with "five" for "5", too short to compare;
  'ai08_inquirer_dengue_visayas.txt': ['not flagged duplicate: Children aged 5 to'],
  // a caption and a video's title under "Go to video" inside the article.
  'ai09_africanews_sudan_camps.txt': ['chrome in clean text: Displaced Sudanese gather at', 'chrome in clean text: Go to video', 'chrome in clean text: Sudan: Displaced families struggle'],

  // Rounds 19 to 21 (aj…, al…, an…: the seeds' families; ak…: aggregators and releases; am…:
  // agency copy in ten other languages; ao…: agency copy on English-language sites in Asia and
  // Africa), all written after the fixes above; what they still show:
  // a credited caption ("… Everest permits in each of the last three spring seasons. Image
  // Credit: AFP") that this page's tester kept as text, where the testers of later rounds
  // (ao10: "… Image Credit: WAM") read such lines as the picture's;
  'ab10_gulfnews_everest.txt': ['paragraph 0x: Climbers make their way'],
  // a wrapped copy whose lines end where sentences do ("… Leerstandsabgabe ein." / "Die
  // Kontrolle … schwierig:" / "Landesweit …"), so it falls apart into three blocks, the last
  // edited ("rund" for "mehr als") and so no copy on its own.
  'am07_de_apa-tirol-freizeitwohnsitze.txt': ['not flagged duplicate: Laut Land Tirol'],
  // Round 22's ap… (the seeds' families carrying press releases): this round's tester was told
  // to read a release's "About <company>" section and forward-looking statements as chrome;
  // the testers of the rounds before, not told, kept them as the release's text (ag…, g02,
  // h03, i04, j06, k10, m03, q04, r08, r11, s07, s12, u09, w08, y05, y06, y12 …), and the
  // engine keeps them as text. So too the source: this tester named the wire that carried a
  // release (ap09: "PR Newswire"), earlier ones its issuer's "SOURCE" line (ag01, m03).
  'ap01_menafn-prn-coldchain.txt': ['chrome in clean text: About Polarline Logistics', 'chrome in clean text: Polarline Logistics operates 23'],
  'ap02_menafn-gnw-ferry-q4.txt': ['chrome in clean text: Forward-looking statements', 'chrome in clean text: This announcement contains certain', 'chrome in clean text: About Skagerrak Ferries ASA', 'chrome in clean text: Skagerrak Ferries ASA operates'],
  'ap03_menafn-bw-sodium-battery.txt': ['chrome in clean text: About Voltaris Energy', 'chrome in clean text: Voltaris Energy designs and'],
  'ap04_menafn-ein-dental-ai.txt': ['chrome in clean text: About Brightbite Dental Group', 'chrome in clean text: Brightbite Dental Group is'],
  'ap05_menafn-accesswire-remittance.txt': ['chrome in clean text: About Kestrel Pay Inc.', 'chrome in clean text: Kestrel Pay Inc. (OTCQB:KSTP)', 'chrome in clean text: Forward-Looking Statements', 'chrome in clean text: This press release contains'],
  'ap06_menafn-chainwire-restaking.txt': ['chrome in clean text: About Helvetix', 'chrome in clean text: Helvetix is a Zug-based'],
  'ap07_menafn-newsfile-gold-drill.txt': ['chrome in clean text: About Northcrest Minerals Corp.', 'chrome in clean text: Northcrest Minerals Corp. is'],
  'ap08_menafn-zawya-dubai-warehouse.txt': ['chrome in clean text: Founded in 2009, Gulf'],
  'ap09_bnn-prn-solar-storage.txt': ['chrome in clean text: About Sunridge Power', 'chrome in clean text: Sunridge Power develops, builds,', 'source:'],
  'ap11_bnn-gnw-eczema-trial.txt': ['chrome in clean text: About Aldermoor Therapeutics', 'chrome in clean text: Aldermoor Therapeutics plc is', 'chrome in clean text: Forward-Looking Statements', 'chrome in clean text: This press release contains'],
  'ap12_bnn-bw-retail-acquisition.txt': ['chrome in clean text: About Harbourline Retail Group', 'chrome in clean text: Harbourline Retail Group Limited'],
  // Round 22's aq… (agency copy in twelve more languages) and ar… (syndicated copy on templated
  // local sites in the US, UK, Canada, Ireland and Australia), written after the fixes above;
  // what they still show: a Japanese teaser cut off with "…" whose copy of the lead is too
  // short a run of characters to pair;
  'aq12_ja_kyodo-hokkaido-oyuki.txt': ['not flagged duplicate: 強い冬型の気圧配置の影響で'],
  // an "AI-assisted summary" of key points in sentences, which the tester read as chrome;
  'ar02_great-lakes-ice.txt': ['chrome in clean text: Ice covered less', 'chrome in clean text: Open water can', 'chrome in clean text: Researchers say one'],
  // a pull quote's attribution line ("— Paul Harnish, Aspen Ridge Health");
  'ar05_examiner-rural-births.txt': ['chrome in clean text: — Paul Harnish,'],
  // the whole body printed again wrapped at another width with a word changed, the changed
  // paragraph's copy split where its lines end on sentence ends;
  'ar07_newsquest-pa-broadband.txt': ['not flagged duplicate: Work is expected'],
  // a paywall's preview of two paragraphs over the offer and the full text (see ae04): the
  // headline and standfirst above the preview are lost;
  'ar08_postmedia-cp-drought.txt': ['paragraph 0x: Soil moisture across', 'title:'],
  // the paper named on the line under the reporter's name ("Eilís Dolan" / "Irish Independent"),
  // read as the byline's, not as the source.
  'ar11_kerryman-indo-audiology.txt': ['source:'],
  // Round 23 (as…: the seeds' families, 10 of 12 at first sight, now all; at…: a dozen other
  // kinds of syndicated page), written after the fixes above; what at… still shows: a science
  // site's "Story Source:" label; a subheading the page names like a teaser box ("Up next");
  // a two-line headline whose second line is a place's name alone ("… road repairs in" /
  // "Tairāwhiti"); a bare "Save" button; a weather service's alert set as a story (its
  // headline, issuer line and team byline); a trade site's sponsored line, and the wire
  // (not the issuer) the tester named as a release's source (see ap09).
  'at02_sciencedaily_fungi.txt': ['chrome in clean text: Story Source:'],
  'at03_fieldlevel_hoops_boxscore.txt': ['paragraph 0x: Up next'],
  'at08_eastland_rnz_roads.txt': ['title:'],
  'at09_newslens_aljazeera_heatwave.txt': ['chrome in clean text: Save'],
  'at11_kidw_nws_winterstorm.txt': ['metadata in clean text: By KIDW 6', 'metadata in clean text: Winter Storm Warning issued', 'title:', 'source:'],
  'at12_tiw_prnewswire_azores.txt': ['chrome in clean text: Sail the Norwegian', 'source:'],
  // Round 24 (au…: the seeds' families, 9 of 12 at first sight), written after the fixes above:
  // a Q&A whose headline opens on "Q&A:" over a bare place line ("Doha"), and whose copy drops
  // the "Q:" and "A:" marks, too short a question to pair.
  'au04_qa-solar-desal.txt': ['metadata in clean text: Doha', 'not flagged duplicate: How much water', 'title:'],
  // Round 25 (av…: the seeds' families, 12 of 12 at first sight; aw…: other syndication, 5 of 12,
  // now 8): an earlier version of a paragraph with other figures ("40 vehicles … by midday"
  // against "50 … by early afternoon"; "12 morts" against "14 morts"); two teasers' headlines
  // as long as the page's wrapped lines, read as one wrapped paragraph; a race's results table
  // set under an advertisement after the story; the wire, not the issuer, as a release's source.
  'aw02_regional_ap_wyoming_blizzard.txt': ['not flagged duplicate: The Wyoming Highway Patrol'],
  'aw06_afp_cyclone_madagascar.txt': ["chrome in clean text: La Réunion", 'chrome in clean text: Comores', 'chrome in clean text: Commentaires (4)', 'not flagged duplicate: Antananarivo (AFP)'],
  'aw09_afp_sports_biathlon_results.txt': ['paragraph 0x: World Cup overall', 'paragraph 0x: 1. Halvorsen', 'paragraph 0x: 2. Lindqvist', 'paragraph 0x: 3. Brandt', 'paragraph 0x: 4. Arnaud', 'paragraph 0x: 5. Solberg'],
  'aw10_prnewswire_battery_recycling.txt': ['source:'],
  // Round 27 (az…: the seeds' families on a scraper's bad day, 4 of 12 at first sight, now 8;
  // ba…: agency copy on English-language sites, 5 of 12, now 7): the headline printed again as
  // the body's first line or a teaser, which these testers count as a duplicate (the engine
  // flags it as chrome: the headline is no text); copies reworded beyond small edits or with
  // another figure ("minus 7C" for "minus 8C": entries of a list built alike differ so); a
  // paywall's offer over the story; a paragraph wrapped over four lines, too few to tell the
  // page's width, whose second line opens on a name; an author's bio read as text.
  'az03_aqaba_amman_water.txt': ['not flagged duplicate: Aqaba-Amman Water'],
  'az05_shade_trees_heat.txt': ['not flagged duplicate: - Why Shade Trees'],
  'az07_arctic_cargo_record.txt': ['not flagged duplicate: Arctic shipping route'],
  'az10_china_laos_railway.txt': ['not flagged duplicate: China-Laos Railway'],
  'ba02_wam_uae_eid_holiday.txt': ['not flagged duplicate: The announcement comes after'],
  'ba08_pa_snow_ice_warnings_local.txt': ['not flagged duplicate: Yellow weather warnings'],
  'ba05_tass_moscow_bishkek_train.txt': ['not flagged duplicate: Tickets will go on sale'],
  'ba06_aap_bulk_billing_paywall.txt': ['paragraph 0x: Regional patients', 'chrome in clean text: *Billed as', 'title:'],
  'ba10_conversation_coral_microbes.txt': ['paragraph 0x: Colonies that stayed', 'metadata in clean text: Priya Ramanathan is', 'not flagged duplicate: Colonies that stayed'],
  // Round 28 (bb…: the seeds' families with unusual articles, 8 of 12 at first sight, now 9;
  // bc…: agency copy in twelve more languages, 3 of 12, now 5): an opinion column's closing
  // author bio (these testers read it as metadata); a paragraph wrapped raggedly onto a name;
  // headlines and dates in Thai, Persian, Hebrew, Swahili, Portuguese and Bengali pages that
  // the engine does not tell from the lines around them (a breadcrumb, a consent banner's
  // line, a "Published:" line); a dateline in Persian or Thai digits and months; a Hebrew
  // and a Swahili page whose paragraphs and their repeats the engine pairs the other way;
  // a Catalan newsletter pitch longer than the pattern's cap; a Catalan credit line.
  'bb02_africa_debt_opinion.txt': ['metadata in clean text: Wanjiru Kamau, a former'],
  'bb03_oil_gold_market_wrap.txt': ['not flagged duplicate: US crude inventories fel'],
  'bc03_tna_namtalehnun_bkk.txt': ['chrome in clean text: อ่านข่าวที่เกี่ยวข้อง :', 'chrome in clean text: ข่าวที่เกี่ยวข้อง', 'metadata in clean text: 15 ต.ค. 2567 | 09:35 น.', 'title:'],
  'bc04_irna_hoshdar_havashenasi.txt': ['metadata in clean text: ۲۴ مهر ۱۴۰۳، ۱۰:۲۵', 'title:'],
  'bc05_reuters_europa_clipper_he.txt': ['paragraph 0x: החללית הגדולה ביותר שפית', 'not flagged duplicate: החללית הגדולה ביותר שפית', 'title:', 'source:'],
  'bc06_xinhua_bandari_mombasa_sw.txt': ['paragraph 0x: Kwa mujibu wa KPA, reli', 'paragraph 0x: Bandari ya Mombasa ni mo', 'not flagged duplicate: Kwa mujibu wa KPA, reli', 'not flagged duplicate: Bandari ya Mombasa ni mo', 'title:'],
  'bc09_lusa_barragens_algarve.txt': ['chrome in clean text: Início', 'metadata in clean text: 14 Out 2024, 12:47', 'title:'],
  'bc10_acn_verema_emporda.txt': ['chrome in clean text: Subscriu-te al butlletí', 'metadata in clean text: ACN Figueres', 'metadata in clean text: Notícia elaborada amb in'],
  'bc12_bss_ilish_nishedhagya.txt': ['title:'],
  // Round 30 (be…: agency copy on English-language sites in ten countries, 7 of 12 at first
  // sight, now 9): a teaser of the lead with another figure ("three" for "four"); a Reach-style
  // page whose standfirst sits among its menu's and newsletter box's lines; a comment policy
  // under "Comments" past the story, with the site's name in it.
  'be01_kxrt_ap_tornadoes.txt': ['not flagged duplicate: Tornadoes and violent thun'],
  'be02_cheshireecho_pa_potholes.txt': ['paragraph 0x: Breakdowns caused by potho', 'chrome in clean text: Cheshire Echo Live', 'chrome in clean text: News', 'chrome in clean text: Join the Cheshire Echo Liv'],
  'be12_prairiesentinel_cp_homesales.txt': ['chrome in clean text: Prairie Sentinel', 'chrome in clean text: Comments', 'chrome in clean text: Prairie Sentinel Media is'],
  // Round 31 (bf…: the seeds' families, 10 of 12 at first sight): a portal's line under the
  // source and date lines with no full stop, which these testers read as the standfirst and
  // earlier testers (aj04, au07) as the headline; the engine takes the short one for the
  // headline and leaves the long one out.
  'bf11_polyus_yakutia_gold.txt': ['paragraph 0x: The Kyuchus deposit in Yak', 'not flagged duplicate: The Kyuchus deposit in Yak', 'title:'],
  'bf12_japan_rice_price_fall.txt': ['paragraph 0x: Average retail price of 5-', 'not flagged duplicate: Average retail price of 5-'],
};

const norm = (s: string): string =>
  s.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
const count = (hay: string, needle: string): number => hay.split(needle).length - 1;
const LIST_MARKER = /^(?:[-•*–·▪●]\s+|\d{1,3}[.)]\s+)/u;

/**
 * One source, however the page and the tester spell it: "The Canadian Press" is "Canadian
 * Press", "Trend News Agency" is "Trend", "Emirates News Agency (WAM)" names both "Emirates News Agency" and "WAM", and an
 * agency's initials are its name ("AP" is "Associated Press", "AAP" "Australian Associated
 * Press"), and so are its spaces ("GLOBE NEWSWIRE" is "GlobeNewswire"). A different outlet
 * ("Reuters" for "AFP") is a different source.
 */
const AGENCY_IN_ENGLISH: Record<string, string> = {
  'тасс': 'TASS',
  'укрінформ': 'Ukrinform',
  'укринформ': 'Ukrinform',
  'απε-μπε': 'ANA-MPA',
  'ttxvn': 'VNA',
  '共同': 'Kyodo',
  '共同通信': 'Kyodo',
  '時事': 'Jiji',
  '時事通信': 'Jiji',
  '新华社': 'Xinhua',
  '연합뉴스': 'Yonhap',
  'ایرنا': 'IRNA',
  'танјуг': 'Tanjug',
  'бета': 'Beta',
  'বাসস': 'BSS',
  'สำนักข่าวไทย': 'TNA',
  'רויטרס': 'Reuters',
};

// (Keyed as the comparison reads a name: NFKC writes Thai's sara am, ำ, as two marks.)
const AGENCY_BY_NAME = new Map(Object.entries(AGENCY_IN_ENGLISH).map(([name, english]) => [norm(name), english]));

function sameSource(got: string | null, want: string): boolean {
  // A masthead's domain ending and an agency's generic words say no more: "Big News Network.com"
  // is "Big News Network", "Trend News Agency" is "Trend", "Agencia EFE" is "EFE", "PA Media" is "PA".
  // (Nor does a company's legal form: "Newsfile Corp" is "Newsfile".)
  const bare = (n: string): string => n.replace(/\.(?:com|net|org)$/, '').replace(/\b(?:news|agency|agencia|agência|agence|agenzia|media|corp|inc|ltd|llc|plc)\b\.?/g, ' ').replace(/\s+/g, ' ').trim();
  const names = (s: string): string[] => {
    const n = norm(s).replace(/^the\s+/, '');
    const both = /^(.+?)\s*\((.+)\)$/.exec(n);
    // ("GlobeNewswire - Nasdaq": the wire and the feed it files for.)
    const feed = /^(.+?)\s+-\s+\S.*$/.exec(n);
    const all = both ? [n, both[1]!.replace(/^the\s+/, ''), both[2]!] : feed ? [n, feed[1]!] : [n];
    return [...all, ...all.map(bare).filter((b) => b.length >= 2)];
  };
  // (With or without its small words: "PTI" is "Press Trust of India", "VOA" "Voice of America",
  // "AFP" "Agence France-Presse".)
  const initials = (n: string, all: boolean): string =>
    n.split(/[\s-]+/).filter((w) => all || !['the', 'of', 'and', '&'].includes(w)).map((w) => w[0]).join('');
  const abbreviates = (short: string, long: string): boolean => !short.includes(' ') && long.includes(' ') && (short === initials(long, false) || short === initials(long, true));
  const same = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '') || abbreviates(a, b) || abbreviates(b, a);
  if (got === null) return false;
  // An agency named in its own script or language is the same agency ("ТАСС" is "TASS").
  const english = (n: string): string => AGENCY_BY_NAME.get(norm(n)) ?? n;
  const g = names(english(got));
  const w = names(english(want));
  return g.some((a) => w.some((b) => same(a, b)));
}

function failures(name: string): string[] {
  const raw = readFileSync(new URL(name, DIR), 'utf8');
  const exp = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.expect.json'), DIR), 'utf8')) as Expectation;
  const a = analyze(textToPage(raw));
  const clean = norm(a.cleanText);
  const paragraphs = a.cleanText.split(/\n\s*\n/).map(norm);
  const inArticle = (line: string): boolean => exp.content.some((p) => norm(p).includes(norm(line)));
  const out: string[] = [];
  for (const p of exp.content) {
    // A list item's marker ("- ", "• ", "2. ") is layout: the clean text holds the item's words.
    // A line the clean text holds as a paragraph of its own is counted as such (a heading,
    // "Forward-Looking Statements", whose words a paragraph below also says); else wherever it
    // occurs (a paragraph the engine joined to another, or split).
    const want = norm(p.replace(LIST_MARKER, ''));
    const whole = paragraphs.filter((q) => q === want).length;
    const n = whole > 0 ? whole : count(clean, want);
    if (n !== 1) out.push(`paragraph ${n}x: ${p}`);
  }
  for (const line of exp.chrome ?? []) if (norm(line).length >= 3 && !inArticle(line) && clean.includes(norm(line))) out.push(`chrome in clean text: ${line}`);
  // A metadata line is checked as its own block: a source line ("Associated Press") may also
  // occur inside a sentence of the text.
  for (const line of exp.meta ?? []) {
    if (a.blocks.some((b) => b.verdict === 'content' && norm(b.text) === norm(line))) out.push(`metadata in clean text: ${line}`);
  }
  for (const line of exp.duplicates ?? []) {
    const blocks = a.blocks.filter((b) => norm(b.text) === norm(line.replace(LIST_MARKER, '')) || norm(b.text) === norm(line));
    if (!blocks.some((b) => b.verdict === 'duplicate' && b.duplicateOf !== null)) out.push(`not flagged duplicate: ${line}`);
  }
  if ('title' in exp && norm(a.title ?? '') !== norm(exp.title ?? '')) out.push(`title: ${a.title} (want ${exp.title})`);
  if (typeof exp.source === 'string' && !sameSource(a.source, exp.source)) out.push(`source: ${a.source} (want ${exp.source})`);
  return out;
}

const pages = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('plain-text syndicated pages beyond the seeds', () => {
  it('has the pages', () => {
    expect(pages.length).toBe(704);
  });

  it.each(pages)('%s: the reading view a reader expects', (name) => {
    const known = KNOWN_GAPS[name] ?? [];
    const found = failures(name);
    expect(found.filter((f) => !known.some((k) => f.startsWith(k)))).toEqual([]);
    // A listed gap that no longer occurs is news: take it off the list.
    expect(known.filter((k) => !found.some((f) => f.startsWith(k)))).toEqual([]);
  });
});
