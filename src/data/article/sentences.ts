/** Sentence splitting with offsets into the text, aware of abbreviations, initials, decimals and quotes. */
import type { Sentence } from '../types';
import { isSpaceCode } from './line-shape';

// Titles and reference words that are followed by a name or number, never by a new sentence.
const NEVER_FINAL = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'brig',
  'sgt',
  'cpl',
  'pvt',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'pres',
  'amb',
  'supt',
  'insp',
  'rev',
  'hon',
  'fr',
  'messrs',
  'st',
  'mt',
  'ft',
  'no',
  'nos',
  'vol',
  'fig',
  'figs',
  'p',
  'pp',
  'vs',
  'v',
  'art',
  'sec',
  'para',
  'ch',
]);

const MONTHS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

// Abbreviations that can end a sentence ("… sanctions on the U.S. The …") as well as sit inside one.
const SOMETIMES_FINAL = new Set([
  'etc',
  'e.g',
  'i.e',
  'cf',
  'al',
  'approx',
  'est',
  'inc',
  'corp',
  'ltd',
  'co',
  'plc',
  'llc',
  'jr',
  'sr',
  'bros',
  'dept',
  'govt',
  'univ',
  'assn',
  'intl',
  'min',
  'max',
]);

// Words that commonly open a sentence; after an ambiguous abbreviation they signal a boundary.
const STARTERS = new Set(
  (
    'the a an he she it they we i you this that these those there here his her their its our my ' +
    'but and or so yet in on at for after before when while as if however meanwhile also ' +
    'according some many most other others one two both all no not what why how who where ' +
    'still since last next earlier later then now during under over with without by from to ' +
    'officials leaders analysts experts critics'
  ).split(' '),
);

// Spaces that separate words within a line (a line never holds a newline).
const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 0xa0 || c === 13 || c === 12 || c === 11;

const isTerminator = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;

const isCloser = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;

const isOpener = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91 || c === 0xab;

const isLower = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  // ASCII needs no case mapping: only a–z are lower case.
  if (c < 128) return c >= 97 && c <= 122;
  const ch = text[at] ?? '';
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
};

/** Index of the first character of the next word after position `from` (skipping spaces and opening quotes). */
const nextWordStart = (text: string, from: number, to: number): number => {
  let k = from;
  while (k < to && isSpace(text.charCodeAt(k))) k++;
  while (k < to && isOpener(text.charCodeAt(k))) k++;
  return k;
};

const wordAt = (text: string, from: number, to: number): string => {
  let k = from;
  // Bounded look-ahead keeps the split linear even on pathological input.
  while (k < to && k - from < 24 && /[\p{L}'’]/u.test(text[k] ?? '')) k++;
  return text.slice(from, k).toLowerCase();
};

// No listed abbreviation is longer than this; a longer word without dots is never one.
const LONGEST_ABBREVIATION = Math.max(
  ...[...NEVER_FINAL, ...MONTHS, ...SOMETIMES_FINAL].map((word) => word.length),
);

/** Whether a full stop after `token` ends the sentence, given the word that follows. */
const periodEndsSentence = (token: string, text: string, next: number, to: number): boolean => {
  if (token.length > LONGEST_ABBREVIATION && !token.includes('.')) return true;
  const lower = token.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  const nextChar = text[next] ?? '';
  if (MONTHS.has(lower) && /\d/.test(nextChar)) return false;
  // The length and dot checks only spare the regexes on ordinary words.
  const ambiguous =
    MONTHS.has(lower) ||
    SOMETIMES_FINAL.has(lower) ||
    (token.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(token)) || // U.S, a.m, e.g
    (token.length <= 2 && /^\p{Lu}$/u.test(token)); // an initial: "J. D. Vance"
  return !ambiguous || STARTERS.has(wordAt(text, next, to));
};

/** The word that a full stop at `at` ends, without its opening quotes or brackets: "(U.S." → "U.S". */
const tokenBefore = (text: string, from: number, at: number): string => {
  let start = at;
  while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
  while (start < at && isOpener(text.charCodeAt(start))) start++;
  return text.slice(start, at);
};

const pushTrimmed = (text: string, from: number, to: number, out: Sentence[]): void => {
  let a = from;
  let b = to;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  if (a < b) out.push({ text: text.slice(a, b), span: [a, b] });
};

// Jumps from one terminator to the next; stopping at newlines keeps each search inside its line.
const TERMINATOR_OR_NEWLINE = /[.!?…\n]/g;

const splitBlock = (text: string, from: number, to: number, out: Sentence[]): void => {
  let sentenceStart = from;
  let i = from;
  while (i < to) {
    TERMINATOR_OR_NEWLINE.lastIndex = i;
    // test() rather than exec(): the position is all we need, and it allocates no match.
    if (!TERMINATOR_OR_NEWLINE.test(text) || TERMINATOR_OR_NEWLINE.lastIndex > to) break;
    i = TERMINATOR_OR_NEWLINE.lastIndex - 1;
    let runEnd = i + 1;
    while (runEnd < to && isTerminator(text.charCodeAt(runEnd))) runEnd++;
    let end = runEnd;
    // Closing quotes and brackets after the full stop belong to the sentence they close.
    while (end < to && isCloser(text.charCodeAt(end))) end++;
    // "2.5", "U.S.-led", "example.com": a terminator glued to the next character is not a boundary.
    if (end < to && !isSpace(text.charCodeAt(end))) {
      i = runEnd;
      continue;
    }
    const next = nextWordStart(text, end, to);
    let boundary = next < to && !isLower(text, next);
    if (boundary && runEnd === i + 1 && text.charCodeAt(i) === 46) {
      boundary = periodEndsSentence(tokenBefore(text, from, i), text, next, to);
    }
    if (boundary) {
      pushTrimmed(text, sentenceStart, end, out);
      sentenceStart = end;
    }
    i = end;
  }
  pushTrimmed(text, sentenceStart, to, out);
};

/** Split text into sentences with [from, to) offsets; every line is its own block, e.g. "Dr. Lee met the U.S. team. It went well." → 2 sentences. */
export const splitSentences = (text: string): Sentence[] => {
  const out: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    splitBlock(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
};
