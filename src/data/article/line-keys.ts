/** Comparing lines loosely (case, punctuation and spacing aside) and dropping the ones a page repeats. */
import { isAsciiAlnum, isProseLine } from './line-shape';
import { rememberRecent } from './recent';

// Anything but ASCII and the curly quotes, dashes and ellipsis that are common in news text (none a letter or digit).
const NOT_SIMPLE = /[^\p{ASCII}‘’“”–—…]/u;

const shortLineKey = (line: string): string => {
  const lower = line.toLowerCase();
  // Mostly-ASCII text takes an equivalent ASCII class, several times faster than the Unicode one. A lone
  // space is already its own key, so the fast pattern only touches punctuation and longer runs.
  if (!NOT_SIMPLE.test(lower)) return lower.replace(/[^a-z0-9]{2,}|[^a-z0-9 ]/g, ' ').trim();
  return lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
};

// Keys are asked for in pairs (a line and its neighbour, a title and its copy), often of the same lines.
const recentShortLineKey = rememberRecent(shortLineKey, 16);

/** Normalised form used to compare lines: case, punctuation and spacing don't make a line different. */
export const lineKey = (line: string): string =>
  // Only short lines (titles, labels) need loose matching; long prose repeats verbatim or not at all.
  line.length > 500 ? line : recentShortLineKey(line);

// Neither letters nor digits, and their own lower case: lower-casing cannot make them (or ASCII punctuation)
// into a letter, as it can "K" (Kelvin) or "İ".
const isInert = (c: number): boolean =>
  c < 128 ? !isAsciiAlnum(c) : '‘’“”«»–—…\u00a0'.includes(String.fromCharCode(c));

// 1–36 for a digit or letter (either case).
const letterCode = (c: number): number => (c <= 57 ? c - 47 : (c | 32) - 86);

// How many letters from each end make the hint.
const EDGE = 3;

/**
 * The first three and last three ASCII letters or digits of text, hashed into a small integer; null when a
 * skipped character is not inert and `settled` is false (lower-casing the text could then change the answer).
 */
const edgeLetters = (text: string, settled: boolean): number | null => {
  let hash = 0;
  let found = 0;
  for (let i = 0; i < text.length && found < EDGE; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c)) {
      hash = (hash * 37 + letterCode(c)) | 0;
      found++;
    } else if (!settled && !isInert(c)) return null;
  }
  // Mark where the front letters end and the back ones begin.
  hash = (hash * 37) | 0;
  found = 0;
  for (let i = text.length - 1; i >= 0 && found < EDGE; i--) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c)) {
      hash = (hash * 37 + letterCode(c)) | 0;
      found++;
    } else if (!settled && !isInert(c)) return null;
  }
  return hash;
};

// Equal keys have the same ASCII letters and digits in the same order (up to case), so lines with equal
// keys share the first and last few of them. This hint costs far less than the key and tells most
// lines apart; only lines whose hints agree need their keys compared.
const keyHint = (line: string): number =>
  // lineKey keeps long lines as they are; for the rest, the ends usually hold no character that
  // lower-casing could turn into a letter ("K" for Kelvin, "İ"), so the line needs no lower-casing.
  line.length > 500
    ? (edgeLetters(line, true) ?? 0)
    : (edgeLetters(line, false) ?? edgeLetters(line.toLowerCase(), true) ?? 0);

/** A test for "has the same lineKey as `line`" that only computes another line's key when its cheap hint agrees. */
export const sameKeyAs = (line: string): ((other: string) => boolean) => {
  const hint = keyHint(line);
  let key: string | null = null;
  return (other) => keyHint(other) === hint && lineKey(other) === (key ??= lineKey(line));
};

/** Options for removeRepeatedLines. */
export interface RepeatOptions {
  /** Lines before this index are the header (masthead, section names, title, dateline). */
  headerEnd?: number;
  /** A line never dropped as chrome (normally the title); its copies are still deduplicated. */
  keep?: string;
}

/**
 * Drop lines a page printed more than once: short non-prose lines repeated in the header (e.g. a section name
 * printed twice) or ≥ 3 times anywhere are chrome and go entirely; other repeats keep their first copy.
 */
export const removeRepeatedLines = (
  lines: readonly string[],
  options: RepeatOptions = {},
): string[] => {
  const headerEnd = options.headerEnd ?? 0;
  const keepKey = options.keep === undefined ? null : lineKey(options.keep);
  const hints = lines.map(keyHint);
  const hintCounts = new Map<number, number>();
  for (const hint of hints) hintCounts.set(hint, (hintCounts.get(hint) ?? 0) + 1);
  // A line whose hint no other line shares has a key of its own (null here): never a repeat, never chrome.
  const keys = lines.map((line, i) =>
    (hintCounts.get(hints[i] ?? 0) ?? 0) > 1 ? lineKey(line) : null,
  );
  const counts = new Map<string, number>();
  const headerCounts = new Map<string, number>();
  keys.forEach((key, i) => {
    if (key === null) return;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (i < headerEnd) headerCounts.set(key, (headerCounts.get(key) ?? 0) + 1);
  });

  const seen = new Set<string>();
  const kept: string[] = [];
  lines.forEach((line, i) => {
    const key = keys[i] ?? null;
    if (key === null) {
      kept.push(line);
      return;
    }
    const repeated = (headerCounts.get(key) ?? 0) >= 2 || (counts.get(key) ?? 0) >= 3;
    // A line that ends like a sentence is prose even when short; chrome lines rarely do.
    const chrome = repeated && key !== keepKey && !isProseLine(line);
    if (chrome || seen.has(key)) return;
    seen.add(key);
    kept.push(line);
  });
  return kept;
};
