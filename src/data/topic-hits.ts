/**
 * The hits of one scan of topic-matcher.ts, by phrase id. Kept in reused typed arrays, because most
 * sentences only need to know which phrases hit, and allocating spans for every hit showed up as
 * garbage-collection time.
 */
import type { Span } from './types';

export class HitStore {
  /** Phrases with hits, in the order of their first hit. */
  readonly found: number[] = [];
  private clearCount = 1;
  // Per phrase: whether its hits are current (stamp equals clearCount), its first and last hit.
  private readonly stamps: Uint32Array;
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  // Per hit: start, end and the next hit of the same phrase (-1 for none).
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private next = new Int32Array(64);
  private count = 0;

  constructor(phraseCount: number) {
    this.stamps = new Uint32Array(phraseCount);
    this.first = new Int32Array(phraseCount);
    this.last = new Int32Array(phraseCount);
  }

  clear(): void {
    this.clearCount = (this.clearCount + 1) >>> 0 || 1;
    this.count = 0;
    if (this.found.length > 0) this.found.length = 0;
  }

  /** Adds a hit; a phrase's hits must come in text order. */
  add(id: number, start: number, end: number): void {
    if (this.count === this.starts.length) this.grow();
    const hit = this.count++;
    this.starts[hit] = start;
    this.ends[hit] = end;
    this.next[hit] = -1;
    if (this.stamps[id] === this.clearCount) this.next[this.last[id] ?? 0] = hit;
    else {
      this.stamps[id] = this.clearCount;
      this.first[id] = hit;
      this.found.push(id);
    }
    this.last[id] = hit;
  }

  /** Where the last hit of `id` ends, or -1 without hits. */
  lastEnd(id: number): number {
    return this.stamps[id] === this.clearCount ? (this.ends[this.last[id] ?? 0] ?? -1) : -1;
  }

  /** The spans of `id`, in text order. */
  spansOf(id: number): Span[] {
    const spans: Span[] = [];
    if (this.stamps[id] !== this.clearCount) return spans;
    for (let hit = this.first[id] ?? -1; hit >= 0; hit = this.next[hit] ?? -1)
      spans.push([this.starts[hit] ?? 0, this.ends[hit] ?? 0]);
    return spans;
  }

  private grow(): void {
    const grown = (array: Int32Array): Int32Array<ArrayBuffer> => {
      const copy = new Int32Array(array.length * 2);
      copy.set(array);
      return copy;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.next = grown(this.next);
  }
}
