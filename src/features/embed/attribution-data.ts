/**
 * What the embed's attribution footer says, worked out without React: the articles behind the
 * events on show, the date the data runs to, and the filters in words.
 */
import type { ViewState } from '../../app/url-state';
import type { DatasetArticle, DatasetEvent, IsoDay } from '../../data/schema';
import type { DatasetIndex } from '../../shared/dataset-index';

const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** "2023-07-11" → "11 Jul 2023": compact, for the list of sources. */
export const formatShortDay = (iso: IsoDay): string => {
  const month = SHORT_MONTHS[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7);
  return `${Number(iso.slice(8, 10))} ${month} ${iso.slice(0, 4)}`;
};

/** The day an article is dated by: its publication date, else its (possibly inferred) reference. */
export const articleDay = (article: DatasetArticle): IsoDay =>
  article.published ?? article.referenceDate;

/**
 * The latest publication or reference date of any article, e.g. "2023-07-12" — what the data is
 * "as of". Null for a dataset without articles.
 */
export const latestDataDay = (articles: readonly DatasetArticle[]): IsoDay | null => {
  let latest: IsoDay | null = null;
  for (const article of articles) {
    for (const day of [article.published, article.referenceDate]) {
      if (day && (latest === null || day > latest)) latest = day;
    }
  }
  return latest;
};

/**
 * The articles that the shown events cite, oldest first — or every article when no event is
 * shown, so that an empty view still credits its data.
 */
export const sourceArticles = (
  index: DatasetIndex,
  events: readonly DatasetEvent[],
): DatasetArticle[] => {
  const cited = new Set(events.flatMap((event) => event.mentions.map((m) => m.articleId)));
  const all = [...index.articles.values()];
  const chosen = cited.size > 0 ? all.filter((article) => cited.has(article.id)) : all;
  return chosen.sort(
    (a, b) => articleDay(a).localeCompare(articleDay(b)) || a.title.localeCompare(b.title),
  );
};

/**
 * The filters in effect in words, with the data's own names, e.g.
 * "country: New Zealand; topic: Cybersecurity" — empty when nothing is filtered.
 */
export const describeEmbedFilters = (view: ViewState, index: DatasetIndex): string =>
  [
    view.countries.length > 0 &&
      `country: ${view.countries.map((c) => index.countries.get(c)?.name ?? c).join(', ')}`,
    view.topics.length > 0 &&
      `topic: ${view.topics.map((t) => index.topicLabels.get(t) ?? t).join(', ')}`,
    view.q && `search: “${view.q}”`,
    view.from && `from ${formatShortDay(view.from)}`,
    view.to && `to ${formatShortDay(view.to)}`,
  ]
    .filter(Boolean)
    .join('; ');
