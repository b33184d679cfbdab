/**
 * Countries named in text: every way English news names a country (see country-gazetteer.ts),
 * found by a scan that reads each capitalised word once (see country-scan.ts).
 */
import { byCode, LONGEST_FORM } from './country-gazetteer';
import { findFormStartEndingAt, mayMatchAt, scanCountries, syncPointBefore } from './country-scan';
import type { CountryMatch } from './types';

/**
 * Every country mention in `text`, sorted and non-overlapping, longest form first, e.g.
 * "South Korean and U.S. officials met in Tokyo" → KR "South Korean", US "U.S.", JP "Tokyo".
 */
export const findCountries = (text: string): CountryMatch[] => {
  const matches: CountryMatch[] = [];
  scanCountries(text, 0, text.length, matches);
  return matches;
};

/** Where the country matches of one text start and end, asked one position at a time. */
export interface CountryLookup {
  /** The end of the match `findCountries` reports starting at `pos`, if any. */
  endOfMatchAt(pos: number): number | undefined;
  /** The start of the match `findCountries` reports ending at `end`, if any. */
  startOfMatchEndingAt(end: number): number | undefined;
}

interface Range {
  from: number;
  to: number;
  /** Where the last match before `to` ended, so a scan can go on from `to`. */
  lastEnd: number;
}

// A class, not closures: tsx (and other esbuild "keepNames" builds) name every closure as it is
// created, which costs more than a short lookup.
class CountryIndex implements CountryLookup {
  private readonly text: string;
  private readonly ends = new Map<number, number>();
  // Scanned ranges, sorted and disjoint: every match starting in [from, to) is in `ends`.
  private readonly ranges: Range[] = [];

  constructor(text: string) {
    this.text = text;
  }

  endOfMatchAt(pos: number): number | undefined {
    return mayMatchAt(this.text, pos) ? this.matchAt(pos) : undefined;
  }

  startOfMatchEndingAt(end: number): number | undefined {
    // Matches do not overlap, so at most one of the forms written to end here is a true match.
    return findFormStartEndingAt(this.text, end, (pos) => this.matchAt(pos) === end);
  }

  /** The true match starting at `pos`, if any, scanning what is not yet known. */
  private matchAt(pos: number): number | undefined {
    const before = this.ranges[this.rangeBefore(pos)];
    if (before && pos < before.to) return this.ends.get(pos);
    // Go on from a range that ends close before, or else start afresh where no match reaches.
    const goOn = before !== undefined && pos - before.to <= 2 * LONGEST_FORM;
    const from = goOn ? before.to : syncPointBefore(this.text, pos);
    const lastEnd = goOn ? before.lastEnd : -1;
    const found: CountryMatch[] = [];
    const stop = scanCountries(this.text, from, pos + 1, found, lastEnd);
    for (const { span } of found) this.ends.set(span[0], span[1]);
    this.cover({ from, to: stop, lastEnd: found.at(-1)?.span[1] ?? lastEnd });
    return this.ends.get(pos);
  }

  /** The index of the last range starting at or before `pos`, or -1. */
  private rangeBefore(pos: number): number {
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ranges[mid]!.from <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Adds a scanned range, merged with those it overlaps or touches. */
  private cover(added: Range): void {
    const { ranges } = this;
    let first = this.rangeBefore(added.from);
    if (first < 0 || ranges[first]!.to < added.from) first += 1;
    const last = this.rangeBefore(added.to);
    const merged: Range = { from: added.from, to: added.to, lastEnd: added.lastEnd };
    for (let i = first; i <= last; i += 1) {
      const range = ranges[i]!;
      merged.from = Math.min(merged.from, range.from);
      if (range.to > merged.to) {
        merged.to = range.to;
        merged.lastEnd = range.lastEnd;
      }
    }
    ranges.splice(first, Math.max(0, last - first + 1), merged);
  }
}

/**
 * The country matches of `text` as `findCountries` finds them, scanned only around the positions
 * asked about. A caller that needs a few positions of a long text (people.ts asks whether a name
 * runs into "Japan") pays for a few short windows instead of the whole text: a position where no
 * form is even written is answered at once, and the others by scanning from the nearest point
 * that no earlier match can reach.
 */
export const countryLookup = (text: string): CountryLookup => new CountryIndex(text);

/** The country's common English name, e.g. "KR" → "South Korea"; unknown codes come back as given. */
export const countryName = (code: string): string => byCode.get(code)?.name.common ?? code;

/** The country's emoji flag, e.g. "JP" → "🇯🇵"; '' for an unknown code. */
export const countryFlag = (code: string): string => byCode.get(code)?.flag ?? '';

/** Whether `code` is an ISO alpha-2 code the gazetteer knows, e.g. "NZ" → true, "EU" → false. */
export const isCountryCode = (code: string): boolean => byCode.has(code);
