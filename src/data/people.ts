/**
 * People named in news text, with their role when the text gives one. Precision first: a bare
 * "Firstname Lastname" is too often a title-case heading or an organisation, so a name counts
 * only when a role or honorific introduces it somewhere in the text, or the caller knows it.
 *
 * Speed matters as much (the pipeline reads whole articles): one regex pass finds the words that
 * may open a role or honorific, the expensive checks run only there, and countries are looked up
 * around the names instead of being found in the whole text.
 */
import { countryLookup, type CountryLookup } from './countries';
import {
  acceptsLowercase,
  needsFullName,
  ROLE_OPENING_WORDS,
  roleAt,
  roleBetween,
  roleEndAt,
} from './person-roles';
import { memoByName } from './person-memo';
import { DROPPED_QUALIFIERS, NOT_NAME_WORDS, QUALIFIER_WORDS } from './person-words';
import type { PersonMatch, Span } from './types';

// "Biden", "McDonald", "O'Brien", "Sare'e", "Thomas-Greenfield", "al-Sudani"; never "Biden's".
const NAME_WORD =
  /(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?|\p{Lu}['’]\p{Lu}\p{Ll}+|(?:al|el)-\p{Lu}\p{Ll}+)(?:['’](?!s(?!\p{L}))\p{L}+)?(?:-\p{L}+)*/uy;
const INITIAL = /\p{Lu}\./uy;
const PARTICLE = /(?:van|von|der|den|de|del|da|di|bin|ibn|al|el|la|le|dos|das|du)(?= )/y;
const SUFFIX = /(?:Jr\.?|Sr\.?|II|III|IV)(?![\p{L}\p{N}])/uy;
const KNIGHTHOOD = /(?:Sir|Dame) (?=\p{Lu})/uy;
const HONORIFIC = /(?:Mr|Mrs|Ms|Dr)\.? (?=\p{Lu})/uy;
const MAX_NAME_WORDS = 3;

const stickyAt = (re: RegExp, text: string, pos: number): string | null => {
  re.lastIndex = pos;
  return re.exec(text)?.[0] ?? null;
};

// The words worth a closer look: the opening word of every role, and the honorifics. Case is
// ignored here (a fully case-insensitive alternation scans twice as fast as one with [Pp]
// classes); the exact checks at each hit apply the real case rules. A leading \b halves the
// scan again, and only the exact checks' "no letter or digit before" matters: \b also rules
// out "_" before a word, so a text with "_" is scanned without it.
const WORTH_A_LOOK_WORDS = [
  ...new Set([...ROLE_OPENING_WORDS, 'Mr', 'Mrs', 'Ms', 'Dr'].map((w) => w.toLowerCase())),
]
  .sort((a, b) => b.length - a.length)
  .join('|');
const WORTH_A_LOOK = new RegExp(`\\b(?:${WORTH_A_LOOK_WORDS})(?![A-Za-z])`, 'gi');
const WORTH_A_LOOK_AFTER_UNDERSCORE = new RegExp(`(?:${WORTH_A_LOOK_WORDS})(?![A-Za-z])`, 'gi');

/** The code point that ends right before `pos`, or '' at the start. */
const charBefore = (text: string, pos: number): string => {
  if (pos <= 0) return '';
  const unit = text.charCodeAt(pos - 1);
  const isLow = unit >= 0xdc00 && unit <= 0xdfff;
  const lead = pos >= 2 ? text.charCodeAt(pos - 2) : 0;
  return isLow && lead >= 0xd800 && lead <= 0xdbff ? text.slice(pos - 2, pos) : text[pos - 1]!;
};
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER_DIGIT_DOT_OR_HYPHEN = /^[\p{L}\p{N}.-]$/u;
const isAsciiLetter = (unit: number): boolean =>
  (unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90);
const isAsciiLetterOrDigit = (unit: number): boolean =>
  (unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90) || (unit >= 48 && unit <= 57);

