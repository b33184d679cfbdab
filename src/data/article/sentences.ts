/** Sentence splitting with offsets into the text, aware of abbreviations, initials, decimals and quotes. */
import type { Sentence } from '../types';

const TERMINATORS = '.!?…';
const CLOSERS = `"'”’)]»`;
const OPENERS = `"'“‘([«`;

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

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\u00a0' || c === '\r' || c === '\f' || c === '\v';

const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();

/** Index of the first character of the next word after position `from` (skipping spaces and opening quotes). */
const nextWordStart = (text: string, from: number, to: number): number => {
  let k = from;
  while (k < to && isSpace(text[k])) k++;
  while (k < to && OPENERS.includes(text[k] ?? '')) k++;
  return k;
};

const wordAt = (text: string, from: number, to: number): string => {
  let k = from;
  // Bounded look-ahead keeps the split linear even on pathological input.
  while (k < to && k - from < 24 && /[\p{L}'’]/u.test(text[k] ?? '')) k++;
  return text.slice(from, k).toLowerCase();
};

/** Whether a full stop after `token` ends the sentence, given the word that follows. */
const periodEndsSentence = (token: string, text: string, next: number, to: number): boolean => {
  const lower = token.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  const nextChar = text[next] ?? '';
  if (MONTHS.has(lower) && /\d/.test(nextChar)) return false;
  const ambiguous =
    MONTHS.has(lower) ||
    SOMETIMES_FINAL.has(lower) ||
    /^(?:\p{L}\.)+\p{L}$/u.test(token) || // U.S, a.m, e.g
    /^\p{Lu}$/u.test(token); // an initial: "J. D. Vance"
  return !ambiguous || STARTERS.has(wordAt(text, next, to));
};

const pushTrimmed = (text: string, from: number, to: number, out: Sentence[]): void => {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  if (a < b) out.push({ text: text.slice(a, b), span: [a, b] });
};

const splitBlock = (text: string, from: number, to: number, out: Sentence[]): void => {
  let sentenceStart = from;
  let tokenStart = from;
  let i = from;
  while (i < to) {
    const c = text[i] ?? '';
    if (isSpace(c)) {
      tokenStart = i + 1;
      i++;
      continue;
    }
    if (!TERMINATORS.includes(c)) {
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd < to && TERMINATORS.includes(text[runEnd] ?? '')) runEnd++;
    let end = runEnd;
    // Closing quotes and brackets after the full stop belong to the sentence they close.
    while (end < to && CLOSERS.includes(text[end] ?? '')) end++;
    // "2.5", "U.S.-led", "example.com": a terminator glued to the next character is not a boundary.
    if (end < to && !isSpace(text[end])) {
      i = runEnd;
      continue;
    }
    const next = nextWordStart(text, end, to);
    const nextChar = text[next] ?? '';
    let boundary = next < to && !isLower(nextChar);
    if (boundary && runEnd === i + 1 && c === '.') {
      let token = text.slice(tokenStart, i);
      while (token !== '' && OPENERS.includes(token[0] ?? '')) token = token.slice(1);
      boundary = periodEndsSentence(token, text, next, to);
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
