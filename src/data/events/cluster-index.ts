/**
 * Finds the clusters whose dates touch a range without scanning them all: each precise cluster
 * is filed under every day it covers. Merging thousands of articles then costs a few map look-ups
 * per mention instead of a pass over every event found so far.
 */
import { addDays, daysBetween } from '../dates/calendar';

interface Dated {
  start: string;
  end: string;
}

/** Longest range, in days, a look-up walks day by day (a year and a bit). */
const MAX_WALK_DAYS = 400;

export class DayIndex<T extends Dated> {
  private readonly byDay = new Map<string, Set<T>>();

  /** Files `item` under every day of [from, to] (its current range, or an extension of it). */
  add(item: T, from = item.start, to = item.end): void {
    for (let day = from; daysBetween(day, to) >= 0; day = addDays(day, 1)) {
      const items = this.byDay.get(day);
      if (items) items.add(item);
      else this.byDay.set(day, new Set([item]));
    }
  }

  /** Items that share at least one day with [start, end], in the order they were first filed. */
  overlapping(range: Dated): T[] {
    const found = new Set<T>();
    const last =
      daysBetween(range.start, range.end) > MAX_WALK_DAYS
        ? addDays(range.start, MAX_WALK_DAYS)
        : range.end;
    for (let day = range.start; daysBetween(day, last) >= 0; day = addDays(day, 1)) {
      this.byDay.get(day)?.forEach((item) => found.add(item));
    }
    return [...found];
  }
}
