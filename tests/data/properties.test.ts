/**
 * Property-based tests of the data module with fast-check: whatever text arrives — random strings
 * of any Unicode, or article-like mixes of datelines, front matter, HTML, site chrome, dated
 * sentences and noise — buildDataset must not throw, must produce a Dataset the schema accepts,
 * and every offset in it must point at the very text it quotes.
 *
 * A failure prints the shrunk input and seed; rerun one with `fc.assert(…, { seed, path })`.
 * FC_RUNS_SCALE=40 runs every property 40 times as often, to hunt for new counterexamples.
 * Counterexamples found so far are replayed first as `examples`, so their fixes stay verified.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/data/article/index';
import {
  buildDataset,
  datasetSchema,
  TOPICS,
  type ArticleInput,
  type Dataset,
} from '../../src/data/index';

/** The day nothing dates an article from, so that runs do not depend on the clock. */
const TODAY = '2024-07-15';
const build = (inputs: readonly ArticleInput[]): Dataset => buildDataset(inputs, { today: TODAY });
/** A property's number of runs: small enough for `npm test`, scaled up to hunt. */
const runs = (n: number): number => n * Number(process.env.FC_RUNS_SCALE ?? 1);

// ---------------------------------------------------------------- generators

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const monthName = fc.constantFrom(...MONTHS);
const monthAbbr = monthName.map((m) => m.slice(0, 3));
const weekday = fc.constantFrom(...WEEKDAYS);
/** Days up to 31 in every month, so that "31 Feb" and "30 February" come up too. */
const day = fc.integer({ min: 1, max: 31 });
const year = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1990, max: 2035 }) },
  { weight: 1, arbitrary: fc.constantFrom(1000, 1899, 1900, 2000, 2099, 9999) },
);
const pad2 = (n: number): string => String(n).padStart(2, '0');
/** YYYY-MM-DD with months 0–13, so that impossible ISO dates are tried as well. */
const isoish = fc
  .tuple(year, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${y}-${pad2(m)}-${pad2(d)}`);

/** Publication datelines in the shapes the parser knows, and near misses. */
const dateline: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(day, monthAbbr, year).map(([d, m, y]) => `${pad2(d)} ${m} ${y}`),
  fc.tuple(day, monthName, year).map(([d, m, y]) => `Published: ${d} ${m} ${y}`),
  fc.tuple(monthName, day, year).map(([m, d, y]) => `${m} ${d}, ${y}`),
  fc
    .tuple(weekday, day, monthAbbr, year, fc.integer({ min: 0, max: 25 }), fc.nat(61))
    .map(([w, d, m, y, h, min]) => `${w.slice(0, 3)} ${d} ${m} ${y} ${pad2(h)}:${pad2(min)} BST`),
  isoish,
  isoish.map((iso) => `Updated ${iso}T10:00:00Z`),
  fc.tuple(monthName, day, year).map(([m, d, y]) => `WASHINGTON, ${m} ${d}, ${y} (Reuters) - `),
  fc.tuple(day, monthAbbr, year).map(([d, m, y]) => `By Jane Roe | ${d} ${m} ${y}`),
);

const COUNTRY_WORDS = [
  'Japan',
  'Japanese',
  'Tokyo',
  'South Korea',
  'South Korean',
  'North Korean',
  'Seoul',
  'ROK',
  'DPRK',
  'Australia',
  'Australian',
  'Canberra',
  'New Zealand',
  'Wellington',
  'the US',
  'U.S.',
  'US',
  'the UK',
  'Britain',
  'the Kremlin',
  'Russia',
  'Ukraine',
  'Ukrainian',
  'Kyiv',
  'China',
  'Beijing',
  'Chinese',
  'Washington',
  'France',
  'Paris',
  'Georgia',
  'Jordan',
];
const PEOPLE = [
  'US National Security Advisor Jake Sullivan',
  'Prime Minister Fumio Kishida',
  'Secretary General Jens Stoltenberg',
  'President Yoon Suk Yeol',
  'Jane Roe',
  'Roe',
];
const TOPIC_WORDS = [
  'cybersecurity',
  'cyber threats',
  'disinformation',
  'misinformation',
  'artificial intelligence',
  'emerging technologies',
  'AI',
  'defence industry',
  'defense industrial cooperation',
  'interoperability',
  'maritime security',
  'climate change',
  'the summit',
  'the Defense Industry Forum',
  'talks',
  "NATO's 75th anniversary",
];
const RELATIVE_DATES = [
  'next week',
  'on Thursday',
  'on Monday',
  'earlier this month',
  'a decade ago',
  'in the coming days',
  'last year',
  'February 24 last year',
  'in 2023',
  'Tuesday through Thursday',
  'Monday to Wednesday',
  'from July 9 to 11',
  'on July 9th',
  'July 9-11, 2024',
  'for three years',
  'at 14:02',
  'this year',
  "this year's summit",
  'next month',
  'by the end of the year',
  'on 31 February',
  'yesterday',
  'tomorrow',
  'later this week',
  'two weeks ago',
  'in the 1990s',
  'between 2019 and 2021',
  '4 min read',
];
const VERBS = [
  'will meet',
  'said',
  'met',
  'will take place',
  'announced plans',
  'convened',
  'agreed to cooperate on',
  'warned about',
  'will discuss',
];

const countryWord = fc.constantFrom(...COUNTRY_WORDS);
const subject = fc.oneof(countryWord, fc.constantFrom(...PEOPLE), fc.constant('Leaders'));

/** A news sentence: who, what, when, about which topic, in some order. */
const sentence: fc.Arbitrary<string> = fc
  .tuple(
    subject,
    fc.constantFrom(...VERBS),
    fc.constantFrom(...RELATIVE_DATES),
    fc.constantFrom(...TOPIC_WORDS),
    countryWord,
    fc.boolean(),
    fc.constantFrom('.', '!', '?', '…', '', '."', '.”', ').'),
  )
  .map(([who, verb, when, topic, other, dateFirst, end]) =>
    dateFirst
      ? `${when[0]!.toUpperCase()}${when.slice(1)}, ${who} ${verb} ${topic} with ${other}${end}`
      : `${who} ${verb} ${topic} with ${other} ${when}${end}`,
  );
const paragraph = fc
  .array(sentence, { minLength: 1, maxLength: 4 })
  .map((sentences) => sentences.join(' '));
/** A quotation, the shape the partner cards prefer. */
const quotation = fc
  .tuple(sentence, fc.constantFrom(...PEOPLE))
  .map(([said, who]) => `“${said}” ${who} said.`);

const boilerplate = fc.constantFrom(
  '4 min read',
  'Share Us',
  'Advertisement',
  'News Synopsis',
  'By Jane Roe',
  'Share this article',
  'World',
  'Politics | Defence',
  'Home > World > Asia',
  'Read more',
);

const ENTITIES = [
  '&amp;',
  '&nbsp;',
  '&#8217;',
  '&#x2014;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&bogus;',
  '&#0;',
  '&#99999999;',
  '&#xD800;',
  '&',
];
const entity = fc.constantFrom(...ENTITIES);
const htmlText = fc
  .tuple(fc.oneof(sentence, countryWord), entity, fc.oneof(sentence, dateline))
  .map(([a, e, b]) => `${a} ${e} ${b}`);

/** HTML fragments: content, chrome to drop, scripts and styles, broken markup. */
const htmlFragment: fc.Arbitrary<string> = fc.oneof(
  htmlText.map((t) => `<p>${t}</p>`),
  paragraph.map((t) => `<div class="article-body"><p>${t}</p></div>`),
  dateline.map((d) => `<time datetime="2024-07-06">${d}</time>`),
  isoish.map((d) => `<meta property="article:published_time" content="${d}T08:00:00Z">`),
  sentence.map((t) => `<title>${t}</title>`),
  sentence.map((t) => `<h1>${t}</h1>`),
  sentence.map((t) => `<script>var s = "${t}"; if (a < b) { document.write("</p>"); }</script>`),
  fc.constant('<script type="application/ld+json">{"datePublished":"2024-07-06"}</script>'),
  fc.constant('<style>p { color: red } /* </p> */</style>'),
  boilerplate.map((b) => `<nav><a href="/">${b}</a></nav>`),
  fc.constant('<!-- a comment <p>hidden</p> -->'),
  fc.constant('<br>'),
  fc.constant('<div'),
  fc.constant('</div></div></body>'),
  fc.constant('<![CDATA[ x ]]>'),
  entity,
);

/** YAML front matter, well formed or not quite. */
const frontMatter = fc
  .tuple(
    fc.oneof(sentence, fc.constant(''), fc.constant('"quoted: title"')),
    fc.oneof(isoish, dateline, fc.constant(''), fc.constant('not a date')),
    fc.boolean(),
  )
  .map(
    ([title, published, closed]) =>
      `---\ntitle: ${title}\npublished: ${published}\n${closed ? '---' : ''}`,
  );

/** Random text: every kind of Unicode, lone surrogates and control characters included. */
const noise: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '\u2028',
    '\u2029',
    '\u0000',
    '\uFEFF',
    '\r',
    '\t',
    '\u00A0',
    '…',
    '...',
    '?!',
    '“',
    '”',
    '(',
    ')',
    '.',
    '-',
    '---',
    '#',
    '# Heading',
    '> quote',
    '* item',
    '|',
    '',
    ' ',
  ),
);

const articleLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: dateline },
  { weight: 6, arbitrary: paragraph },
  { weight: 2, arbitrary: quotation },
  { weight: 3, arbitrary: boilerplate },
  { weight: 2, arbitrary: htmlFragment },
  { weight: 3, arbitrary: noise },
  { weight: 1, arbitrary: frontMatter },
  { weight: 1, arbitrary: fc.tuple(paragraph, noise).map(([p, n]) => `${p}${n}`) },
);

const EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.markdown', '', '.TXT', '.html?x=1'];
/** File names, some of them equal or equal once slugged, so that ids must be made unique. */
const source: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('a.txt', 'a.md', 'A.TXT', 'seeds/a.html', '.txt', '...', 'dir/', '-', '日本.txt'),
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom(...EXTENSIONS))
    .map(([name, ext]) => `${name}${ext}`),
);

const lineSeparator = fc.constantFrom('\n', '\n\n', '\r\n', '\r', ' ', '\n \n');

/** A whole article: lines of any kind, maybe under front matter or inside an HTML page. */
const articleText: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(frontMatter, { freq: 4 }),
    fc.array(articleLine, { minLength: 0, maxLength: 14 }),
    lineSeparator,
    fc.constantFrom('plain', 'plain', 'html-page'),
  )
  .map(([front, lines, separator, shape]) => {
    const body = lines.join(separator);
    const page =
      shape === 'html-page'
        ? `<!doctype html><html><head><title>${lines[0] ?? ''}</title></head><body>${body}</body></html>`
        : body;
    return front === null ? page : `${front}\n${page}`;
  });

const articleInput: fc.Arbitrary<ArticleInput> = fc.record({ source, text: articleText });
const corpus = fc.array(articleInput, { minLength: 1, maxLength: 4 });

/** Any strings at all as file names and contents. */
const anyString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
);
const rawCorpus = fc.array(
  fc.record({ source: fc.string({ minLength: 1, maxLength: 20 }), text: anyString }),
  { minLength: 1, maxLength: 3 },
);

// ---------------------------------------------------------------- invariants

const TOPIC_IDS = new Set(TOPICS.map((t) => t.id));

/** Whether `day` (YYYY-MM-DD) is a day of the calendar: no 2024-02-30, no month 13. */
const isCalendarDay = (day: string): boolean => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === day;
};

const duplicates = (values: readonly string[]): string[] =>
  [...new Set(values.filter((v, i) => values.indexOf(v) !== i))].sort();

/** How far from its reference date an expression without a year may land ("a century ago"). */
const MAX_RELATIVE_YEARS = 200;
const yearOf = (day: string): number => Number(day.slice(0, day.indexOf('-', 1)));

type Offsets = readonly [number, number];

const inside = (span: Offsets, length: number): boolean =>
  0 <= span[0] && span[0] <= span[1] && span[1] <= length;

/**
 * Everything the Dataset promises beyond its schema, as a list of broken promises (empty when
 * all hold): offsets that quote their text exactly, real calendar days, ordered ranges, unique
 * ids, and references that resolve.
 */
const brokenPromises = (inputs: readonly ArticleInput[], dataset: Dataset): string[] => {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);

  const parsed = datasetSchema.safeParse(dataset);
  if (!parsed.success) fail(`schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);

  // Articles: one per input, in input order, under unique ids.
  if (dataset.articles.length !== inputs.length) {
    fail(`${inputs.length} inputs gave ${dataset.articles.length} articles`);
  }
  dataset.articles.forEach((article, i) => {
    const where = `article ${article.id}`;
    if (article.source !== inputs[i]?.source) fail(`${where}: source is not its input's`);
    if (article.published !== null) {
      if (!isCalendarDay(article.published)) fail(`${where}: published ${article.published}`);
      if (article.referenceDate !== article.published || article.referenceInferred) {
        fail(`${where}: a published article's reference is not its publication date`);
      }
    }
    if (!isCalendarDay(article.referenceDate)) {
      fail(`${where}: referenceDate ${article.referenceDate}`);
    }
    for (const topic of article.topics) if (!TOPIC_IDS.has(topic)) fail(`${where}: topic ${topic}`);
    const dupCountries = duplicates(article.countries);
    if (dupCountries.length > 0) fail(`${where}: countries listed twice ${dupCountries}`);
  });
  const ids = dataset.articles.map((a) => a.id);
  if (duplicates(ids).length > 0) fail(`duplicate article ids ${duplicates(ids)}`);
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));

  // Events and their evidence.
  const eventIds = dataset.events.map((e) => e.id);
  if (duplicates(eventIds).length > 0) fail(`duplicate event ids ${duplicates(eventIds)}`);
  const seenMentions: string[] = [];
  for (const event of dataset.events) {
    const where = `event ${event.id}`;
    if (!isCalendarDay(event.start) || !isCalendarDay(event.end)) {
      fail(`${where}: ${event.start}–${event.end} is not a pair of calendar days`);
    }
    if (event.start > event.end) fail(`${where}: starts ${event.start} after it ends ${event.end}`);
    for (const topic of event.topics) if (!TOPIC_IDS.has(topic)) fail(`${where}: topic ${topic}`);
    // The event's dates are its mentions' (the most precise ones): never invented.
    if (!event.mentions.some((m) => m.date.start === event.start)) {
      fail(`${where}: no mention starts on the event's start ${event.start}`);
    }
    if (!event.mentions.some((m) => m.date.end === event.end)) {
      fail(`${where}: no mention ends on the event's end ${event.end}`);
    }
    const eventCountries = new Set<string>();
    for (const mention of event.mentions) {
      const at = `${where}, mention "${mention.dateText}" ${JSON.stringify(mention.span)}`;
      seenMentions.push(`${mention.articleId}@${mention.span[0]}-${mention.span[1]}`);
      const article = articles.get(mention.articleId);
      if (!article) {
        fail(`${at}: article ${mention.articleId} does not exist`);
        continue;
      }
      article.countries.forEach((c) => eventCountries.add(c));
      const { text } = article;
      if (!inside(mention.span, text.length)) fail(`${at}: span outside the text`);
      if (!inside(mention.sentenceSpan, text.length)) fail(`${at}: sentenceSpan outside the text`);
      if (mention.sentenceSpan[0] > mention.span[0] || mention.span[1] > mention.sentenceSpan[1]) {
        fail(`${at}: span not inside its sentence ${JSON.stringify(mention.sentenceSpan)}`);
      }
      if (mention.span[0] === mention.span[1]) fail(`${at}: empty span`);
      if (text.slice(...mention.span) !== mention.dateText) {
        fail(`${at}: text at span is ${JSON.stringify(text.slice(...mention.span))}`);
      }
      if (text.slice(...mention.sentenceSpan) !== mention.sentence) {
        fail(`${at}: text at sentenceSpan is not the sentence`);
      }
      if (mention.sentence !== mention.sentence.trim() || mention.sentence === '') {
        fail(`${at}: sentence is empty or untrimmed`);
      }
      if (!isCalendarDay(mention.date.start) || !isCalendarDay(mention.date.end)) {
        fail(`${at}: ${mention.date.start}–${mention.date.end} is not a pair of calendar days`);
      }
      if (mention.date.start > mention.date.end) fail(`${at}: date starts after it ends`);
      // "next week" or "a decade ago" is read against the reference date and lands near it.
      const statesNoYear = !/\d{3}/.test(mention.dateText);
      const yearsAway = Math.abs(yearOf(mention.date.start) - yearOf(article.referenceDate));
      if (statesNoYear && yearsAway > MAX_RELATIVE_YEARS) {
        fail(`${at}: ${mention.date.start} is ${yearsAway} years from ${article.referenceDate}`);
      }
      if (mention.inferred && !article.referenceInferred) {
        fail(`${at}: inferred although its article's reference date is not`);
      }
      if (
        mention.precision === 'day' &&
        (mention.date.start < event.start || mention.date.end > event.end)
      ) {
        fail(`${at}: a one-day mention outside its event's dates`);
      }
    }
    for (const code of event.countries) {
      if (!eventCountries.has(code)) fail(`${where}: country ${code} is in none of its articles`);
    }
  }
  const dupMentions = duplicates(seenMentions);
  if (dupMentions.length > 0) fail(`the same expression is evidence twice: ${dupMentions}`);

  // Country summaries: unique, counted, and quoting real sentences.
  const codes = dataset.countries.map((c) => c.code);
  if (duplicates(codes).length > 0) fail(`duplicate country summaries ${duplicates(codes)}`);
  for (const country of dataset.countries) {
    if (country.mentions < 1) fail(`country ${country.code}: ${country.mentions} mentions`);
    const { quote } = country;
    if (!quote) continue;
    const article = articles.get(quote.articleId);
    if (!article) fail(`country ${country.code}: quote from missing ${quote.articleId}`);
    else if (
      !inside(quote.sentenceSpan, article.text.length) ||
      article.text.slice(...quote.sentenceSpan) !== quote.sentence
    ) {
      fail(`country ${country.code}: quote is not the text at its sentenceSpan`);
    }
  }
  return problems;
};

