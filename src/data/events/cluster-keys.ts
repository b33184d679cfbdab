/**
 * Clusters filed under the keys that can make a newcomer join them — its article, its event
 * name, its kind of happening, its words — so merging looks at the few clusters that could match
 * instead of every cluster in a date range (a "this year" mention spans thousands at scale).
 */

export class ClusterKeys<T extends { seq: number }> {
  private readonly byKey = new Map<string, Set<T>>();

  add(key: string, item: T): void {
    const items = this.byKey.get(key);
    if (items) items.add(item);
    else this.byKey.set(key, new Set([item]));
  }

  /** Items filed under any of `keys`, in the order they were created (their `seq`). */
  lookup(keys: Iterable<string>): T[] {
    const found = new Set<T>();
    for (const key of keys) this.byKey.get(key)?.forEach((item) => found.add(item));
    return [...found].sort((a, b) => a.seq - b.seq);
  }
}