/** Whether a letter or digit ends right before `pos`; only non-ASCII needs the regex. */
const letterOrDigitBefore = (text: string, pos: number): boolean => {
  const unit = pos > 0 ? text.charCodeAt(pos - 1) : 0;
  return unit < 128 ? isAsciiLetterOrDigit(unit) : LETTER_OR_DIGIT.test(charBefore(text, pos));
};
/** Whether a letter, digit, "." or "-" ends right before `pos`. */
const wordCharBefore = (text: string, pos: number): boolean => {
  const unit = pos > 0 ? text.charCodeAt(pos - 1) : 0;
  if (unit >= 128) return LETTER_DIGIT_DOT_OR_HYPHEN.test(charBefore(text, pos));
  return isAsciiLetterOrDigit(unit) || unit === 46 || unit === 45;
};

interface WordHits {
  /** The role mentions [start, end), as a left-to-right scan finds them: never overlapping. */
  roles: Span[];
  /** Where the names after "Mr.", "Ms", "Dr" start. */
  honorifics: number[];
}

const scanWords = (text: string): WordHits => {
  const roles: Span[] = [];
  const honorifics: number[] = [];
  let roleFree = 0; // a role mention cannot start inside the previous one
  const hits = text.includes('_') ? WORTH_A_LOOK_AFTER_UNDERSCORE : WORTH_A_LOOK;
  hits.lastIndex = 0;
  // Every hit is a whole ASCII word, so no role or honorific can start inside one: skipping
  // from hit to hit misses nothing.
  for (let m = hits.exec(text); m; m = hits.exec(text)) {
    const pos = m.index;
    if (pos >= roleFree && !wordCharBefore(text, pos)) {
      const end = roleEndAt(text, pos);
      if (end >= 0) {
        roles.push([pos, end]);
        roleFree = end;
        continue;
      }
    }
    // Honorifics are capitalised ("Mr", "Dr"): other hits cannot be one.
    const first = text.charCodeAt(pos);
    const honorific =
      (first !== 77 && first !== 68) || letterOrDigitBefore(text, pos)
        ? null
        : stickyAt(HONORIFIC, text, pos);
    if (honorific) honorifics.push(pos + honorific.length);
  }
  return { roles, honorifics };
};

/** The text, with what the finders learn about it as they go. */
interface Context {
  text: string;
  /** Countries, so names never swallow "Japan" or "Korean". */
  countries: CountryLookup;
  /** Whether the line starting at each key is a heading; filled as lines are asked about. */
  headingLines: Map<number, boolean>;
}

const countryEndAt = (ctx: Context, pos: number): number | undefined =>
  ctx.countries.endOfMatchAt(pos);
const countryStartBefore = (ctx: Context, end: number): number | undefined =>
  ctx.countries.startOfMatchEndingAt(end);

/**
 * The person's name starting at `pos`: 1–3 capitalised words with optional initials, particles
 * ("von der") and suffix ("Jr."), e.g. "Lloyd J. Austin III". Null if it is not a clean name.
 */
const readName = (ctx: Context, pos: number): { end: number; words: string[] } | null => {
  const { text } = ctx;
  const words: string[] = [];
  let kept = 0; // words up to the last main word or suffix; trailing initials do not count
  let end = pos;
  let mains = 0;
  for (let p = pos; countryEndAt(ctx, p) === undefined; p += 1) {
    const suffix = mains > 0 ? stickyAt(SUFFIX, text, p) : null;
    if (suffix) {
      words.push(suffix);
      kept = words.length;
      end = p + suffix.length;
      break;
    }
    const word = stickyAt(NAME_WORD, text, p);
    if (word && (NOT_NAME_WORDS.has(word) || roleAt(text, p))) break;
    if (word && mains === MAX_NAME_WORDS) return null; // a longer capitalised run: a title, not a name
    const token =
      word ?? stickyAt(INITIAL, text, p) ?? (mains > 0 ? stickyAt(PARTICLE, text, p) : null);
    if (!token) break;
    words.push(token);
    p += token.length;
    if (word) {
      mains += 1;
      kept = words.length;
      end = p;
    }
    if (text[p] !== ' ' && text[p] !== '\u00a0') break;
  }
  return mains > 0 ? { end, words: words.slice(0, kept) } : null;
};

