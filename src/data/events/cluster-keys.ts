/**
 * Clusters filed under the keys that can make a newcomer join them — its article, its event
 * name, its kind of happening, its words — and under the months they span, so merging looks at
 * the few clusters that could match in the right months instead of every cluster in a date range
 * (a "this year" mention spans thousands at scale) or every cluster of a kind ("summit").
 */
import { addDays } from '../dates/calendar';

interface Keyed {
  seq: number;
  start: string;
  end: string;
}

/** Months since year 0 of an ISO day: cheap to count through. */
const monthIndex = (day: string): number =>
  Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

export class ClusterKeys<T extends Keyed> {
  private readonly byKey = new Map<string, Set<T>>();
  private readonly keysOf = new Map<T, Set<string>>();

  private file(key: string, item: T, from: string, to: string): void {
    for (let month = monthIndex(from); month <= monthIndex(to); month++) {
      const bucket = `${key}|${month}`;
      const items = this.byKey.get(bucket);
      if (items) items.add(item);
      else this.byKey.set(bucket, new Set([item]));
    }
  }

  /** Files `item` under `key` for every month of its current range. */
  add(key: string, item: T): void {
    const keys = this.keysOf.get(item);
    if (keys?.has(key)) return;
    if (keys) keys.add(key);
    else this.keysOf.set(item, new Set([key]));
    this.file(key, item, item.start, item.end);
  }

  /** Re-files `item` under all its keys after its range grew. */
  extend(item: T): void {
    for (const key of this.keysOf.get(item) ?? []) this.file(key, item, item.start, item.end);
  }

  /**
   * Items filed under any of `keys` in a month of [start, end] (at most `maxDays` from the
   * start), in the order they were created (their `seq`). Callers still check exact overlap.
   */
  lookup(keys: Iterable<string>, range: { start: string; end: string }, maxDays: number): T[] {
    const last = Math.min(monthIndex(range.end), monthIndex(addDays(range.start, maxDays)));
    const found = new Set<T>();
    for (const key of keys) {
      for (let month = monthIndex(range.start); month <= last; month++) {
        this.byKey.get(`${key}|${month}`)?.forEach((item) => found.add(item));
      }
    }
    return [...found].sort((a, b) => a.seq - b.seq);
  }
}
