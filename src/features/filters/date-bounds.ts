/** The span of days the data covers, used as the limits of the date-range inputs. */
import type { DatasetIndex } from '../../shared/dataset-index';

export interface DateBounds {
  /** Earliest start and latest end of any event, YYYY-MM-DD. */
  min: string;
  max: string;
}

/** The first start and last end among the events, e.g. {min: "2014-01-01", max: "2024-07-12"}. */
export const dateBounds = (index: DatasetIndex): DateBounds | null => {
  const first = index.events[0];
  if (!first) return null;
  // Events are sorted by start, but a long early event can end after every later one.
  const max = index.events.reduce((latest, e) => (e.end > latest ? e.end : latest), first.end);
  return { min: first.start, max };
};

/** Whether `day` is a well-formed YYYY-MM-DD inside [min, max]. */
export const isDayWithin = (day: string, min: string, max: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= min && day <= max;