// The characters /\s/ matches, by UTF-16 unit.
const isSpaceUnit = (unit: number): boolean =>
  unit === 32 ||
  (unit >= 9 && unit <= 13) ||
  unit === 0xa0 ||
  unit === 0x1680 ||
  (unit >= 0x2000 && unit <= 0x200a) ||
  unit === 0x2028 ||
  unit === 0x2029 ||
  unit === 0x202f ||
  unit === 0x205f ||
  unit === 0x3000 ||
  unit === 0xfeff;

const UPPERCASE_START = /^\p{Lu}/u;

/** Whether a name's first word may start at `pos`: a capital ("Biden", "J.") or "al-"/"el-". */
const mayStartNameWord = (text: string, pos: number): boolean => {
  const unit = text.charCodeAt(pos);
  if (unit >= 65 && unit <= 90) return true;
  if (unit < 128) return (unit === 97 || unit === 101) && text.startsWith('l-', pos + 1);
  return UPPERCASE_START.test(text.slice(pos, pos + 2));
};

/**
 * Whether a name may end at `end`: its last word (after the last space) must start like a name
 * word, as a name's last word or suffix ("Jr.") does. Initials and particles never end one.
 */
const mayEndName = (text: string, end: number): boolean => {
  let wordStart = end;
  for (; wordStart > 0; wordStart -= 1) {
    const unit = text.charCodeAt(wordStart - 1);
    if (unit === 32 || unit === 0xa0) break;
  }
  return wordStart < end && mayStartNameWord(text, wordStart);
};

const ACRONYM = /^[A-Z][A-Z0-9&]{1,6}$/;
const isApostrophe = (unit: number): boolean => unit === 39 || unit === 0x2019;
/** Whether "'s" or "’s" is written at `pos`. */
const isPossessiveAt = (s: string, pos: number): boolean =>
  isApostrophe(s.charCodeAt(pos)) && s.charCodeAt(pos + 1) === 115;
const stripPossessive = (s: string): string =>
  s.length >= 2 && isPossessiveAt(s, s.length - 2) ? s.slice(0, -2) : s;

/**
 * Qualifiers written before a role, walking back word by word: countries and demonyms ("US",
 * "Japanese"), acronyms ("NATO's"), and QUALIFIER_WORDS ("former", "Pentagon").
 */
const readQualifiers = (ctx: Context, roleStart: number): { start: number; words: string[] } => {
  const { text } = ctx;
  const words: string[] = [];
  let start = roleStart;
  for (let steps = 0; steps < 6; steps += 1) {
    const space = text.charCodeAt(start - 1);
    if (start < 2 || (space !== 32 && space !== 0xa0)) break;
    // The token before: what /\S+$/ finds in the 60 characters before the space.
    const tokenEnd = start - 1;
    const limit = Math.max(0, tokenEnd - 60);
    let tokenStart = tokenEnd;
    while (tokenStart > limit && !isSpaceUnit(text.charCodeAt(tokenStart - 1))) tokenStart -= 1;
    if (tokenStart === tokenEnd) break;
    const token = text.slice(tokenStart, tokenEnd);
    const bare = stripPossessive(token);
    const countryStart = countryStartBefore(ctx, tokenStart + bare.length);
    if (countryStart !== undefined && !text.slice(countryStart, tokenEnd).includes('\n')) {
      words.unshift(stripPossessive(text.slice(countryStart, tokenEnd)));
      start = countryStart;
    } else if (ACRONYM.test(bare) || QUALIFIER_WORDS.has(bare)) {
      words.unshift(bare);
      start = tokenStart;
    } else {
      break;
    }
  }
  return { start, words };
};

interface Found {
  match: PersonMatch;
  inHeading: boolean;
}

