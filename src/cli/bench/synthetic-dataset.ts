/**
 * A large, valid Dataset made up for scale tests and benchmarks: `syntheticDataset(10_000)` gives
 * ten thousand events over five years, with topics, countries, articles and evidence whose spans
 * point into the article texts, as src/data/schema.ts requires. Deterministic: the same count and
 * seed always give the same dataset.
 */
import type {
  CountrySummary,
  Dataset,
  DatasetArticle,
  DatasetEvent,
  Mention,
  Precision,
  TopicSummary,
} from '../../data/schema';
import { MONTHS } from '../corpus/calendar';
import { mulberry32 } from '../corpus/random';

const TOPICS: readonly TopicSummary[] = [
  { id: 'cybersecurity', label: 'Cybersecurity' },
  { id: 'defence-industry', label: 'Defence industry' },
  { id: 'disinformation', label: 'Disinformation' },
  { id: 'ai', label: 'AI and emerging technologies' },
  { id: 'interoperability', label: 'Interoperability' },
  { id: 'maritime-security', label: 'Maritime security' },
  { id: 'space', label: 'Space' },
  { id: 'climate-security', label: 'Climate and security' },
  { id: 'energy-security', label: 'Energy security' },
  { id: 'arms-control', label: 'Arms control' },
  { id: 'sanctions', label: 'Sanctions' },
  { id: 'exercises', label: 'Military exercises' },
];

const COUNTRIES: ReadonlyArray<readonly [code: string, name: string]> = [
  ['AU', 'Australia'],
  ['JP', 'Japan'],
  ['NZ', 'New Zealand'],
  ['KR', 'South Korea'],
  ['US', 'United States'],
  ['GB', 'United Kingdom'],
  ['FR', 'France'],
  ['DE', 'Germany'],
  ['IT', 'Italy'],
  ['CA', 'Canada'],
  ['PL', 'Poland'],
  ['NO', 'Norway'],
  ['NL', 'Netherlands'],
  ['ES', 'Spain'],
  ['TR', 'Turkey'],
  ['FI', 'Finland'],
  ['SE', 'Sweden'],
  ['UA', 'Ukraine'],
  ['CN', 'China'],
  ['RU', 'Russia'],
  ['IN', 'India'],
  ['PH', 'Philippines'],
  ['SG', 'Singapore'],
  ['ID', 'Indonesia'],
];

const KINDS = ['summit', 'talks', 'forum', 'exercise', 'meeting', 'conference', 'visit', 'review'];
const PRECISIONS: readonly Precision[] = [
  'day',
  'day',
  'day',
  'range',
  'week',
  'month',
  'approximate',
];
/** The first day events fall on, and how many days they spread over (five years). */
const FIRST_DAY = Date.UTC(2020, 0, 1);
const SPREAD_DAYS = 5 * 365;
const DAY_MS = 86_400_000;
/** Events per article: each article is the evidence of about this many events. */
const EVENTS_PER_ARTICLE = 40;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The days a date of `precision` covers from `startMs`, and how the text says it. */
const dateOf = (
  startMs: number,
  precision: Precision,
  extraDays: number,
): { start: string; end: string; dateText: string } => {
  const date = new Date(startMs);
  const day = date.getUTCDate();
  const month = MONTHS[date.getUTCMonth()] ?? '';
  const year = date.getUTCFullYear();
  switch (precision) {
    case 'range': {
      const end = startMs + extraDays * DAY_MS;
      return {
        start: isoDay(startMs),
        end: isoDay(end),
        dateText: `from ${day} ${month} to ${new Date(end).getUTCDate()} ${MONTHS[new Date(end).getUTCMonth()]} ${new Date(end).getUTCFullYear()}`,
      };
    }
    case 'week':
      return {
        start: isoDay(startMs),
        end: isoDay(startMs + 6 * DAY_MS),
        dateText: `the week of ${day} ${month} ${year}`,
      };
    case 'month':
      return {
        start: isoDay(startMs),
        end: isoDay(startMs + 2 * DAY_MS),
        dateText: `in ${month} ${year}`,
      };
    case 'approximate':
      return {
        start: isoDay(startMs),
        end: isoDay(startMs + 2 * DAY_MS),
        dateText: `around ${day} ${month} ${year}`,
      };
    default:
      return {
        start: isoDay(startMs),
        end: isoDay(startMs),
        dateText: `on ${day} ${month} ${year}`,
      };
  }
};

