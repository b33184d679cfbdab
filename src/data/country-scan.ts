/**
 * The country scan shared by `findCountries` (whole texts) and `countryLookup` (windows of a text):
 * which capitalised words open a form, and which contexts confirm or reject it.
 *
 * Forms and contexts are defined on normalised text (curly apostrophes, Unicode hyphens and all
 * whitespace made ASCII, see `normaliseText`), but the scan reads the original text: normalising
 * changes no letter, so candidates are the same, and only the forms and contexts that contain a
 * normalised character are compared through it. A whole normalised copy of every text would
 * cost more than the scan itself.
 */
import { formsOpenedBy, FORMS, LONGEST_FORM, mayOpenForm, type Form } from './country-gazetteer';
import { US_STATE_FORMS, US_STATES } from './country-aliases';
import type { CountryMatch } from './types';

// Title-case headings capitalise these, so they do not make a neighbour part of a longer name.
const FUNCTION_WORDS = new Set(
  (
    'A An The And Or But Nor In On At To From Of For With By As Via Into Onto Over Under Near ' +
    'Amid Against Between Among About After Before During Since Until Toward Towards Than Like ' +
    'Including Is Are Was Were Be Will Would Could Should Can May Might Must Has Have Had Does ' +
    'Did Do Says Said If When While Where Both Also Not Only Even Vs'
  ).split(' '),
);
const TITLE_ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Adm|Col|Lt|Maj|Capt|Gov|Prof|Sgt|St)\.$/;
// A name-like word: "Jim", "O'Brien"; not an acronym ("NATO") and not a possessive ("Biden's").
const NAME_LIKE_WORD = /^\p{Lu}(?=\S*\p{Ll})[\p{L}\p{M}-]*(?:'\p{Lu}[\p{L}\p{M}-]*)?$/u;
// Boilerplate shouted in capitals ("CONTACT US", "FOLLOW US") uses the pronoun, not the country.
const SHOUTED_BEFORE_PRONOUN = new Set(
  (
    'ABOUT CONTACT FOLLOW JOIN WITH FOR TO OF LET TELL HELP SUPPORT EMAIL CALL VISIT AMONG FROM ' +
    'BY ON AT GIVE SEND WRITE SHARE BEHIND ALL'
  ).split(' '),
);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const US_STATE_SET = new Set(US_STATES);
const US_STATE_FORM_SET = new Set(US_STATE_FORMS);

/** The whitespace-delimited token ending right before `pos` (which must follow a space). */
const tokenBefore = (text: string, pos: number): string | null => {
  if (pos < 2 || text[pos - 1] !== ' ') return null;
  const start = text.lastIndexOf(' ', pos - 2) + 1;
  return text.slice(start, pos - 1);
};

const wordAfter = (text: string, end: number): string | null =>
  text[end] === ' '
    ? (/^[\p{L}\p{M}.'-]+/u.exec(text.slice(end + 1, end + 40))?.[0] ?? null)
    : null;

const touchesCapitalisedWord = (text: string, pos: number, end: number): boolean => {
  const before = tokenBefore(text, pos);
  if (before && TITLE_ABBREVIATION.test(before)) return true;
  if (before && NAME_LIKE_WORD.test(before) && !FUNCTION_WORDS.has(before)) return true;
  const after = wordAfter(text, end);
  return !!after && /^\p{Lu}/u.test(after) && !FUNCTION_WORDS.has(after.replace(/\.$/, ''));
};

// "Lima, Ohio" and "Athens, Georgia" are American towns; "Tbilisi, Georgia" is not.
const followedByUsState = (text: string, end: number, code: string): boolean => {
  if (!text.startsWith(', ', end)) return false;
  const rest = text.slice(end + 2, end + 20);
  for (const state of US_STATE_SET) {
    if (!rest.startsWith(state) || WORD_CHAR.test(rest[state.length] ?? '')) continue;
    return FORMS.get(state)?.code !== code;
  }
  return false;
};

// "Atlanta, Georgia" and "the state of Georgia" are the US state; "Ukraine, Georgia" is a list.
const namesUsState = (text: string, pos: number, lastEnd: number): boolean => {
  const before = text.slice(Math.max(0, pos - 30), pos);
  if (/\bstate of $/i.test(before)) return true;
  return before.endsWith(', ') && lastEnd !== pos - 2 && /\p{Lu}[\p{L}\p{M}.'-]*, $/u.test(before);
};

/** A form found at [pos, end) that names a country (denied forms never get this far). */
interface Hit {
  form: Form;
  code: string;
  pos: number;
  end: number;
}

/** Whether the context confirms the hit: guards for capitals, person-like names and abbreviations. */
const isAcceptedIn = (text: string, { form, code, pos, end }: Hit, lastEnd: number): boolean => {
  if (form.guarded) {
    if (touchesCapitalisedWord(text, pos, end) || followedByUsState(text, end, code)) return false;
  }
  if (US_STATE_FORM_SET.has(form.surface) && namesUsState(text, pos, lastEnd)) return false;
  if (/^[A-Z.]+$/.test(form.surface)) {
    if (text[end] === '$') return false; // "US$5 billion" is a currency
    const before = tokenBefore(text, pos);
    if (form.surface === 'US' && before && SHOUTED_BEFORE_PRONOUN.has(before)) return false;
  }
  return true;
};

// Characters are classified by the regexes above once each; this table remembers the answers.
const IS_WORD = 1;
const IS_LETTER_OR_MARK = 2;
const IS_UPPERCASE = 4;
const IS_SPACE = 8;
const CLASSIFIED = 16;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const UPPERCASE = /^\p{Lu}$/u;
const SPACE = /^\s$/;
const classify = (ch: string): number =>
  CLASSIFIED |
  (WORD_CHAR.test(ch) ? IS_WORD : 0) |
  (LETTER_OR_MARK.test(ch) ? IS_LETTER_OR_MARK : 0) |
  (UPPERCASE.test(ch) ? IS_UPPERCASE : 0) |
  (SPACE.test(ch) ? IS_SPACE : 0);
const UNIT_CLASSES = new Uint8Array(0x10000);

/** The class of one UTF-16 unit; a lone surrogate is in no class, as in a `u` regex. */
const unitClass = (unit: number): number => {
  const known = UNIT_CLASSES[unit]!;
  if (known !== 0) return known;
  const computed = classify(String.fromCharCode(unit));
  UNIT_CLASSES[unit] = computed;
  return computed;
};

/** Whether the code point at `i` takes two units; only those need `codePointClass`. */
const isPairAt = (text: string, i: number): boolean => {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
};
const codePointClass = (text: string, i: number): number =>
  classify(String.fromCodePoint(text.codePointAt(i)!));

/** Whether the UTF-16 unit at `i` is a word character, as `WORD_CHAR.test(text[i])` would say. */
const isWordUnit = (text: string, i: number): boolean =>
  i < text.length && (unitClass(text.charCodeAt(i)) & IS_WORD) !== 0;

/** The end of the letters and marks that start at `from` ("Korea" in "Korea's"), by code point. */
const letterRunEnd = (text: string, from: number): number => {
  let i = from;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      if (!((unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90))) break;
      i += 1;
    } else if (isPairAt(text, i)) {
      if ((codePointClass(text, i) & IS_LETTER_OR_MARK) === 0) break;
      i += 2;
    } else {
      if ((unitClass(text.charCodeAt(i)) & IS_LETTER_OR_MARK) === 0) break;
      i += 1;
    }
  }
  return i;
};

const isLetterOrMarkUnit = (unit: number): boolean => (unitClass(unit) & IS_LETTER_OR_MARK) !== 0;
const extendHash = (hash: number, unit: number): number => (Math.imul(hash, 31) + unit) | 0;

/** The unit `normaliseText` puts in place of `unit`. */
const normalisedUnit = (unit: number): number => {
  if (unit === 0x2019 || unit === 0x2018) return 39; // '
  if (unit === 0x2010 || unit === 0x2011) return 45; // -
  return unit !== 32 && (unitClass(unit) & IS_SPACE) !== 0 ? 32 : unit;
};

// Same length as the input, so offsets found in it are offsets into the original text. One pass
// with a callback: the characters to replace are rare, and three chained replaces cost 4× more.
const TO_NORMALISE = /[’‘\u2010\u2011]|[^\S ]/g;
const normaliseText = (text: string): string =>
  text.replace(TO_NORMALISE, (ch) => String.fromCharCode(normalisedUnit(ch.charCodeAt(0))));

/**
 * Whether `surface` is written at `pos` once the text is normalised, given that its first `known`
 * units are (the first word, which normalising never changes).
 */
const isWrittenAt = (text: string, pos: number, surface: string, known: number): boolean => {
  if (pos + surface.length > text.length) return false;
  for (let k = known; k < surface.length; k += 1) {
    const unit = text.charCodeAt(pos + k);
    if (unit === surface.charCodeAt(k)) continue;
    // Only controls and non-ASCII characters change when normalised.
    if ((unit > 13 && unit < 128) || normalisedUnit(unit) !== surface.charCodeAt(k)) return false;
  }
  return true;
};

// The forms whose acceptance depends on their context; for all others `isAcceptedIn` says yes.
const CONTEXT_FREE = new Set(
  [...FORMS.values()].filter(
    (form) =>
      !form.guarded && !US_STATE_FORM_SET.has(form.surface) && !/^[A-Z.]+$/.test(form.surface),
  ),
);

/**
 * Whether the context of the form at [pos, end) accepts it, read in a normalised copy of the
 * text around it: back to the word before it (and 30 characters), and 41 characters on.
 */
const isAccepted = (text: string, hit: Hit, lastEnd: number): boolean => {
  if (CONTEXT_FREE.has(hit.form)) return true;
  const { pos, end } = hit;
  let space = pos - 2;
  while (space >= 0 && (unitClass(text.charCodeAt(space)) & IS_SPACE) === 0) space -= 1;
  const from = Math.max(0, Math.min(space, pos - 30));
  const to = Math.min(text.length, end + 41);
  // Where normalising would change nothing, the text itself is the normalised window.
  let plain = true;
  for (let i = from; i < to && plain; i += 1) {
    const unit = text.charCodeAt(i);
    plain = unit === 32 || (unit > 13 && unit < 128) || normalisedUnit(unit) === unit;
  }
  if (plain) return isAcceptedIn(text, hit, lastEnd);
  const window = normaliseText(text.slice(from, to));
  return isAcceptedIn(window, { ...hit, pos: pos - from, end: end - from }, lastEnd - from);
};
// Every uppercase letter is ASCII or beyond it; non-ASCII units are classified one by one.
// Each scanning function owns its regex, as `lastIndex` is its cursor.
const CANDIDATES_FOR_SCAN = /[A-Z\u0080-\uffff]/g;
const CANDIDATES_FOR_WINDOW = /[A-Z\u0080-\uffff]/g;

/** Whether an uppercase letter starts a word at `i`: no letter, mark or digit right before it. */
const isCandidate = (text: string, i: number): boolean => {
  const cls = isPairAt(text, i) ? codePointClass(text, i) : unitClass(text.charCodeAt(i));
  if ((cls & IS_UPPERCASE) === 0) return false;
  if (i === 0) return true;
  const before =
    i >= 2 && isPairAt(text, i - 2)
      ? codePointClass(text, i - 2)
      : unitClass(text.charCodeAt(i - 1));
  return (before & IS_WORD) === 0;
};

/**
 * The country matches of `text` that start in [from, to), appended to `out`, scanning from
 * `from` as a scan of the whole text would: the caller makes sure no earlier match runs past
 * `from` (see `syncPointBefore`) and passes where the last match before it ended. Returns where
 * the scan stopped, past `to` when the last match runs on.
 */
export const scanCountries = (
  text: string,
  from: number,
  to: number,
  out: CountryMatch[],
  lastEndBefore = -1,
): number => {
  let lastEnd = lastEndBefore;
  let consumed = from;
  // The regex engine skips lowercase ASCII far faster than a loop; `test` allocates nothing.
  const next = CANDIDATES_FOR_SCAN;
  next.lastIndex = from;
  // Stop as soon as the cursor passes `to`, before the regex looks for a candidate beyond it.
  while (next.lastIndex < to && next.test(text)) {
    const pos = next.lastIndex - 1;
    if (pos >= to) break;
    if (!isCandidate(text, pos) || !mayOpenForm(text, pos)) continue;
    const wordEnd = letterRunEnd(text, pos);
    // Inside the word no position can start a candidate, so the scan resumes at its end.
    let resume = wordEnd;
    for (const form of formsOpenedBy(text, pos, wordEnd)) {
      const end = pos + form.surface.length;
      if (!isWrittenAt(text, pos, form.surface, wordEnd - pos) || isWordUnit(text, end)) continue;
      // A denied form consumes its words, so "Washington Post" or "New Mexico" yields nothing.
      if (form.code === null) {
        resume = consumed = end;
        break;
      }
      // A rejected form gives way to a shorter one: "Mexico City Police" still names Mexico.
      if (!isAccepted(text, { form, code: form.code, pos, end }, lastEnd)) continue;
      out.push({ code: form.code, matched: text.slice(pos, end), span: [pos, end] });
      resume = consumed = lastEnd = end;
      break;
    }
    next.lastIndex = resume;
  }
  return Math.max(to, consumed);
};

/**
 * The end of the longest form written at `pos` whether or not its context accepts it, if that
 * end is at least `atLeast`; else -1. Forms are tried longest first, so the search stops early.
 */
const longestWrittenEnd = (text: string, pos: number, atLeast = 0): number => {
  if (!isCandidate(text, pos) || !mayOpenForm(text, pos)) return -1;
  const wordEnd = letterRunEnd(text, pos);
  for (const form of formsOpenedBy(text, pos, wordEnd)) {
    const end = pos + form.surface.length;
    if (end < atLeast) return -1;
    if (isWrittenAt(text, pos, form.surface, wordEnd - pos) && !isWordUnit(text, end)) return end;
  }
  return -1;
};

/** Whether a form is written at `pos`: without one no match can start there. */
export const mayMatchAt = (text: string, pos: number): boolean => longestWrittenEnd(text, pos) >= 0;

/**
 * A position at or before `pos` from which `scanCountries` gives the same matches as a scan of
 * the whole text. It is one no form written before it runs past: then no earlier match hides a
 * candidate there. And the US-state rule, which looks for a list before "Georgia" (", Georgia"),
 * must not see one that the fresh scan misses: so no form written before it may end two
 * characters before a US-state form at or after it.
 */
export const syncPointBefore = (text: string, pos: number): number => {
  let sync = pos;
  for (;;) {
    if (!mayBeReached(text, sync)) return sync;
    let earlier = sync;
    const next = CANDIDATES_FOR_WINDOW;
    next.lastIndex = Math.max(0, sync - LONGEST_FORM);
    while (next.test(text)) {
      const candidate = next.lastIndex - 1;
      if (candidate >= sync) break;
      const longest = longestWrittenEnd(text, candidate, sync - 2);
      if (longest > sync || (longest >= 0 && endsBeforeUsState(text, candidate, sync))) {
        earlier = candidate;
        break;
      }
    }
    if (earlier === sync) return sync;
    sync = earlier;
  }
};

// Inside forms, each word with what follows it up to the next word's first letter ("the C" of
// "Republic of the Congo", "S. V" of "U.S. Virgin Islands"). A form written before a candidate
// that runs past it holds the text's last word before the candidate, the characters between,
// and the candidate's letter. Kept as hashes, so checking a text builds no string; a collision
// only sends the check down the slow path.
const JOIN_AT = /[\p{L}\p{M}]+[^\p{L}\p{M}]+[\p{L}\p{M}]/uy;
const JOINS_INSIDE_FORMS = ((): Set<number> => {
  const joins = new Set<number>();
  for (const surface of FORMS.keys()) {
    for (let i = 0; i < surface.length; i += 1) {
      if (i > 0 && LETTER_OR_MARK.test(surface[i - 1]!)) continue; // not a word's start
      JOIN_AT.lastIndex = i;
      const join = JOIN_AT.exec(surface)?.[0];
      if (!join) continue;
      let hash = join.length;
      for (let k = 0; k < join.length; k += 1) hash = extendHash(hash, join.charCodeAt(k));
      joins.add(hash);
    }
  }
  return joins;
})();
const LONGEST_JOIN = LONGEST_FORM; // a join is part of a form
// "Georgia" and the like can only be written where their first letter is.
const US_STATE_FORM_OPENINGS = new Set(US_STATE_FORMS.map((surface) => surface.charCodeAt(0)));

/**
 * False only when no form written before the candidate `sync` can matter to the scan from it:
 * none runs past it (the text's last word, the characters after it and the candidate's letter
 * are joined that way inside no form), and there is no US-state form whose list rule could see
 * a form ending before it.
 */
const mayBeReached = (text: string, sync: number): boolean => {
  for (let at = sync; at <= sync + 2; at += 1) {
    if (US_STATE_FORM_OPENINGS.has(text.charCodeAt(at)) && isUsStateWrittenAt(text, at))
      return true;
  }
  let wordEnd = sync;
  while (wordEnd > 0 && !isLetterOrMarkUnit(text.charCodeAt(wordEnd - 1))) wordEnd -= 1;
  let wordStart = wordEnd;
  while (wordStart > 0 && isLetterOrMarkUnit(text.charCodeAt(wordStart - 1))) wordStart -= 1;
  if (wordStart === wordEnd) return false; // no word before: no form either
  if (sync + 1 - wordStart > LONGEST_JOIN) return false; // longer than any form
  let hash = sync + 1 - wordStart;
  for (let i = wordStart; i <= sync; i += 1) {
    hash = extendHash(hash, normalisedUnit(text.charCodeAt(i)));
  }
  return JOINS_INSIDE_FORMS.has(hash);
};

/** Whether a form written at `pos` ends in [sync - 2, sync] two characters before "Georgia". */
const endsBeforeUsState = (text: string, pos: number, sync: number): boolean => {
  const wordEnd = letterRunEnd(text, pos);
  return formsOpenedBy(text, pos, wordEnd).some((form) => {
    const end = pos + form.surface.length;
    return (
      end >= sync - 2 &&
      end <= sync &&
      isWrittenAt(text, pos, form.surface, wordEnd - pos) &&
      !isWordUnit(text, end) &&
      isUsStateWrittenAt(text, end + 2)
    );
  });
};

/** Whether some form written at `pos` is a US-state form ("Georgia"). */
const isUsStateWrittenAt = (text: string, pos: number): boolean => {
  if (!isCandidate(text, pos) || !mayOpenForm(text, pos)) return false;
  const wordEnd = letterRunEnd(text, pos);
  return formsOpenedBy(text, pos, wordEnd).some(
    (form) =>
      US_STATE_FORM_SET.has(form.surface) &&
      isWrittenAt(text, pos, form.surface, wordEnd - pos) &&
      !isWordUnit(text, pos + form.surface.length),
  );
};

interface ClosingForm {
  surface: string;
  firstWordLength: number;
}
// A form's closing: its last letters and what follows them ("Korea", "S." of "U.S."). Forms are
// indexed by a hash of it, so a lookup reads the text's closing without building a string.
const CLOSING = /[\p{L}\p{M}]*[^\p{L}\p{M}]*$/u;
const FIRST_WORD_OF_FORM = /^[\p{L}\p{M}]+/u;
// Not `letterRunEnd` nor the text side of the hash: hot code stays fastest when it only ever
// sees the texts it scans.
const FORMS_BY_CLOSING = ((): Map<number, ClosingForm[]> => {
  const index = new Map<number, ClosingForm[]>();
  for (const surface of FORMS.keys()) {
    const closing = CLOSING.exec(surface)?.[0] ?? '';
    let hash = 0;
    for (let i = closing.length - 1; i >= 0; i -= 1) hash = extendHash(hash, closing.charCodeAt(i));
    const firstWordLength = FIRST_WORD_OF_FORM.exec(surface)?.[0].length ?? 0;
    index.set(hash, [...(index.get(hash) ?? []), { surface, firstWordLength }]);
  }
  return index;
})();

const isSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdfff;

/**
 * The first position where a form written there, accepted or not, ends exactly at `end` and
 * `test` holds, if any. A form that ends there closes with the text's last letters and what
 * follows them, so only the forms with that closing are tried (each in full, so a hash
 * collision costs only time).
 */
export const findFormStartEndingAt = (
  text: string,
  end: number,
  test: (pos: number) => boolean,
): number | undefined => {
  if (end < 2 || end > text.length || isWordUnit(text, end)) return undefined;
  let hash = 0;
  let i = end;
  // The closing read backwards: what follows the letters, then the letters. Forms are all BMP,
  // so a surrogate (half of an astral letter) closes none of them.
  for (; i > 0; i -= 1) {
    const unit = text.charCodeAt(i - 1);
    if (isLetterOrMarkUnit(unit) || isSurrogate(unit)) break;
    hash = extendHash(hash, normalisedUnit(unit));
  }
  for (; i > 0; i -= 1) {
    const unit = text.charCodeAt(i - 1);
    if (!isLetterOrMarkUnit(unit) || isSurrogate(unit)) break;
    hash = extendHash(hash, unit);
  }
  for (const { surface, firstWordLength } of FORMS_BY_CLOSING.get(hash) ?? []) {
    const pos = end - surface.length;
    // The scan tries a form only where its first word is the whole word of the text.
    if (
      pos >= 0 &&
      isWrittenAt(text, pos, surface, 0) &&
      letterRunEnd(text, pos) === pos + firstWordLength &&
      isCandidate(text, pos) &&
      test(pos)
    ) {
      return pos;
    }
  }
  return undefined;
};