// A title-case line (heading, caption) capitalises ordinary words, so names there need backing.
const isHeadingLine = (line: string): boolean => {
  const trimmed = line.trim();
  if (/[.!?"”:]$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
};

/** Whether `pos` is on a heading line; names never span lines, so their start tells. */
const inHeading = (ctx: Context, pos: number): boolean => {
  const { text } = ctx;
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  let heading = ctx.headingLines.get(lineStart);
  if (heading === undefined) {
    const lineEnd = text.indexOf('\n', pos);
    heading = isHeadingLine(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
    ctx.headingLines.set(lineStart, heading);
  }
  return heading;
};

const roleText = (qualifiers: string[], role: string): string => {
  let text = '';
  for (const q of qualifiers) if (!DROPPED_QUALIFIERS.has(q)) text += `${q} `;
  return text + role;
};

/** "US National Security Advisor Jane Roe", "President Biden's", "said Foreign Minister Penny Wong". */
const findTitled = (ctx: Context, roleSpans: readonly Span[]): Found[] => {
  const { text } = ctx;
  const found: Found[] = [];
  for (const [roleStart, roleEnd] of roleSpans) {
    let role = roleBetween(text, roleStart, roleEnd);
    if (!role) continue;
    // "Pentagon Press Secretary Maj. Gen. Pat Ryder": a rank may follow the office.
    let end = role.end;
    const roles = [role.text];
    for (
      let next = roleAt(text, end + 1);
      text[end] === ' ' && next;
      next = roleAt(text, end + 1)
    ) {
      roles.push(next.text);
      end = next.end;
      role = { ...role, end };
    }
    if (text[end] !== ' ' && text[end] !== '\u00a0') continue;
    // "Prime Minister Sir Keir Starmer": the knighthood is not part of the name.
    const start = end + 1 + (stickyAt(KNIGHTHOOD, text, end + 1)?.length ?? 0);
    // Most roles are not followed by a name ("the president said"): rule those out cheaply.
    if (!mayStartNameWord(text, start)) continue;
    const name = readName(ctx, start);
    if (!name) continue;
    if (name.words.length === 1 && needsFullName(role)) continue;
    const qualifiers = readQualifiers(ctx, roleStart);
    if (!acceptsLowercase(role, qualifiers.words)) continue;
    const span: Span = [start, name.end];
    found.push({
      match: { name: text.slice(...span), role: roleText(qualifiers.words, roles.join(' ')), span },
      inHeading: inHeading(ctx, span[0]),
    });
  }
  return found;
};

/** The end of the token at `pos` as /^[^\s,.;:]+/ reads it in the 40 characters from `pos`. */
const appositiveTokenEnd = (text: string, pos: number): number => {
  const limit = Math.min(text.length, pos + 40);
  let i = pos;
  for (; i < limit; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit === 44 || unit === 46 || unit === 59 || unit === 58 || isSpaceUnit(unit)) break;
  }
  return i;
};

// A token can be an acronym or a qualifier word only if it opens with one of these.
const QUALIFIER_OPENINGS = new Set(
  [...QUALIFIER_WORDS, ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((w) => w.charCodeAt(0)),
);

/** "Mark Rutte, NATO's secretary general," and "Richard Marles, the Australian defence minister." */
const findAppositive = (ctx: Context): Found[] => {
  const { text } = ctx;
  const found: Found[] = [];
  for (let comma = text.indexOf(', '); comma >= 0; comma = text.indexOf(', ', comma + 1)) {
    // Most commas follow an ordinary word, not a name: rule those out before anything else.
    if (!mayEndName(text, comma)) continue;
    let p = comma + 2;
    if (text.startsWith('the ', p)) p += 4;
    else if (text.startsWith('a ', p)) p += 2;
    else if (text.startsWith('an ', p)) p += 3;
    const qualifiers: string[] = [];
    for (let steps = 0; steps < 5; steps += 1) {
      const countryEnd = countryEndAt(ctx, p);
      if (countryEnd !== undefined) {
        qualifiers.push(text.slice(p, countryEnd));
        p = countryEnd + (isPossessiveAt(text, countryEnd) ? 2 : 0);
      } else {
        // Most commas are followed by an ordinary word: rule it out before slicing it.
        if (!QUALIFIER_OPENINGS.has(text.charCodeAt(p))) break;
        const token = text.slice(p, appositiveTokenEnd(text, p));
        const bare = stripPossessive(token);
        if (!ACRONYM.test(bare) && !QUALIFIER_WORDS.has(bare)) break;
        qualifiers.push(bare);
        p += token.length;
      }
      if (text[p] !== ' ') break;
      p += 1;
    }
    const role = roleAt(text, p);
    if (!role || !acceptsLowercase(role, qualifiers)) continue;
    if (inHeading(ctx, comma)) continue;
    let end = role.end;
    let roleString = roleText(qualifiers, role.text);
    const of = /^ (of|to|for) (?:the )?/.exec(text.slice(end, end + 10));
    if (of) {
      const target = end + of[0].length;
      const countryEnd = countryEndAt(ctx, target);
      const acronym = /^[A-Z][A-Z0-9&]{1,6}(?![\p{L}\p{N}])/u.exec(text.slice(target, target + 8));
      const targetEnd = countryEnd ?? (acronym ? target + acronym[0].length : undefined);
      if (targetEnd !== undefined) {
        roleString += ` ${of[1]} ${text.slice(target, targetEnd)}`;
        end = targetEnd;
      }
    }
    // The role must close the appositive: "…, NATO's secretary general, said" not "…, NATO chief Rutte".
    if (!/^(?:$|[,.;:)]|[ \u00a0]\p{Ll})/u.test(text.slice(end, end + 2))) continue;
    const name = nameEndingAt(ctx, comma);
    if (!name) continue;
    found.push({
      match: { name: text.slice(name.start, comma), role: roleString, span: [name.start, comma] },
      inHeading: false,
    });
  }
  return found;
};

/** A 2–3 word name that ends right at `end` and is not the tail of a longer capitalised run. */
const nameEndingAt = (ctx: Context, end: number): { start: number; words: string[] } | null => {
  const { text } = ctx;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const before = text.slice(Math.max(lineStart, end - 80), end);
  const tokens = before.split(' ');
  for (let take = Math.min(tokens.length, 6); take >= 2; take -= 1) {
    const startToken = tokens.length - take;
    const candidate = tokens.slice(startToken).join(' ');
    const start = end - candidate.length;
    const name = readName(ctx, start);
    if (!name || name.end !== end) continue;
    const mains = name.words.filter((w) => NAME_WORD_TEST.test(w)).length;
    if (mains < 2) continue;
    const previous = tokens[startToken - 1] ?? '';
    // A capitalised word right before means a longer run ("US Chamber of Commerce President …").
    if (
      /^\p{Lu}\p{Ll}+$/u.test(previous) &&
      !NOT_NAME_WORDS.has(previous) &&
      !roleAt(text, start - previous.length - 1)
    ) {
      return null;
    }
    return { start, words: name.words };
  }
  return null;
};
const NAME_WORD_TEST = /^(?:\p{Lu}\p{Ll}|\p{Lu}['’]\p{Lu}|(?:al|el)-\p{Lu})/u;

/** "Mr. Rutte", "Ms Wong": an honorific makes the next words a name, without a role. */
const findHonorific = (ctx: Context, nameStarts: readonly number[]): Found[] => {
  const found: Found[] = [];
  for (const start of nameStarts) {
    const name = readName(ctx, start);
    if (!name) continue;
    const span: Span = [start, name.end];
    found.push({
      match: { name: ctx.text.slice(...span), role: null, span },
      inHeading: inHeading(ctx, span[0]),
    });
  }
  return found;
};

const mainWordsOf = memoByName((name): readonly string[] =>
  name.split(/\s+/).filter((w) => NAME_WORD_TEST.test(w) && !/^(?:Jr|Sr)\.?$/.test(w)),
);

/** The single words a person is also called by: the surname, or the family name of "Kim Jong Un" / "Xi Jinping". */
const shortFormsOf = memoByName((name): readonly string[] => {
  const words = mainWordsOf(name);
  if (words.length < 2) return [];
  const last = words[words.length - 1]!;
  // Family name first: three short syllables ("Kim Jong Un"), a two-letter first word ("Xi
  // Jinping") or a hyphenated given name ("Yoon Suk-yeol", "Kim Yong-hyun").
  const familyFirst =
    (words.length === 3 && words.every((w) => w.length <= 5)) ||
    words[0]!.length <= 2 ||
    /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last);
  const forms = last.length >= 3 ? [last] : []; // not the "Un" of "Kim Jong Un"
  return familyFirst ? [...forms, words[0]!] : forms;
});

/** The names and the single words they are also called by, longest first (as a regex alternation tries them). */
const formsOf = (names: Iterable<string>): string[] => {
  const forms = new Set<string>();
  for (const name of names) {
    forms.add(name);
    for (const short of shortFormsOf(name)) forms.add(short);
  }
  return [...forms].sort((a, b) => b.length - a.length);
};

const LETTER_OR_DIGIT_AT_START = /^[\p{L}\p{N}]/u;
const HYPHEN_LETTER_AT_START = /^-\p{L}/u;

/** Whether a name may end at `end`: no letter or digit follows, nor a hyphen and a letter. */
const endsWord = (text: string, end: number): boolean => {
  const unit = text.charCodeAt(end);
  if (Number.isNaN(unit)) return true;
  if (unit < 128) {
    if (isAsciiLetterOrDigit(unit)) return false;
    if (unit !== 45) return true;
    const next = text.charCodeAt(end + 1);
    return next >= 128
      ? !HYPHEN_LETTER_AT_START.test(text.slice(end, end + 3))
      : !isAsciiLetter(next);
  }
  return !LETTER_OR_DIGIT_AT_START.test(text.slice(end, end + 2));
};

/**
 * Where the forms occur as whole words at their end, sorted by position, the longest first at
 * one position: what a regex of the forms (longest first) with that lookahead would try in
 * turn. Searching with indexOf per form is several times faster than building and running such
 * a regex for every article's own set of names.
 */
const formOccurrences = (text: string, forms: readonly string[]): Span[] => {
  const found: Span[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      if (endsWord(text, at + form.length)) found.push([at, at + form.length]);
    }
  }
  return found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
};

const isAsciiLower = (unit: number): boolean => unit >= 97 && unit <= 122;
const isAsciiUpper = (unit: number): boolean => unit >= 65 && unit <= 90;
const CAPITALISED_WORD_BEFORE = /(\p{Lu}\p{Ll}+)[ \u00a0]$/u;

/**
 * The capitalised word ending one space before `pos` ("Joe" of "Joe Biden"), as
 * CAPITALISED_WORD_BEFORE finds it in the 30 characters before `pos`: read by hand when it is
 * ASCII, by the regex otherwise.
 */
const capitalisedWordBefore = (text: string, pos: number): string | null => {
  const space = pos > 0 ? text.charCodeAt(pos - 1) : 0;
  if (space !== 32 && space !== 0xa0) return null;
  const limit = Math.max(0, pos - 30);
  let i = pos - 1;
  while (i > limit && isAsciiLower(text.charCodeAt(i - 1))) i -= 1;
  const capital = i > limit ? text.charCodeAt(i - 1) : -1;
  // Lowercase letters back to an ASCII capital: the word. Back to any other ASCII character, or
  // out of the window: none, as the capital must come right before the lowercase letters.
  if (i < pos - 1 && isAsciiUpper(capital)) return text.slice(i - 1, pos - 1);
  if (i === limit || capital < 128) return null;
  return CAPITALISED_WORD_BEFORE.exec(text.slice(limit, pos))?.[1] ?? null;
};

/** Later bare mentions ("Roe explained", "Joe Biden") of names already introduced. */
const findMentions = (ctx: Context, names: Set<string>, taken: Span[]): PersonMatch[] => {
  const { text } = ctx;
  if (names.size === 0) return [];
  const occurrences = formOccurrences(text, formsOf(names));
  const out: PersonMatch[] = [];
  // Read left to right like a regex scan: the leftmost (longest) occurrence from `from` on,
  // then on from its end.
  let from = 0;
  for (const occurrence of occurrences) {
    if (occurrence[0] < from) continue;
    let start = occurrence[0];
    const end = occurrence[1];
    if (letterOrDigitBefore(text, start)) {
      // Inside a word: look again from the next character, as a lookbehind would have.
      from = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
      continue;
    }
    from = end;
    const form = text.slice(start, end);
    if (overlaps(start, end, taken)) continue;
    // A name word right after makes it part of another name ("Austin Powers", "Mohammed al-Houthi").
    const space = text.charCodeAt(end);
    const after =
      space === 32 || space === 0xa0
        ? /^[ \u00a0](\p{Lu}\p{Ll}+|(?:al|el|bin|ibn|van|von|de|da)[ -])/u.exec(
            text.slice(end, end + 30),
          )
        : null;
    if (after && !NOT_NAME_WORDS.has(after[1]!) && countryEndAt(ctx, end + 1) === undefined) {
      continue;
    }
    // "Joe Biden" after "President Biden": a first name right before a known surname joins it.
    const before = capitalisedWordBefore(text, start);
    const beforeStart = before ? start - before.length - 1 : -1;
    if (
      before &&
      !form.includes(' ') &&
      !NOT_NAME_WORDS.has(before) &&
      !QUALIFIER_WORDS.has(before) &&
      !roleAt(text, beforeStart) &&
      countryStartBefore(ctx, start - 1) === undefined &&
      !overlaps(beforeStart, start, taken)
    ) {
      start = beforeStart;
    }
    out.push({ name: text.slice(start, end), role: null, span: [start, end] });
  }
  return out;
};

// A heading's "President Biden Hosts Leaders" keeps only the words that name a known person.
const backedByBody = (
  f: Found,
  names: Set<string>,
  shortForms: Set<string>,
): PersonMatch | null => {
  const [from] = f.match.span;
  const words = f.match.name.split(' ');
  for (let k = words.length; k >= 1; k -= 1) {
    const candidate = words.slice(0, k).join(' ');
    if (names.has(candidate) || (k === 1 && shortForms.has(candidate))) {
      return { ...f.match, name: candidate, span: [from, from + candidate.length] };
    }
  }
  return null;
};

/** Whether [from, to) overlaps one of the `taken` spans. */
const overlaps = (from: number, to: number, taken: readonly Span[]): boolean => {
  for (let i = 0; i < taken.length; i += 1) {
    const span = taken[i]!;
    if (from < span[1] && to > span[0]) return true;
  }
  return false;
};

/** Every single word the names are also called by: short forms and one-word names. */
const shortFormsFor = (names: Set<string>): Set<string> => {
  const forms = new Set<string>();
  for (const name of names) for (const short of shortFormsOf(name)) forms.add(short);
  for (const name of names) if (!name.includes(' ')) forms.add(name);
  return forms;
};

/**
 * Every person mention in `text`, sorted by position, e.g. "US National Security Advisor Jake
 * Roe said … Roe added" → Jane Roe (role "US National Security Advisor"), Roe.
 * `known` names (e.g. from the whole article when scanning one sentence) count as introduced.
 *
 * Each match's span points into `text` (`text.slice(...span)` is its name), so a caller can run
 * this once on a whole article and hand each sentence its mentions with `matchesBySpan`.
 */
export const findPeople = (text: string, known: readonly string[] = []): PersonMatch[] => {
  const ctx: Context = { text, countries: countryLookup(text), headingLines: new Map() };
  const hits = scanWords(text);
  const candidates = [
    ...findTitled(ctx, hits.roles),
    ...findAppositive(ctx),
    ...findHonorific(ctx, hits.honorifics),
  ];
  const names = new Set(known);
  for (const c of candidates) if (!c.inHeading) names.add(c.match.name);
  // Only headings need the short forms; most texts have no name in one.
  let shortForms: Set<string> | null = null;

  const accepted: PersonMatch[] = [];
  const taken: Span[] = [];
  for (const c of candidates) {
    const match = c.inHeading
      ? backedByBody(c, names, (shortForms ??= shortFormsFor(names)))
      : c.match;
    if (!match) continue;
    // The same name found twice ("Gen. Pat Ryder" inside "Press Secretary Maj. Gen. Pat Ryder", or
    // by title and by appositive) keeps one mention with the more specific role.
    let same: PersonMatch | undefined;
    for (let i = 0; i < accepted.length && !same; i += 1) {
      const a = accepted[i]!;
      if (a.span[0] === match.span[0] && a.span[1] === match.span[1]) same = a;
    }
    if (same) same.role = moreSpecific(same.role, match.role);
    if (same || overlaps(match.span[0], match.span[1], taken)) continue;
    accepted.push({ name: match.name, role: match.role, span: match.span });
    taken.push(match.span);
  }
  accepted.push(...findMentions(ctx, names, taken));
  return accepted.sort((a, b) => a.span[0] - b.span[0]);
};

/**
 * The matches that start inside each span, in span order: with the sentences' spans, each
 * sentence's people from one `findPeople` run over the whole article.
 */
export const matchesBySpan = (
  matches: readonly PersonMatch[],
  spans: readonly Span[],
): PersonMatch[][] => {
  const sorted = [...matches].sort((a, b) => a.span[0] - b.span[0]);
  return spans.map(([from, to]) =>
    sorted.slice(firstStartingFrom(sorted, from), firstStartingFrom(sorted, to)),
  );
};

/** The index of the first of the sorted `matches` that starts at or after `pos`. */
const firstStartingFrom = (matches: readonly PersonMatch[], pos: number): number => {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (matches[mid]!.span[0] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** As `s.split(/\s+/).length`: one more than the runs of whitespace. */
const wordCount = (s: string): number => {
  let count = 1;
  for (let i = 0; i < s.length; i += 1) {
    if (isSpaceUnit(s.charCodeAt(i)) && (i === 0 || !isSpaceUnit(s.charCodeAt(i - 1)))) count += 1;
  }
  return count;
};

// More words say more ("US National Security Advisor" over "Advisor"); ties go to the longer text.
const moreSpecific = (a: string | null, b: string | null): string | null => {
  if (!a || !b) return a ?? b;
  if (wordCount(a) !== wordCount(b)) return wordCount(a) > wordCount(b) ? a : b;
  return b.length > a.length ? b : a;
};

// "Lloyd J. Austin III" and "Lloyd Austin" are one person: compare names without initials or suffixes.
const nameKey = memoByName((name): string => mainWordsOf(name).join(' '));

interface Group {
  name: string;
  role: string | null;
  first: number;
}

/** Adds a mention to its person's group: the most specific role, the first position. */
const joinGroup = (
  groups: Map<string, Group>,
  key: string,
  name: string,
  role: string | null,
  first: number,
): void => {
  const group = groups.get(key);
  if (group) {
    group.role = moreSpecific(group.role, role);
    group.first = Math.min(group.first, first);
  } else {
    groups.set(key, { name, role, first });
  }
};

/**
 * People of a text, one entry each in order of first mention: surname-only mentions join the full
 * name ("Roe" → "Jane Roe"), and each keeps its most specific role. `known` full names
 * let a sentence's "Roe" join an article-level "Jane Roe".
 */
export const mergePeople = (
  matches: PersonMatch[],
  known: readonly string[] = [],
): Array<{ name: string; role: string | null }> => {
  const groups = new Map<string, Group>();

  // Plain indexed loops, not chains of filter/map/entries: this runs for every sentence and
  // article, and stays fast before the JIT has optimised it.
  const ordered = matches.slice().sort((a, b) => a.span[0] - b.span[0]);
  const isFull: boolean[] = [];
  for (let i = 0; i < ordered.length; i += 1)
    isFull.push(mainWordsOf(ordered[i]!.name).length >= 2);
  for (const name of known) {
    if (mainWordsOf(name).length >= 2) joinGroup(groups, nameKey(name), name, null, Infinity);
  }
  for (let i = 0; i < ordered.length; i += 1) {
    const m = ordered[i]!;
    if (isFull[i]) joinGroup(groups, nameKey(m.name), m.name, m.role, m.span[0]);
  }
  const fullKeys = [...groups.keys()];
  for (let i = 0; i < ordered.length; i += 1) {
    if (isFull[i]) continue;
    const m = ordered[i]!;
    const word = m.name.trim();
    let bySurname: string | null = null;
    let surnames = 0;
    let byFirst: string | null = null;
    let firsts = 0;
    for (const k of fullKeys) {
      const space = k.indexOf(' ');
      if (k.slice(k.lastIndexOf(' ') + 1) === word) {
        bySurname = k;
        surnames += 1;
      }
      if ((space < 0 ? k : k.slice(0, space)) === word) {
        byFirst = k;
        firsts += 1;
      }
    }
    const key = surnames === 1 ? bySurname! : firsts === 1 ? byFirst! : word;
    joinGroup(groups, key, word, m.role, m.span[0]);
  }
  const people: Group[] = [];
  for (const group of groups.values()) if (Number.isFinite(group.first)) people.push(group);
  people.sort((a, b) => a.first - b.first);
  return people.map(({ name, role }) => ({ name, role }));
};