/** `count` distinct items of `items`, picked with `next`. */
const pick = <T>(items: readonly T[], count: number, next: () => number): T[] => {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) {
    chosen.add(items[Math.floor(next() * items.length)] as T);
  }
  return [...chosen];
};

interface ArticleDraft {
  article: DatasetArticle;
  sentences: string[];
  length: number;
}

/** Appends a sentence to an article draft and returns the sentence's offsets in its text. */
const append = (draft: ArticleDraft, sentence: string): [number, number] => {
  const from = draft.length === 0 ? 0 : draft.length + 1;
  draft.sentences.push(sentence);
  draft.length = from + sentence.length;
  return [from, from + sentence.length];
};

const articleDraft = (position: number, next: () => number): ArticleDraft => {
  const id = `synthetic-article-${String(position + 1).padStart(4, '0')}`;
  const publishedMs = FIRST_DAY + Math.floor(next() * SPREAD_DAYS) * DAY_MS;
  const inferred = next() < 0.1;
  return {
    article: {
      id,
      source: `${id}.txt`,
      title: `Synthetic briefing ${position + 1}`,
      published: inferred ? null : isoDay(publishedMs),
      referenceDate: isoDay(publishedMs),
      referenceInferred: inferred,
      referenceReason: inferred
        ? 'Inferred from the latest explicit date in the text.'
        : 'Publication date in the dateline.',
      countries: [],
      topics: [],
      people: [],
      text: '',
    },
    sentences: [],
    length: 0,
  };
};

/**
 * A valid Dataset of `eventCount` events spread over 2020–2024, each with one to three topics,
 * one to three countries and one or two evidence sentences in the articles, e.g.
 * `syntheticDataset(10_000)` for the scale tests. Events come in date order.
 */
export const syntheticDataset = (eventCount: number, seed = 1): Dataset => {
  const next = mulberry32(seed);
  const drafts = Array.from(
    { length: Math.max(1, Math.ceil(eventCount / EVENTS_PER_ARTICLE)) },
    (_, i) => articleDraft(i, next),
  );
  const countryMentions = new Map<string, number>();
  const events: DatasetEvent[] = [];
  for (let i = 0; i < eventCount; i += 1) {
    // Spread evenly, so every month has events and the last event is the latest one.
    const startMs = FIRST_DAY + Math.floor((i * SPREAD_DAYS) / eventCount) * DAY_MS;
    const precision = PRECISIONS[Math.floor(next() * PRECISIONS.length)] ?? 'day';
    const { start, end, dateText } = dateOf(startMs, precision, 1 + Math.floor(next() * 3));
    const topics = pick(TOPICS, 1 + Math.floor(next() * 3), next).map((t) => t.id);
    const countries = pick(COUNTRIES, 1 + Math.floor(next() * 3), next);
    const kind = KINDS[Math.floor(next() * KINDS.length)] ?? 'meeting';
    const title = `Event ${i + 1}: ${countries[0]?.[1]} ${kind}`;
    const inferred = next() < 0.05;
    const mentions: Mention[] = pick(drafts, 1 + Math.floor(next() * 2), next).map((draft) => {
      const sentence = `Officials from ${countries.map(([, name]) => name).join(' and ')} held the ${kind} ${dateText}, event ${i + 1}.`;
      const sentenceSpan = append(draft, sentence);
      const at = sentenceSpan[0] + sentence.indexOf(dateText);
      draft.article.countries = [
        ...new Set([...draft.article.countries, ...countries.map(([code]) => code)]),
      ];
      draft.article.topics = [...new Set([...draft.article.topics, ...topics])];
      for (const [code] of countries)
        countryMentions.set(code, (countryMentions.get(code) ?? 0) + 1);
      return {
        articleId: draft.article.id,
        sentence,
        dateText,
        date: { start, end },
        precision,
        span: [at, at + dateText.length],
        sentenceSpan,
        inferred,
      };
    });
    events.push({
      id: `synthetic-event-${String(i + 1).padStart(5, '0')}`,
      title,
      start,
      end,
      precision,
      inferred,
      topics,
      countries: countries.map(([code]) => code),
      people: [],
      mentions,
    });
  }
  const articles = drafts.map(({ article, sentences }) => ({
    ...article,
    text: sentences.join(' '),
  }));
  const countries: CountrySummary[] = COUNTRIES.filter(([code]) => countryMentions.has(code)).map(
    ([code, name]) => ({ code, name, mentions: countryMentions.get(code) ?? 0, quote: null }),
  );
  return {
    generatedAt: new Date(FIRST_DAY).toISOString(),
    articles,
    events,
    countries,
    topics: [...TOPICS],
  };
};
