import { describe, expect, it } from 'vitest';
import { analyze, makeBlock, emptyHints } from '../../src/engine/index';
import { canonical, fingerprint } from '../../src/engine/normalize';
import { findRepetition, repeatKey } from '../../src/engine/repetition';
import { measure } from '../../src/engine/measure';
import { settingsFor } from '../../src/engine/settings';
import { cleanTitle, leadingCredit, opensWireStory, sourceOf, toBcp47, toIsoDate, wireOpener } from '../../src/engine/meta';
import { CHROME_PATTERNS } from '../../src/engine/lexicon/chrome-phrases';
import { textToPage } from '../../src/engine/text';
import type { Block, Container, PageInput } from '../../src/engine/types';

const para = (n: number, seed: string) =>
  Array.from({ length: n }, (_, i) => `${seed}${i % 7 === 0 ? ',' : ''} the ${['report', 'minister', 'treaty', 'talks', 'city', 'market'][i % 6]} of ${i}`).join(' ') + '.';

const ARTICLE = [
  'The city council voted on Tuesday to expand the tram network, a decision that will add twelve stops and cost an estimated 400 million euros over the next decade.',
  'Supporters said the expansion would cut car traffic in the old town, where narrow streets are often jammed during the morning rush, and help the city meet its climate targets.',
  'Opponents, including several shop owners, argued that years of construction would drive customers away and that the money would be better spent on buses.',
  'The mayor, who has championed the project since her election, said work would begin next spring and that the first new stops would open within three years.',
];

function page(texts: string[], containers: Container[] = [], containerOf: number[] = []): PageInput {
  const blocks: Block[] = texts.map((t, i) => makeBlock(i, t, { container: containerOf[i] ?? -1 }));
  return { blocks, containers, hints: emptyHints() };
}

describe('normalize', () => {
  it('folds case, quotes, dashes, whitespace and zero-width characters', () => {
    expect(canonical('“Hello” — it’s\u200b  HERE…')).toBe(`"hello" - it's here...`);
    expect(fingerprint('It’s “here”')).toBe(fingerprint("it's   \"HERE\""));
    expect(fingerprint('a')).not.toBe(fingerprint('b'));
  });
  it('keys repeats without their end decoration', () => {
    expect(repeatKey(canonical('Moscow will honor its commitments ...'))).toBe(repeatKey(canonical('Moscow will honor its commitments')));
  });
});

