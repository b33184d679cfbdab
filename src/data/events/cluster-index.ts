/**
 * Finds the clusters whose dates touch a range without scanning them all: each precise cluster
 * is filed under every day it covers. Merging thousands of articles then costs a few map look-ups
 * per mention instead of a pass over every event found so far.
 */
import { dayNumber } from '../dates/calendar';

interface Dated {
  start: string;
  end: string;
}

/** Longest range, in days, a look-up walks day by day (a year and a bit). */
export const MAX_WALK_DAYS = 400;

export class DayIndex<T extends Dated> {
  private readonly byDay = new Map<number, T[]>();

  /** Files `item` under every day of [from, to] (its current range, or an extension of it). */
  add(item: T, from = item.start, to = item.end): void {
    const last = dayNumber(to);
    for (let day = dayNumber(from); day <= last; day++) {
      const items = this.byDay.get(day);
      if (!items) this.byDay.set(day, [item]);
      else if (!items.includes(item)) items.push(item);
    }
  }

  /** Items that share at least one day with [start, end], in the order they were first filed. */
  overlapping(range: Dated): T[] {
    const first = dayNumber(range.start);
    const last = Math.min(dayNumber(range.end), first + MAX_WALK_DAYS);
    const found = new Set<T>();
    for (let day = first; day <= last; day++) {
      const items = this.byDay.get(day);
      if (items) for (const item of items) found.add(item);
    }
    return [...found];
  }
}
