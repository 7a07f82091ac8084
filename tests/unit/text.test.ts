import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textToPage } from '../../src/engine/text';

const seed = (name: string) => readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');

describe('textToPage', () => {
  it('joins hard-wrapped lines that start mid-sentence back into their block', () => {
    const page = textToPage('Legal Disclaimer:\nMENAFN provides the\ninformation “as is” without\nwarranty of any kind.\nMost popular stories');
    expect(page.blocks.map((b) => b.text)).toEqual([
      'Legal Disclaimer:',
      'MENAFN provides the information “as is” without warranty of any kind.',
      'Most popular stories',
    ]);
  });

  /** Greedy wrapping at a width, as a scraper or a mail client does it. */
  const wrap = (paragraph: string, width: number): string[] => {
    const out: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return line ? [...out, line] : out;
  };
  const ARTICLE = [
    'Nearly one in four adults in the country has high blood pressure, but fewer than half of them know it, according to a nationwide study released ahead of World Hypertension Day.',
    'The study, conducted by researchers at the national Council of Medical Research (ICMR) and two university hospitals, surveyed more than 120,000 adults between 2022 and 2024 across every state and territory.',
    'It found that the prevalence of hypertension was 24.6 per cent among men and 21.8 per cent among women, with the highest rates recorded in three coastal states and the capital region.',
    'Only 46 per cent of those with high blood pressure knew about it, and just 18 per cent had it under control with medication, the researchers said on Sunday in a statement.',
  ];

  it('joins a text hard-wrapped throughout, where wrapped lines may start with a capital, a digit or "("', () => {
    const text = ['Study Finds One In Four Adults Has High Blood Pressure', '', ...ARTICLE.flatMap((p) => [...wrap(p, 78), '']), 'Comments'].join('\n');
    expect(text.split('\n').some((l) => /^[A-Z(0-9]/.test(l) && !ARTICLE.some((p) => p.startsWith(l)))).toBe(true);
    expect(textToPage(text).blocks.map((b) => b.text)).toEqual(['Study Finds One In Four Adults Has High Blood Pressure', ...ARTICLE, 'Comments']);
  });

  it('keeps lines broken on purpose apart in a wrapped text: a headline over its byline, a teaser over "Comments"', () => {
    const text = [
      'Wildfire forces evacuation of 1,200 homes near the Idaho state line',
      'By The Associated Press',
      ...ARTICLE.flatMap((p) => wrap(p, 78)),
      'Coinbase Expands Derivatives Trading To Asia-Pacific Clients',
      'Comments',
    ].join('\n');
    const texts = textToPage(text).blocks.map((b) => b.text);
    expect(texts.slice(0, 2)).toEqual(['Wildfire forces evacuation of 1,200 homes near the Idaho state line', 'By The Associated Press']);
    expect(texts.slice(-2)).toEqual(['Coinbase Expands Derivatives Trading To Asia-Pacific Clients', 'Comments']);
  });

  it('does not take a page of headline-length lines for a wrapped text', () => {
    const lines = [
      'Van Damme outsprints Jansen in Lienz to take Tour of the Alps lead',
      'June 18, 2025 · 17:42',
      'Pogacar confirms he will skip the Vuelta to target the world title',
      'Women’s WorldTour standings after the Tour of the Alps stage two',
      'Evenepoel returns to training after crash in the Dauphiné prologue',
      'Vingegaard says the Tour route suits him better than last year’s',
      'Latest results',
      'Roglic to lead Red Bull at the Giro after a winter of knee surgery',
      'Pidcock signs two-year extension with his team despite rumours',
    ];
    expect(textToPage(lines.join('\n')).blocks.map((b) => b.text)).toEqual(lines);
  });

  it('in a page that wraps only some paragraphs, keeps a line longer than the width and a wire dateline apart from the line above', () => {
    const headline = 'Los embalses andaluces superan el 50% de su capacidad por primera vez en años';
    const unwrapped =
      'Las borrascas encadenadas de marzo han sumado más de 1.800 hectómetros cúbicos a las reservas de la comunidad autónoma en apenas tres semanas.';
    const teaser = 'Cortes de tráfico en Sevilla por la procesión extraordinaria del sábado';
    const lead = 'SEVILLA, 25 Mar. (EUROPA PRESS) - Los embalses de Andalucía se sitúan esta semana al 51,3% de su capacidad, según los datos publicados este martes.';
    const text = [headline, unwrapped, ...ARTICLE.flatMap((p) => wrap(p, headline.length)), teaser, ...wrap(lead, headline.length)].join('\n');
    expect(textToPage(text).blocks.map((b) => b.text)).toEqual([headline, unwrapped, ...ARTICLE, teaser, lead]);
  });

  it('joins a line that ends on an article or a linking word to the next, whatever its first letter; keeps an agency sign-off and a lower-case byline apart', () => {
    // Lines that stay as they are: a short menu line, a heading, a sentence, a sign-off, a
    // headline and the lower-case byline under it.
    const apart = [
      'Log in to the',
      'Most popular stories',
      'The nine-day event closes on Sunday.',
      'hn/mm/rsc',
      'Caves that shelter hibernating bats are warming – and that could leave them starving by spring',
      'by Rachel Okoro and Tomás Ferreira, The Conversation',
    ];
    const page = textToPage(
      [
        'Schon ein einzelner Wintersportler kann da eine',
        'Lawine auslösen“, sagte Thomas Gstrein vom Lawinenwarndienst am Freitag der',
        'Austria Presse Agentur.',
        ...apart,
      ].join('\n'),
    );
    expect(page.blocks.map((b) => b.text)).toEqual([
      'Schon ein einzelner Wintersportler kann da eine Lawine auslösen“, sagte Thomas Gstrein vom Lawinenwarndienst am Freitag der Austria Presse Agentur.',
      ...apart,
    ]);
  });

  // Widths a fifth or more apart; closer ones (78 and 92) still read as one width, the wider
  // copy's lines then too long for it.
  it.each([
    [92, 72],
    [72, 92],
    [60, 92],
    [92, 60],
    [60, 72],
    [72, 60],
  ])('joins the lines of a copy wrapped at %i columns and of its reprint wrapped anew at %i', (first, second) => {
    const text = [...ARTICLE.flatMap((p) => wrap(p, first)), 'Continue reading', ...ARTICLE.flatMap((p) => wrap(p, second))].join('\n');
    expect(textToPage(text).blocks.map((b) => b.text)).toEqual([...ARTICLE, 'Continue reading', ...ARTICLE]);
  });

  it('keeps a story’s credits, a "Read also" link and a lone wire name apart from the line under or above them', () => {
    const credits = 'Reporting by Kwame Adjei-Boateng; Writing by Sophie Lindqvist; Editing by Peter Harlan';
    const readAlso = 'Czytaj także: Wilki coraz bliżej domów. Mieszkańcy Podkarpacia piszą petycję do RDOŚ';
    const text = [...ARTICLE.flatMap((p) => wrap(p, credits.length)), credits, 'Our Standards: The Thomson Reuters Trust Principles.', readAlso, 'Leśnicy przypominają, jak zachować się w razie spotkania z niedźwiedziem:', 'dpa'].join('\n');
    expect(textToPage(text).blocks.map((b) => b.text).slice(ARTICLE.length)).toEqual([
      credits,
      'Our Standards: The Thomson Reuters Trust Principles.',
      readAlso,
      'Leśnicy przypominają, jak zachować się w razie spotkania z niedźwiedziem:',
      'dpa',
    ]);
  });

  it('joins a line that ends on a comma, or inside an open quotation, to the next, whatever its first letter', () => {
    const quote = ['“We see a clear interest from countries in the Western Balkans and Central Europe, and we are ready to cooperate on', 'Azerbaijani gas to reach these markets,” Shahbazov said.'];
    const comma = ['Grain exports could exceed 45 million tons in the new season,', 'Agriculture Minister Oksana Lut has said'];
    // A quotation run on over paragraphs leaves one open at the paragraph's full stop.
    const runOn = ['“We are appealing to residents along the river banks to move to higher ground.', 'Also Read: NiMet predicts cloudy weather'];
    expect(textToPage([...quote, ...comma, ...runOn].join('\n')).blocks.map((b) => b.text)).toEqual([quote.join(' '), comma.join(' '), ...runOn]);
  });

  it('joins a line that goes on after a dash in lower case ("», – говорится в сообщении"), while a dash list stays a list', () => {
    const page = textToPage(['«Новый мост рассчитан на четыре полосы движения вместо двух»,', '– говорится в сообщении ведомства.', 'Шаги:', '– проверить документы;', '– подать заявку.'].join('\n'));
    expect(page.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '«Новый мост рассчитан на четыре полосы движения вместо двух», – говорится в сообщении ведомства.'],
      ['paragraph', 'Шаги:'],
      ['list-item', 'проверить документы;'],
      ['list-item', 'подать заявку.'],
    ]);
  });

  it('reads a line that ends on a photo credit as a caption', () => {
    const captions = [
      'A view of the King Talal Dam in Jerash, which stood at 38 per cent of its capacity earlier this month (Petra photo)',
      'File photo: A combine harvester at work in the Stavropol region. © Sputnik',
      'Irrigators say the buyback program will strip water from farming communities. File picture by Dean Whitlam/AAP PHOTOS',
      'Commuters wait for transport at the Njoli Square rank in KwaZakhele on Monday. (Supplied)',
      'Ilustrasi - Nelayan menambatkan perahu di Pantai Sadeng, Gunungkidul. ANTARA FOTO/Rizki Pratama',
      'VIDEO: Evacuees describe fleeing as flames approached their neighborhood (1:24)',
      'An ice fisherman walks past open water on Saginaw Bay near Bay City, Mich., on Feb. 10, 2024. (AP Photo/Jordan Reyes)',
      'A farmer carries rice seedlings in Bogura district, Bangladesh, Jan. 28, 2025. (Str/Xinhua)',
      'Electric buses lined up at the Lusail bus depot. PICTURE: Thajudheen',
      'Snöröjning på bangården i Kiruna under tisdagen. Foto: Johan Nilsson/TT',
      'FILE PHOTO. © Sputnik / Vitaly Timkiv',
      'A combine harvests winter wheat near Hays, Kansas. Marc Delaney/Getty Images',
      'Vista del embalse de Arenoso, en Montoro (Córdoba), tras las últimas lluvias. - EUROPA PRESS',
    ];
    const prose = [
      'The ministry said the new rules would apply from July (see the table below).',
      'Rescuers (AP Photo/Jordan Reyes) reached the village on Sunday, the agency said, and began clearing the road.',
      'Output rose 3.1% in the quarter, the statistics office said on Friday.',
      '© 2025 The Lakeside Courier. All rights reserved.',
    ];
    const kinds = textToPage([...captions, ...prose].join('\n')).blocks.map((b) => b.kind);
    expect(kinds).toEqual([...captions.map(() => 'caption'), ...prose.map(() => 'paragraph')]);
  });

  it('reads list markers as list items and keeps ids dense in page order', () => {
    const page = textToPage('Title\n\n- one\n- two\nComments');
    expect(page.blocks.map((b) => [b.id, b.kind, b.text])).toEqual([
      [0, 'paragraph', 'Title'],
      [1, 'list-item', 'one'],
      [2, 'list-item', 'two'],
      [3, 'paragraph', 'Comments'],
    ]);
  });

  it('rebuilds the first seed’s disclaimer as one block', () => {
    const page = textToPage(seed('000_69ad3688a5889631.txt'));
    const disclaimer = page.blocks.find((b) => b.text.startsWith('MENAFN provides'));
    expect(disclaimer?.text).toMatch(/^MENAFN provides the information “as is”.*kindly contact the provider above\.$/);
  });
});
