/**
 * The phrase syntax of topic-rules.json (documented in topics.ts) as regex source, and the character
 * classes of that source as fast per-code-unit tests for topic-matcher.ts, which must agree with them.
 */

// Letters of the Latin, Greek and Cyrillic blocks and digits. Not \p{L}: V8 takes about 1 ms to compile
// each case-insensitive regex holding it, which for hundreds of phrases would stall the first tagging.
// All below CODE_TABLE_SIZE, as isWordCode assumes.
export const WORD_CHAR =
  '[0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]';
const HYPHENS = '-‐‑–';
const SEPARATOR = `(?:\\s+|\\s*[${HYPHENS}]\\s*)`;
const NUMBER = '\\d+(?:[.,]\\d+)?';
/** What `'` in a phrase matches. */
export const APOSTROPHES = "'’ʼ";
const PERCENT = '(?:\\s?%|\\s?per\\s?cent)';

const TOKENS: Readonly<Record<string, string>> = {
  '*': `${WORD_CHAR}*`,
  ' ': SEPARATOR,
  '-': SEPARATOR,
  "'": `[${APOSTROPHES}]`,
  '’': `[${APOSTROPHES}]`,
  '#': NUMBER,
  '%': PERCENT,
  '(': '(?:',
  ')': ')',
  '|': '|',
  '?': '?',
};

/** Translates one phrase into a regex source without word boundaries; throws on malformed groups. */
function phraseBody(phrase: string): string {
  let out = '';
  let depth = 0;
  let afterGroup = false;
  for (const ch of phrase) {
    const closesGroup = ch === ')';
    if (ch === '?' && !afterGroup) throw new Error(`"?" must follow a group in "${phrase}"`);
    if (ch === ')' && --depth < 0) throw new Error(`unbalanced ")" in "${phrase}"`);
    if (ch === '|' && depth === 0) throw new Error(`"|" outside a group in "${phrase}"`);
    if (ch === '(') depth++;
    out += TOKENS[ch] ?? ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    afterGroup = closesGroup;
  }
  if (depth !== 0) throw new Error(`unbalanced "(" in "${phrase}"`);
  return out;
}

/** The phrase as a regex source that only matches whole words. */
export const phraseSource = (phrase: string): string =>
  `(?<!${WORD_CHAR})(?:${phraseBody(phrase)})(?!${WORD_CHAR})`;

/** Acronyms are written in capitals and must keep their case to avoid hits like "ai" in prose. */
export const isCaseSensitive = (phrase: string): boolean =>
  !/\p{Ll}/u.test(phrase) && /\p{Lu}/u.test(phrase);

/** Code units below this (all word characters, most text) are classified by tables. */
export const CODE_TABLE_SIZE = 0x500;

const WORD_CHAR_REGEX = new RegExp(`^${WORD_CHAR}$`);
const WORD_TABLE = Uint8Array.from({ length: CODE_TABLE_SIZE }, (_, code) =>
  WORD_CHAR_REGEX.test(String.fromCharCode(code)) ? 1 : 0,
);

/** Whether a UTF-16 code unit is in WORD_CHAR; a table lookup, as the scan asks for every character. */
export const isWordCode = (code: number): boolean =>
  code < CODE_TABLE_SIZE && WORD_TABLE[code] === 1;

const WORD_CHAR_FOLDED_REGEX = new RegExp(`^${WORD_CHAR}$`, 'iu');
const foldedWordCodes = new Map<number, boolean>();

/**
 * Whether a case-insensitive phrase regex takes a code unit for a word character: with case folding,
 * WORD_CHAR also holds a few characters outside its ranges, like "µ" (folds to "μ") or the Kelvin
 * sign. Asked by the regex itself, and remembered, as only rare characters need asking.
 */
export function isFoldedWordCode(code: number): boolean {
  if (code < 128) return isWordCode(code);
  let found = foldedWordCodes.get(code);
  if (found === undefined) {
    found = WORD_CHAR_FOLDED_REGEX.test(String.fromCharCode(code));
    foldedWordCodes.set(code, found);
  }
  return found;
}

const foldSlow = (code: number): number => {
  const folded = String.fromCharCode(code).toUpperCase().toLowerCase();
  return folded.length === 1 ? folded.charCodeAt(0) : code;
};
const FOLD_TABLE = Uint16Array.from({ length: CODE_TABLE_SIZE }, (_, code) => foldSlow(code));

/**
 * A case-free form of a code unit, so "Kyiv", "KYIV" and "kyiv" walk the same path. Lower case of the
 * upper case, not just lower case, so it also merges what case-insensitive regexes merge, like "ſ" with
 * "s" and the Kelvin sign with "k"; where it merges more, the phrase's regex still decides.
 */
export const foldCode = (code: number): number =>
  code < CODE_TABLE_SIZE ? (FOLD_TABLE[code] ?? code) : foldSlow(code);

const SPACE = /^\s$/;
const separatorKinds = new Map<number, number>();

/**
 * 1 for a `\s` character, 2 for a hyphen, 0 otherwise: what a separator (" " or "-" in a phrase)
 * is made of, as spaces with at most one hyphen among them.
 */
export function separatorKind(code: number): number {
  if (code === 32) return 1;
  if (code < 128) return code === 45 ? 2 : code >= 9 && code <= 13 ? 1 : 0;
  let kind = separatorKinds.get(code);
  if (kind === undefined) {
    const ch = String.fromCharCode(code);
    kind = SPACE.test(ch) ? 1 : HYPHENS.includes(ch) ? 2 : 0;
    separatorKinds.set(code, kind);
  }
  return kind;
}