const expectPromisesKept = (inputs: readonly ArticleInput[]): Dataset => {
  const dataset = build(inputs);
  const problems = brokenPromises(inputs, dataset);
  expect(problems, problems.join('\n')).toEqual([]);
  return dataset;
};

// ---------------------------------------------------------------- properties

describe('buildDataset on arbitrary strings', () => {
  it('should never throw and always give a Dataset that keeps its promises', () => {
    fc.assert(
      fc.property(rawCorpus, (inputs) => {
        expectPromisesKept(inputs);
      }),
      { numRuns: runs(150) },
    );
  });
});

/**
 * Shrunk counterexamples found by the properties below, replayed before the random runs. Each
 * failed when it was added; the data module's fix makes it pass.
 */
const KNOWN_COUNTEREXAMPLES: ArticleInput[][] = [
  // A date in 9999 makes "next month" 10000-01-01: not YYYY-MM-DD, so the schema rejects it.
  [{ source: 'a.txt', text: 'Leaders met on 1 December 9999 and will meet again next month.' }],
  // From 31 December 9999, "next week" wraps round to 0997-04-24.
  [{ source: 'a.txt', text: 'Leaders met on 31 December 9999. They will meet again next week.' }],
];

describe('buildDataset on article-like text', () => {
  it('should never throw and always give a Dataset that keeps its promises', () => {
    fc.assert(
      fc.property(corpus, (inputs) => {
        expectPromisesKept(inputs);
      }),
      { numRuns: runs(250), examples: KNOWN_COUNTEREXAMPLES.map((inputs) => [inputs]) },
    );
  });

  it('should not date an undated article that names no year, and leave its relative dates unresolved', () => {
    // Without a dateline, a full date, a year or an anniversary there is nothing to infer from:
    // the reference is the given fallback day, flagged, and "next month" resolves to nothing.
    const yearless = fc
      .array(sentence, { minLength: 1, maxLength: 6 })
      .map((sentences) => sentences.join(' '))
      .filter((text) => !/\d|anniversary/i.test(text));
    fc.assert(
      fc.property(yearless, (text) => {
        const { articles, events } = build([{ source: 'story.txt', text }]);
        expect(articles[0]).toMatchObject({
          published: null,
          referenceDate: TODAY,
          referenceInferred: true,
        });
        expect(events).toEqual([]);
      }),
      { numRuns: runs(100), examples: [['Leaders will meet next month.']] },
    );
  });

  it('should find dated evidence in articles made of dated sentences', () => {
    // A guard on the generators: the properties above mean little if nothing is ever dated.
    const dated = fc.sample(corpus, { numRuns: 60, seed: 42 }).filter((inputs) => {
      const dataset = build(inputs);
      return dataset.events.length > 0;
    });
    expect(dated.length).toBeGreaterThan(20);
  });

  it('should give the same Dataset for the same input (no hidden state between runs)', () => {
    fc.assert(
      fc.property(corpus, (inputs) => {
        expect(build(inputs)).toEqual(build(inputs));
      }),
      { numRuns: runs(40) },
    );
  });
});

describe('parseArticle', () => {
  const sentencesKeepTheirOffsets = (source: string, raw: string): void => {
    const article = parseArticle(source, raw);
    let previousEnd = 0;
    for (const { text, span } of article.sentences) {
      expect(span[0], 'sentences overlap or go backwards').toBeGreaterThanOrEqual(previousEnd);
      expect(span[1]).toBeLessThanOrEqual(article.text.length);
      expect(article.text.slice(span[0], span[1])).toBe(text);
      expect(text).not.toBe('');
      expect(text.trim()).toBe(text);
      previousEnd = span[1];
    }
    if (article.published !== null) expect(isCalendarDay(article.published)).toBe(true);
  };

  it('should give sentences whose offsets quote the cleaned text, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(source, fc.string({ minLength: 1 })), anyString, (name, raw) =>
        sentencesKeepTheirOffsets(name, raw),
      ),
      { numRuns: runs(300) },
    );
  });

  it('should give sentences whose offsets quote the cleaned text, for article-like text', () => {
    fc.assert(
      fc.property(articleInput, ({ source: name, text }) => sentencesKeepTheirOffsets(name, text)),
      { numRuns: runs(300) },
    );
  });
});
