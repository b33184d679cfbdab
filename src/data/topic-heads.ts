/**
 * The literal text a topic phrase can begin with ("heads"), so topic-matcher.ts can look all phrases
 * up at once in a trie and only run a phrase's regex where its head occurs, or not at all where the
 * head spells out the whole phrase. Heads are written in symbols: folded word characters, `SEP` for
 * a separator (" " or "-" in a phrase), `APOS` for an apostrophe, and ASCII punctuation as itself.
 */
import { foldCode, isWordCode } from './topic-phrase';

export const SEP = '\uE000';
export const APOS = '\uE001';

/**
 * - `open`: a match starts with `symbols` and may go on in ways the head does not tell;
 * - `word`: `symbols` is a whole match, ending where a word ends;
 * - `prefix`: `symbols` and then the rest of the word (the phrase ends with "*") are a whole match.
 */
export type HeadKind = 'open' | 'word' | 'prefix';

export interface PhraseHead {
  symbols: string;
  kind: HeadKind;
}

// Spelling out every alternative multiplies heads; beyond this many, heads stop after fewer words.
const MAX_HEADS = 48;
const MAX_SEPARATORS = 4;
const DIGITS = '0123456789';

const isWordChar = (ch: string): boolean => isWordCode(ch.charCodeAt(0));
const fold = (ch: string): string => String.fromCharCode(foldCode(ch.charCodeAt(0)));
// ASCII punctuation matches only itself; "-" and "'" are tokens, and spaces or controls would blur
// into separators.
const isLiteralPunctuation = (ch: string): boolean => /^[!-~]$/.test(ch) && !/[-'*#%]/.test(ch);

/** Index of the ")" closing the group opened at `open`. */
function groupEnd(phrase: string, open: number): number {
  let depth = 0;
  for (let i = open; i < phrase.length; i++) {
    if (phrase[i] === '(') depth++;
    else if (phrase[i] === ')' && --depth === 0) return i;
  }
  return phrase.length;
}

/** A group's alternatives, split at its own "|" only. */
function alternatives(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '(') depth++;
    else if (inner[i] === ')') depth--;
    else if (inner[i] === '|' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts;
}

/**
 * Adds to `out` the heads of `phrase` read after `symbols`; false when a match could begin with
 * something other than a word character, which no head describes.
 */
function collect(
  phrase: string,
  symbols: string,
  separators: number,
  maxSeparators: number,
  out: PhraseHead[],
): boolean {
  const open = (): boolean => (out.push({ symbols, kind: 'open' }), true);
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase.charAt(i);
    if (ch === '(') {
      // Spell the group out: each alternative (or nothing, when optional) followed by the rest.
      const close = groupEnd(phrase, i);
      const optional = phrase[close + 1] === '?';
      const rest = phrase.slice(close + (optional ? 2 : 1));
      const choices = alternatives(phrase.slice(i + 1, close));
      if (optional) choices.push('');
      return choices.every((choice) =>
        collect(choice + rest, symbols, separators, maxSeparators, out),
      );
    }
    if (isWordChar(ch)) {
      symbols += fold(ch);
      continue;
    }
    if (symbols === '') {
      if (ch !== '#') return false;
      for (const digit of DIGITS) out.push({ symbols: digit, kind: 'open' });
      return true;
    }
    if (ch === ' ' || ch === '-') {
      // The matcher reads a separator greedily, which is exact only when a non-separator follows.
      if (symbols.endsWith(SEP)) return open();
      symbols += SEP;
      if (separators++ === maxSeparators) return open();
    } else if (ch === "'" || ch === '’') symbols += APOS;
    else if (ch === '*') {
      out.push({ symbols, kind: i === phrase.length - 1 ? 'prefix' : 'open' });
      return true;
    } else if (isLiteralPunctuation(ch)) symbols += ch;
    else return open(); // "#", "%", or a character that might fold to a letter.
  }
  if (symbols === '') return false;
  // A phrase ending in a separator goes on with any next word, so it is no whole match.
  out.push({ symbols, kind: symbols.endsWith(SEP) ? 'open' : 'word' });
  return true;
}

/** The ways a match of `phrase` can begin, or null when it could begin anywhere (e.g. with "%"). */
export function phraseHeads(phrase: string): PhraseHead[] | null {
  for (let maxSeparators = MAX_SEPARATORS; ; maxSeparators--) {
    const heads: PhraseHead[] = [];
    if (!collect(phrase, '', 0, maxSeparators, heads)) return null;
    const unique = [
      ...new Map(heads.map((head) => [`${head.kind} ${head.symbols}`, head])).values(),
    ];
    if (unique.length <= MAX_HEADS || maxSeparators === 0) return unique;
  }
}