describe('repetition', () => {
  const s = settingsFor('balanced');
  const items = (texts: string[]) => texts.map((t, i) => measure(makeBlock(i, t), null));

  it('groups exact repeats after normalisation', () => {
    const r = findRepetition(items([ARTICLE[0]!, ARTICLE[1]!, ARTICLE[0]!.replace(/,/g, ' ,').toUpperCase()]), s);
    expect(r.groups).toEqual([[0, 2]]);
  });

  it('finds a paragraph pasted again with small edits', () => {
    const edited = ARTICLE[1]!.replace('narrow streets', 'narrow lanes').replace('climate targets', 'climate goals');
    const r = findRepetition(items([ARTICLE[1]!, ARTICLE[2]!, edited]), s);
    expect(r.groups).toEqual([[0, 2]]);
    expect(r.similarity(0, 2)).toBeGreaterThan(0.6);
    expect(r.similarity(0, 2)).toBeLessThan(1);
  });

  it('finds a teaser cut off with an ellipsis inside the paragraph it teases', () => {
    const teaser = ARTICLE[0]!.slice(0, 90).replace(/\s\S*$/, '') + '…';
    const r = findRepetition(items([ARTICLE[0]!, ARTICLE[1]!, teaser]), s);
    expect(r.containedIn[2]).toBe(0);
  });

  it('does not pair unrelated paragraphs', () => {
    const r = findRepetition(items(ARTICLE), s);
    expect(r.groups).toEqual([]);
    expect([...r.containedIn]).toEqual([-1, -1, -1, -1]);
  });

  it('finds an edited copy set right under its paragraph, even a little less alike', () => {
    // A few words changed in a thirty-word paragraph: under the near-copy threshold of word
    // pairs, but nearly every word is the paragraph's, and it sits right under it.
    const original = 'Als Grund für den Rückstand nennen Branchenvertreter unter anderem die langwierigen Genehmigungsverfahren und die begrenzte Tiefe der Elbe. Große Containerschiffe können den Hafen nur bei Flut voll beladen anlaufen.';
    const edited = 'Als Grund für den Rückstand nennen Branchenvertreter vor allem die langwierigen Genehmigungsverfahren sowie die begrenzte Tiefe der Elbe. Große Containerschiffe können Hamburg nur bei Flut voll beladen anlaufen.';
    const r = findRepetition(items([ARTICLE[0]!, original, edited, ARTICLE[1]!]), s);
    expect(r.similarity(1, 2)).toBeLessThan(s.nearDuplicate);
    expect(r.groups).toEqual([[1, 2]]);
    // Further apart, the usual threshold holds.
    expect(findRepetition(items([original, ARTICLE[0]!, ARTICLE[1]!, edited]), s).groups).toEqual([]);
  });

  it('does not take entries of a list built alike for copies: their figures differ', () => {
    const entries = [
      'For weight loss, a realistic rate is 0.5-1% of body weight per week, which for most people means one or two pounds a week at most.',
      'For muscle gain, a realistic rate is 0.25-0.5% of body weight per week, which for most people means one or two pounds a month at most.',
    ];
    expect(findRepetition(items(entries), s).groups).toEqual([]);
    // A copy may add a figure or drop one: those of one block are all the other's.
    const withYear = entries[0]!.replace('per week,', 'per week in 2025,');
    expect(findRepetition(items([entries[0]!, ARTICLE[0]!, withYear]), s).groups).toEqual([[0, 2]]);
  });

  it('stays linear: a thousand identical teasers form one group', () => {
    const many = Array.from({ length: 1000 }, () => 'Read the latest on the tram network expansion and what it means for you');
    const r = findRepetition(items(many), s);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]).toHaveLength(1000);
  });
});

