/**
 * The slide's sentences: the filters in words, what is shown, how each source article is dated
 * and the "as of" stamp. Pure, like the rest of the slide's content.
 */
import type { ViewState } from '../../app/url-state';
import type { DatasetArticle, DatasetEvent, IsoDay } from '../../data/schema';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { FilterResult } from '../../shared/filter-events';
import { formatDay, formatDayRange } from '../../shared/date-words';

/** "1 event", "3 events". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "A", "A or B", "A, B or C": a filter kind matches any of its values. */
const anyOf = (values: readonly string[]): string =>
  values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

/**
 * The filters in effect in words, joined by " · ", e.g. "Topic: Interoperability · Country: New
 * Zealand", or "All events" when nothing is filtered. Ids the data does not know are ignored,
 * as the dashboard ignores them.
 */
export const describeSlideFilters = (
  view: ViewState,
  result: FilterResult,
  index: DatasetIndex,
): string => {
  const topics = result.activeTopics.map((id) => index.topicLabels.get(id) ?? id);
  const countries = result.activeCountries.map((code) => index.countries.get(code)?.name ?? code);
  const parts: string[] = [];
  if (topics.length) parts.push(`${topics.length > 1 ? 'Topics' : 'Topic'}: ${anyOf(topics)}`);
  if (countries.length) {
    parts.push(`${countries.length > 1 ? 'Countries' : 'Country'}: ${anyOf(countries)}`);
  }
  if (view.q) parts.push(`Search: “${view.q}”`);
  if (view.from && view.to) parts.push(`Dates: ${formatDayRange(view.from, view.to)}`);
  else if (view.from) parts.push(`From: ${formatDay(view.from)}`);
  else if (view.to) parts.push(`Until: ${formatDay(view.to)}`);
  return parts.length ? parts.join(' · ') : 'All events';
};

/** The span the events cover, e.g. "9–11 July 2024", or null when there are none. */
const eventSpan = (events: readonly DatasetEvent[]): string | null => {
  const [first, ...rest] = events;
  if (!first) return null;
  const start = rest.reduce((min, e) => (e.start < min ? e.start : min), first.start);
  const end = rest.reduce((max, e) => (e.end > max ? e.end : max), first.end);
  return formatDayRange(start, end);
};

/** "All 7 events, 1 January 2014 – 12 July 2024", "3 of 7 events, 9–11 July 2024". */
export const describeSlideSubtitle = (events: readonly DatasetEvent[], total: number): string => {
  const count =
    events.length === total
      ? `All ${plural(total, 'event')}`
      : `${events.length} of ${plural(total, 'event')}`;
  const span = eventSpan(events);
  return span ? `${count}, ${span}` : count;
};

/** "published 6 July 2024", or "undated, inferred 9 July 2024" when the date was inferred. */
export const describeArticleDate = (
  article: Pick<DatasetArticle, 'published' | 'referenceDate'>,
): string =>
  article.published
    ? `published ${formatDay(article.published)}`
    : `undated, inferred ${formatDay(article.referenceDate)}`;

/** The day an article speaks from: its publication date, else the one inferred for it. */
export const articleDay = (article: Pick<DatasetArticle, 'published' | 'referenceDate'>): IsoDay =>
  article.published ?? article.referenceDate;

/** The latest day of news in the dataset: its newest article's date, published or inferred. */
export const latestNewsDay = (index: DatasetIndex): IsoDay | null =>
  index.dataset.articles.reduce<IsoDay | null>((latest, article) => {
    const day = articleDay(article);
    return latest === null || day > latest ? day : latest;
  }, null);

/** "As of 9 July 2024 · exported 20 May 2026"; `today` is the exporting machine's calendar day. */
export const describeStamp = (index: DatasetIndex, today: IsoDay): string => {
  const latest = latestNewsDay(index);
  const exported = `exported ${formatDay(today)}`;
  return latest ? `As of ${formatDay(latest)} · ${exported}` : `Exported ${formatDay(today)}`;
};

/** The local calendar day of `date` as YYYY-MM-DD (not UTC: "today" is the analyst's today). */
export const localIsoDay = (date: Date): IsoDay =>
  [
    String(date.getFullYear()).padStart(4, '0'),
    String(date.getMonth() + 1).padStart(2, '0'),
    String(date.getDate()).padStart(2, '0'),
  ].join('-');
