/**
 * How far an event's dates can be trusted, and why: exact (a day or an explicit span read from a
 * dated article), approximate (a week, month, year or vague expression) or inferred (resolved
 * against a reference date the article did not state). An event can be both approximate and
 * inferred; each reason is written from the mention that set the event's dates.
 */
import type { DatasetArticle, DatasetEvent, Mention, Precision } from '../../data/schema';
import { formatDay, formatDayRange } from '../../shared/date-words';

export type Certainty = 'exact' | 'approximate' | 'inferred';

export interface DateCertainty {
  /** The weakest certainty, which decides how the date is drawn. */
  certainty: Certainty;
  /** Why the date is approximate, e.g. "Vague expression: 'in the coming days' (10–12 July 2024)". */
  approximateReason: string | null;
  /** Why the date is inferred: the reference date of the article and its reason. */
  inferredReason: string | null;
}

const VAGUENESS: Record<Precision, string | null> = {
  day: null,
  range: null,
  week: 'Week-level expression',
  month: 'Month-level expression',
  year: 'Year-level expression',
  approximate: 'Vague expression',
};

/** Whether a precision is coarser than the day or explicit span the evidence names. */
export const isApproximate = (precision: Precision): boolean => VAGUENESS[precision] !== null;

/** The mention whose dates the event carries, among those matching `wanted`. */
const decidingMention = (
  event: DatasetEvent,
  wanted: (mention: Mention) => boolean,
): Mention | undefined =>
  event.mentions.find(
    (m) => wanted(m) && m.date.start === event.start && m.date.end === event.end,
  ) ?? event.mentions.find(wanted);

const approximateReason = (event: DatasetEvent): string | null => {
  const vagueness = VAGUENESS[event.precision];
  if (!vagueness) return null;
  const mention = decidingMention(event, (m) => m.precision === event.precision);
  if (!mention) return `${vagueness} (${formatDayRange(event.start, event.end)})`;
  return `${vagueness}: '${mention.dateText}' (${formatDayRange(mention.date.start, mention.date.end)})`;
};

const inferredReason = (
  event: DatasetEvent,
  articles: ReadonlyMap<string, DatasetArticle>,
): string | null => {
  if (!event.inferred) return null;
  const mention = decidingMention(event, (m) => m.inferred);
  const article = mention && articles.get(mention.articleId);
  if (!article) return 'Resolved against a reference date the article does not state.';
  return `Resolved against an inferred reference date (${formatDay(article.referenceDate)}): ${article.referenceReason}`;
};

/** The certainty of an event's dates with the reasons to show on its badges. */
export const dateCertainty = (
  event: DatasetEvent,
  articles: ReadonlyMap<string, DatasetArticle>,
): DateCertainty => {
  const approximate = approximateReason(event);
  const inferred = inferredReason(event, articles);
  return {
    certainty: inferred ? 'inferred' : approximate ? 'approximate' : 'exact',
    approximateReason: approximate,
    inferredReason: inferred,
  };
};