describe('decide: the kept copy is the one inside the article', () => {
  it('marks a teaser box above the article as the duplicate, not the article paragraph', () => {
    const containers: Container[] = [
      { id: 0, parent: -1, tag: 'body', role: null, words: [], itemprop: '', visible: true },
      { id: 1, parent: 0, tag: 'div', role: null, words: ['trending'], itemprop: '', visible: true },
      { id: 2, parent: 0, tag: 'article', role: null, words: ['story', 'body'], itemprop: 'articlebody', visible: true },
    ];
    const texts = [ARTICLE[0]!, ...ARTICLE];
    const a = analyze(page(texts, containers, [1, 2, 2, 2, 2]));
    expect(a.blocks[0]!.verdict).toBe('duplicate');
    expect(a.blocks[0]!.duplicateOf).toBe(1);
    expect(a.blocks[1]!.verdict).toBe('content');
    expect(a.cleanText.split('\n\n')).toEqual(ARTICLE);
  });

  it('flags chrome inside the article container by its words and keeps the paragraphs', () => {
    const texts = [...ARTICLE.slice(0, 2), 'Sign up for our daily newsletter to get the latest news in your inbox.', ...ARTICLE.slice(2)];
    const a = analyze(page(texts, [{ id: 0, parent: -1, tag: 'article', role: null, words: [], itemprop: '', visible: true }], texts.map(() => 0)));
    expect(a.blocks[2]!.verdict).toBe('boilerplate');
    expect(a.blocks[2]!.reasons[0]!.code).toBe('newsletter-pitch');
    expect(a.cleanText.split('\n\n')).toEqual(ARTICLE);
  });

  it('flags a donation or support pitch inside the article, not a story that mentions donations', () => {
    const pitch = 'Support independent journalism: make a one-time contribution today.';
    const story = 'The charity asked residents to donate now, and by Friday the appeal had raised more than forty thousand pounds for the flooded homes along the river, the organisers said, and the council promised to match every pound given before the end of the month.';
    const texts = [...ARTICLE.slice(0, 2), story, ...ARTICLE.slice(2), pitch];
    const a = analyze(page(texts, [{ id: 0, parent: -1, tag: 'article', role: null, words: [], itemprop: '', visible: true }], texts.map(() => 0)));
    const last = a.blocks[texts.length - 1]!;
    expect(last.verdict).toBe('boilerplate');
    expect(last.reasons[0]!.code).toBe('support-pitch');
    expect(a.blocks[2]!.verdict).toBe('content');
  });

  it('flags a photo credit left on a line of its own, not a sentence that names a picture agency', () => {
    const credits = ['Natalie Naccache | Bloomberg | Getty Images', '(Photo by Jane Doe/AFP via Getty Images)', 'Photo: John Smith/AP'];
    const story = 'The agency, which licenses pictures to Getty Images and Shutterstock, said its photographers had been turned away at the border twice this month.';
    const texts = [...ARTICLE.slice(0, 1), credits[0]!, ...ARTICLE.slice(1, 2), credits[1]!, story, ...ARTICLE.slice(2), credits[2]!];
    const a = analyze(page(texts, [{ id: 0, parent: -1, tag: 'article', role: null, words: [], itemprop: '', visible: true }], texts.map(() => 0)));
    for (const credit of credits) {
      const b = a.blocks.find((x) => x.text === credit)!;
      expect(b.verdict).toBe('boilerplate');
      expect(b.reasons.map((r) => r.code)).toContain('image-credit');
    }
    expect(a.blocks.find((x) => x.text === story)!.verdict).toBe('content');
  });

  it('honours the reader’s corrections', () => {
    const texts = [...ARTICLE, 'Legal Disclaimer: the provider supplies the information as is without warranty of any kind.'];
    const a = analyze(page(texts), {
      corrections: [
        { fingerprint: fingerprint(texts[4]!), action: 'keep' },
        { fingerprint: fingerprint(ARTICLE[3]!), action: 'flag' },
      ],
    });
    expect(a.blocks[4]!.verdict).toBe('content');
    expect(a.blocks[4]!.reasons[0]!.code).toBe('reader-kept');
    expect(a.blocks[3]!.verdict).toBe('boilerplate');
    expect(a.blocks[3]!.reasons[0]!.code).toBe('reader-flagged');
  });

  it('learns a site template from memory', () => {
    const texts = [...ARTICLE, 'Our weekly column on city life returns next week with more stories from the neighbourhoods.'];
    const fp = fingerprint(texts[4]!);
    const a = analyze(page(texts), { memory: { site: 'example.com', templateThreshold: 3, pagesWithBlock: (f) => (f === fp ? 3 : 0) } });
    expect(a.blocks[4]!.verdict).toBe('boilerplate');
    expect(a.blocks[4]!.reasons[0]).toMatchObject({ code: 'site-template', params: { pages: 3, site: 'example.com' } });
  });

  it('gives every block exactly one verdict with at least one reason and a score in 0..1', () => {
    const a = analyze(page([...ARTICLE, para(30, 'x'), 'Share', 'Comments']));
    for (const b of a.blocks) {
      expect(['content', 'duplicate', 'boilerplate', 'meta']).toContain(b.verdict);
      expect(b.reasons.length).toBeGreaterThan(0);
      expect(b.score).toBeGreaterThanOrEqual(0);
      expect(b.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('metadata helpers', () => {
  it('parses dates to ISO 8601', () => {
    expect(toIsoDate('12 Mar 2025, 18:32 GMT+10')).toBe('2025-03-12T08:32:00.000Z');
    expect(toIsoDate('March 12, 2025')).toBe('2025-03-12T00:00:00.000Z');
    expect(toIsoDate('2025-03-12T10:00:00+02:00')).toBe('2025-03-12T08:00:00.000Z');
    expect(toIsoDate('not a date')).toBeNull();
  });
  it('normalises language tags', () => {
    expect(toBcp47('en_us')).toBe('en-US');
    expect(toBcp47('EN')).toBe('en');
    expect(toBcp47('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(toBcp47('')).toBeNull();
  });
  it('reads source credits', () => {
    expect(sourceOf('(RT.com)')).toBe('RT.com');
    expect(sourceOf('RT.com')).toBe('RT.com');
    expect(sourceOf('Source: Reuters')).toBe('Reuters');
    expect(sourceOf('This article was originally published on The Conversation.')).toBe('The Conversation');
    expect(sourceOf('Russia deeply values its relationship with China.')).toBeNull();
  });
  it('reads sources from wire datelines and syndication credits', () => {
    expect(sourceOf('Big News Network.com')).toBe('Big News Network.com');
    expect(wireOpener('NEW YORK/LONDON, June 3 (Reuters) - Stocks fell')).toBe('Reuters');
    expect(wireOpener('București, 5 iun /Agerpres/ - Guvernul a aprobat')).toBe('Agerpres');
    expect(wireOpener('The minister said (AP) nothing')).toBeNull();
    expect(opensWireStory('SEVILLA, 25 Mar. (EUROPA PRESS) - Los embalses')).toBe(true);
    expect(opensWireStory('(ICMR) and the All India Institute')).toBe(false);
    expect(leadingCredit('(MENAFN- Emirates News Agency (WAM)) ABU DHABI, 21st January')).toBe('WAM');
    expect(leadingCredit('(MENAFN- Trend News Agency) BAKU, Azerbaijan')).toBe('Trend News Agency');
  });
  it('strips the site name from a title', () => {
    expect(cleanTitle('Russia Rejects Anti-China Alliances | MENAFN.COM', 'MENAFN.COM')).toBe('Russia Rejects Anti-China Alliances');
    expect(cleanTitle('Tram network to grow - The Daily Bugle', null)).toBe('Tram network to grow');
  });
});

describe('decide: which near copy is kept', () => {
  // 14% longer: a different 20% length step, yet no fuller text.
  const edited = ARTICLE[1]!.replace('and help the city', 'and would also, in the end, help the city');
  it('keeps the article’s own copy over a slightly longer edited re-paste', () => {
    const texts = [...ARTICLE, edited];
    const a = analyze(page(texts));
    expect(a.blocks[1]!.verdict).toBe('content');
    expect(a.blocks[4]!.verdict).toBe('duplicate');
    expect(a.blocks[4]!.duplicateOf).toBe(1);
  });

  it('keeps the same even when the edited copy comes first in the article', () => {
    const texts = [ARTICLE[0]!, edited, ...ARTICLE.slice(2), ARTICLE[1]!];
    const a = analyze(page(texts));
    expect(a.blocks[1]!.verdict).toBe('content');
    expect(a.blocks[4]!.verdict).toBe('duplicate');
  });

  it('prefers a clearly fuller copy (≥ 1.2× longer): the paragraph, not its summary', () => {
    const short = ARTICLE[1]!.split(',')[0]! + ' and help the city meet its climate targets.';
    const texts = [short, ...ARTICLE.slice(0, 1), ...ARTICLE.slice(1)];
    const a = analyze(page(texts));
    const kept = a.blocks.filter((b) => b.verdict === 'content').map((b) => b.text);
    expect(kept).toContain(ARTICLE[1]);
  });
});

describe('chrome phrases in other scripts', () => {
  const codes = (text: string): string[] => CHROME_PATTERNS.filter((p) => p.re.test(canonical(text))).map((p) => p.code);
  it('match words that end on an accent or are spelt in another script', () => {
    expect(codes('Publicité')).toContain('advertisement');
    expect(codes('Pubblicità')).toContain('advertisement');
    expect(codes('Реклама')).toContain('advertisement');
    expect(codes('Подписаться')).toContain('newsletter-pitch');
    expect(codes('Читайте также: Путин провёл встречу')).toContain('read-more-link');
    expect(codes('Мы используем файлы cookie')).toContain('cookie-notice');
  });
  it('still stop at the end of a word', () => {
    expect(codes('Advertisements are everywhere in the city')).toEqual([]);
    expect(codes('Publicitéss')).toEqual([]);
  });
});

/** A plain-text page of these lines, analysed. */
const read = (lines: string[]) => analyze(textToPage(lines.join('\n')));

describe('plain-text repeats and chrome', () => {
  const body = [
    'The Ministry of Water and Irrigation will launch the tender for the second phase of the desalination project next month, officials said.',
    'Ministry spokesperson Omar Salameh said that rainfall this season reached only 61 per cent of the long-term average, leaving storage low.',
    'Under the summer plan, water distribution schedules in Amman and Zarqa will be adjusted starting in June, with some areas moving to fortnightly supply.',
    'The first water from the project is expected to reach Amman by 2029.',
  ];
  it('keeps the article’s own last paragraph when the reprinted body ends on a fuller copy of it', () => {
    const fuller = 'The first water from the project is expected to reach Amman by 2029, according to the ministry’s latest timetable.';
    const a = read(['Jordan to launch desalination tender', ...body, ...body.slice(0, 3), fuller, 'Most popular stories']);
    expect(a.blocks.find((b) => b.text === body[3])?.verdict).toBe('content');
    expect(a.blocks.find((b) => b.text === fuller)?.verdict).toBe('duplicate');
  });
  it('reads the text under a "Disclaimer:" label as the disclaimer, and a long Title Case headline as the headline', () => {
    const headline = 'Jordan To Launch Tender For Aqaba-Amman Desalination Project Phase Two As Water Deficit Widens Amid Record Low Rainfall This Winter';
    const note = 'The views, content and information in this article are provided by the original publisher and reproduced here as received.';
    const a = read([headline, ...body, 'Disclaimer:', note, 'Most popular stories']);
    expect(a.title).toBe(headline);
    expect(a.blocks.find((b) => b.text === note)?.verdict).toBe('boilerplate');
  });
  it('flags a divider line and a web address alone on its line, and starts the article under a headline set over its metadata', () => {
    const a = read([
      'You have 2 free articles remaining this month.',
      'Business',
      'Jordan to launch desalination tender',
      'Reuters',
      'Published March 12, 2025 at 10:02 a.m. ET',
      ...body,
      '___',
      'https://images.example.com/files/desalination_fig1.jpg',
      'Most popular stories',
    ]);
    expect(a.title).toBe('Jordan to launch desalination tender');
    expect(a.source).toBe('Reuters');
    expect(a.cleanText.split('\n\n')).toEqual(body);
    expect(a.blocks.find((b) => b.text === '___')?.reasons[0]?.code).toBe('separator');
    expect(a.blocks.find((b) => b.text.startsWith('https://'))?.verdict).toBe('boilerplate');
  });
});

describe('plain-text bylines without "By"', () => {
  const body = [
    'The Ministry of Water and Irrigation will launch the tender for the second phase of the desalination project next month, officials said.',
    'Ministry spokesperson Omar Salameh said that rainfall this season reached only 61 per cent of the long-term average, leaving storage low.',
    'Under the summer plan, water distribution schedules in Amman and Zarqa will be adjusted starting in June, with some areas moving to fortnightly supply.',
  ];
  it.each([
    ['Raheema Nasser | The Peninsula', 'Raheema Nasser'],
    ['Raheema Nasser • The Peninsula', 'Raheema Nasser'],
    ['Lorenzo Santos, Senior Lecturer in Atmospheric Science, Monash University', 'Lorenzo Santos'],
  ])('"%s" names %s', (line, name) => {
    const a = read(['Jordan to launch desalination tender', line, 'March 12, 2025', ...body]);
    expect(a.byline).toBe(name);
    expect(a.blocks.find((b) => b.text === line)?.verdict).toBe('meta');
    expect(a.cleanText.split('\n\n')).toEqual(body);
  });
});

describe('plain-text headlines', () => {
  const body = [
    'De Zeelandbrug is dinsdagochtend urenlang afgesloten geweest voor al het verkeer vanwege zware windstoten, meldde Rijkswaterstaat.',
    'De brug ging om 06.30 uur dicht en werd rond 11.00 uur weer opengesteld voor personenauto\'s en bestelwagens.',
    'Het omleidende verkeer zorgde voor lange files richting de Westerscheldetunnel en op de N57 in de ochtendspits.',
  ];
  it('takes the upper of two stacked lines for the headline and the longer one under it for the standfirst', () => {
    const a = read(['Zeelandbrug urenlang dicht door zware windstoten', 'Ook bij de Westerscheldetunnel staan lange files door omleidend verkeer', 'Vandaag, 09:14', ...body]);
    expect(a.title).toBe('Zeelandbrug urenlang dicht door zware windstoten');
    expect(a.cleanText.startsWith('Ook bij de Westerscheldetunnel')).toBe(true);
  });
  it('does not take a short kicker over the headline for it, nor a site name', () => {
    const a = read(['WEATHER ALERT: Wind Advisory in effect', 'Freight train derails near Ohio village, forcing evacuation of about 200 homes', 'By JULIE CARR Associated Press', 'Published: Mar. 6, 2025 at 11:14 AM EST', ...body]);
    expect(a.title).toBe('Freight train derails near Ohio village, forcing evacuation of about 200 homes');
    expect(read(['Turkmenistan News', 'TASS', '05 Mar 2025, 14:10 GMT+10', ...body]).title).toBeNull();
  });
  it('reaches a long headline over a sentence standfirst, the source and date lines, share buttons and a caption', () => {
    const standfirst = 'Les syndicats maintiennent leur appel à la grève générale contre la réforme des pensions. Les voyageurs sont invités à reporter leurs déplacements.';
    const a = read([
      'Grève nationale de lundi : la SNCB prévoit un train sur trois sur la plupart des lignes',
      standfirst,
      'Belga',
      'Publié le 27/03/2025 à 14h18',
      'Partager sur Facebook',
      'Partager sur X',
      'Copier le lien',
      "Photo d'illustration. © BELGA PHOTO THOMAS MICHIELS",
      'La SNCB prévoit de faire circuler en moyenne un train sur trois lundi, jour de grève nationale interprofessionnelle, a-t-elle annoncé jeudi.',
      'Sur les lignes Bruxelles-Liège, Bruxelles-Namur et Bruxelles-Gand, un train InterCity par heure devrait être assuré dans chaque sens.',
      'Les trains internationaux vers Paris et Amsterdam circuleront normalement, selon la société, qui conseille de vérifier son trajet la veille.',
      'Les abonnés pourront se faire rembourser une partie de leur abonnement mensuel, a précisé la direction dans un communiqué publié jeudi après-midi.',
      "Dans les grandes gares, du personnel supplémentaire sera présent pour informer les voyageurs et les orienter vers les trains qui circulent encore.",
      "Les syndicats estiment que la réforme des pensions pénalise particulièrement les cheminots, dont l'âge de départ serait relevé de plusieurs années.",
    ]);
    expect(a.title).toBe('Grève nationale de lundi : la SNCB prévoit un train sur trois sur la plupart des lignes');
    expect(a.cleanText.startsWith(standfirst)).toBe(true);
    expect(a.cleanText).not.toContain('Partager');
    expect(a.cleanText).not.toContain('BELGA PHOTO');
  });
  it('reads "Name Name, The Canadian Press" as a byline, not a headline', () => {
    const a = read(['Ottawa tightens air passenger rules', 'Christopher Reynolds, The Canadian Press', ...body]);
    expect(a.title).toBe('Ottawa tightens air passenger rules');
    expect(a.byline).toBe('Christopher Reynolds');
  });
  it('over the byline, takes a long headline over a longer standfirst, stepping over "Listen to this article"', () => {
    const a = read([
      'Home | News | Sport',
      'Dozens of flood warnings in place as more heavy rain sweeps across northern England',
      'Residents along the rivers Ouse, Aire and Wharfe have been told to prepare for further disruption',
      'By Harriet Sloane, PA',
      'Published: 27th January 2025, 7:58am',
      'Listen to this article · 4 min',
      ...body,
    ]);
    expect(a.title).toBe('Dozens of flood warnings in place as more heavy rain sweeps across northern England');
    expect(a.cleanText.startsWith('Residents along the rivers')).toBe(true);
  });
  it('never takes the entry under "Up Next" or a line of hashtags for the headline', () => {
    const a = read([
      'Trending Topics: #Durga Puja | #Assam Floods | #ISL 2024-25',
      'Explosion at grain elevator in central Nebraska injures 3 workers',
      'Two of the workers were flown to an Omaha hospital with serious burns, the sheriff said.',
      'Author: Associated Press',
      'Published: 4:18 PM CST March 4, 2025',
      'Now Playing',
      '0:00 / 1:47',
      'Up Next',
      'Sheriff: Two arrested after pursuit ends in cornfield near Kearney',
      ...body,
    ]);
    expect(a.title).toBe('Explosion at grain elevator in central Nebraska injures 3 workers');
    expect(a.cleanText.startsWith('Two of the workers')).toBe(true);
    expect(a.cleanText).not.toContain('Sheriff');
  });
});

describe('plain-text credits', () => {
  const body = [
    'The Bank of Ghana kept its main policy rate unchanged at 27% on Tuesday, saying inflation was falling faster than it had expected.',
    'Annual consumer inflation slowed to 19.6% in February from 23.8% in January, official data showed last week.',
    'Economists at an Accra-based investment bank said they now expected the first rate cut at the bank’s May meeting.',
  ];
  it('reads the story’s closing credits as metadata that does not name the page’s author', () => {
    const credits = ['(Reporting by Ana Mano; Editing by Susan Fenton)', 'Associated Press writer Sara Cline in Baton Rouge contributed to this report.', 'kwol/ pzaj/'];
    const a = read(['Ghana holds key rate at 27%', 'By Kwame Adjei-Boateng', ...body, ...credits]);
    for (const c of credits) expect(a.blocks.find((b) => b.text === c)?.verdict).toBe('meta');
    expect(a.byline).toBe('Kwame Adjei-Boateng');
    // A sentence that opens with "Reporting by" is text.
    const sentence = 'Reporting by Reuters revealed that the central bank had sold part of its gold reserves last year.';
    expect(read(['Ghana holds key rate at 27%', ...body, sentence]).blocks.find((b) => b.text === sentence)?.verdict).toBe('content');
  });
  it('names the source from a byline with the wire, a wire’s sign-off, a repost’s "From …:" line', () => {
    expect(read(['Ghana holds key rate at 27%', 'Par Le Journal du Littoral avec AFP', ...body]).source).toBe('AFP');
    expect(read(['Ghana holds key rate at 27%', ...body, 'WAM/Hatem Mohamed/Tariq alfaham']).source).toBe('WAM');
    expect(read(['Ghana holds key rate at 27%', 'From the Millbrook Herald:', ...body]).source).toBe('Millbrook Herald');
    expect(read(['Ghana holds key rate at 27%', '(MENAFN- Trend News Agency)', ...body]).source).toBe('Trend News Agency');
    expect(read(['Ghana holds key rate at 27%', ...body, 'Provided by The Conversation']).source).toBe('The Conversation');
    const repost = 'This story was originally published by Stateline, part of States Newsroom, a nonprofit news network supported by grants.';
    const a = read(['Ghana holds key rate at 27%', ...body, repost]);
    expect(a.source).toBe('Stateline');
    expect(a.blocks.find((b) => b.text === repost)?.verdict).toBe('meta');
  });
  it('names the wire that closes the last paragraph, or a byline, and wires that are also words only in capitals', () => {
    expect(read(['Ghana holds key rate at 27%', ...body.slice(0, 2), `${body[2]} (PNA)`]).source).toBe('PNA');
    expect(read(['Ghana holds key rate at 27%', ...body, 'Haber-Kamera: Kemal Aydın/GİRESUN, (DHA)']).source).toBe('DHA');
    expect(read(['Ghana holds key rate at 27%', 'Aoife Brennan, PA', ...body]).source).toBe('PA');
    expect(read(['Ghana holds key rate at 27%', ...body, '(NAN)(www.nannews.ng)']).source).toBe('NAN');
    expect(read(['Ghana holds key rate at 27%', ...body, 'App']).source).toBeNull();
    const signoff = 'AGERPRES/(AS - autor: Andreea Stoica, editor: Marius Popa, editor online: Irina Dumitru)';
    const a = read(['Ghana holds key rate at 27%', ...body, signoff]);
    expect(a.source).toBe('AGERPRES');
    expect(a.blocks.find((b) => b.text === signoff)?.verdict).toBe('meta');
    expect(read(['Ghana holds key rate at 27%', 'AFP', 'Hiroshi NAKAMURA', ...body]).byline).toBe('Hiroshi NAKAMURA');
  });
  it('reads the paper a syndicator credits, an aggregator’s outlet line and more credit forms as the source', () => {
    const credited = read(['Kuwait Times', '8/2/2025', 'Ghana holds key rate at 27%', `(MENAFN- Kuwait Times) ${body[0]}`, ...body.slice(1)]);
    expect(credited.source).toBe('Kuwait Times');
    expect(credited.blocks[0]?.verdict).toBe('meta');
    expect(read(['Ghana holds key rate at 27%', 'Ohio Valley Herald · 3h', ...body]).source).toBe('Ohio Valley Herald');
    expect(read(['Ghana holds key rate at 27%', 'Listen to this article · 4 min', ...body]).source).toBeNull();
    const assist = '--With assistance from Priya Raman.';
    expect(read(['Ghana holds key rate at 27%', ...body, assist]).blocks.find((b) => b.text === assist)?.verdict).toBe('meta');
  });
  it('reads two reporters’ names without "By" as the byline, not the headline', () => {
    const a = read(['Copper Hits Record as Chilean Mine Stoppage Deepens Supply Fears', 'Mariana Colós and Eshe Mwangi', 'Bloomberg', ...body]);
    expect(a.title).toBe('Copper Hits Record as Chilean Mine Stoppage Deepens Supply Fears');
    expect(a.byline).toBe('Mariana Colós and Eshe Mwangi');
  });
  it('reads lines of Greek and Arabic dates as date lines', () => {
    for (const line of ['Τρίτη, 14 Οκτωβρίου 2025 11:20', 'الثلاثاء 14 أكتوبر 2025 - 10:35 ص']) {
      const a = read(['Ghana holds key rate at 27%', line, ...body]);
      expect(a.blocks.find((b) => b.text === line)?.reasons[0]?.code).toBe('dateline');
    }
  });
  it('reads a press wire’s time line as the date', () => {
    const a = read(['Ghana holds key rate at 27%', 'March 04, 2025 08:00 AM Eastern Standard Time', ...body]);
    expect(a.publishedTime?.startsWith('2025-03-04')).toBe(true);
  });
  it('reads an author’s name and post as the byline', () => {
    const a = read(['Kansas wheat is ripening earlier than ever', 'Anna Lindqvist, Associate Professor of Agronomy, Kansas State University', ...body]);
    expect(a.byline).toBe('Anna Lindqvist');
    expect(a.title).toBe('Kansas wheat is ripening earlier than ever');
  });
});
