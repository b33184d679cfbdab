/**
 * The country gazetteer: every way English news names a country (name, official name, safe
 * alternate spellings, demonyms and their plurals, capitals standing for governments, a few
 * metonyms) mapped to its ISO alpha-2 code, built once from world-countries plus our alias table.
 */
import countries from 'world-countries';
import {
  CAPITAL_ALIASES,
  DEMONYM_ALIASES,
  DENIED_FORMS,
  METONYMS,
  NAME_ALIASES,
  PERSON_LIKE_FORMS,
  US_STATE_FORMS,
  US_STATES,
} from './country-aliases';
import type { CountryMatch } from './types';

interface Form {
  surface: string;
  /** null for a denied form: it is matched only so that it hides the shorter forms inside it. */
  code: string | null;
  /** Capitals and person-like names must not touch another capitalised word. */
  guarded: boolean;
}

type Country = (typeof countries)[number];

// Not countries in any sense a reader of defence news means.
const EXCLUDED_CODES = new Set(['AQ', 'UM']);
// Partially recognised states whose capitals still speak for a government.
const CAPITAL_WITHOUT_UN_SEAT = new Set(['TW', 'XK']);

const byCode = new Map<string, Country>(countries.map((c) => [c.cca2, c]));

const normaliseForm = (s: string): string => s.replace(/[’‘]/g, "'");
const withoutDiacritics = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '');
const FIRST_WORD = /^[\p{L}\p{M}]+/u;

// "Germans", "Americans", "Filipinos"; not "Frenches", "Swisses" or "Japaneses".
const pluralOf = (demonym: string): string | null =>
  /(?:ese|sh|ch|ss|s|x|z|y)$/.test(demonym) ? null : `${demonym}s`;

// Alternate spellings in Latin script, long enough not to be codes, with no inverted "X, Y of" forms.
const isSafeAltSpelling = (s: string): boolean =>
  s.length >= 3 && /^\p{Lu}[\p{Script=Latin}\p{M} '’.-]*$/u.test(s);

const buildForms = (): Map<string, Form> => {
  const forms = new Map<string, Form>();
  const personLike = new Set(PERSON_LIKE_FORMS);
  const add = (raw: string, code: string | null, capital = false, override = false): void => {
    const surface = normaliseForm(raw.trim());
    if (!/^\p{Lu}/u.test(surface)) return;
    for (const s of new Set([surface, withoutDiacritics(surface)])) {
      if (forms.has(s) && !override) continue;
      forms.set(s, { surface: s, code, guarded: capital || personLike.has(s) });
    }
  };

  for (const table of [NAME_ALIASES, METONYMS, DEMONYM_ALIASES]) {
    for (const [surface, code] of Object.entries(table)) add(surface, code);
  }
  // Independent and larger countries first, so a shared form ("Dutch", "Congolese", "American")
  // goes to the country a reader means rather than to a territory or a smaller namesake.
  const ordered = countries
    .filter((c) => !EXCLUDED_CODES.has(c.cca2))
    .sort((a, b) => Number(b.independent) - Number(a.independent) || b.area - a.area);
  for (const c of ordered) {
    add(c.name.common, c.cca2);
    add(c.name.official, c.cca2);
    for (const alt of c.altSpellings) if (isSafeAltSpelling(alt)) add(alt, c.cca2);
  }
  for (const c of ordered) {
    const eng = c.demonyms['eng'];
    if (!eng) continue;
    for (const demonym of new Set(`${eng.m}, ${eng.f}`.split(/,\s*|\s+or\s+/))) {
      if (!demonym) continue;
      add(demonym, c.cca2);
      const plural = pluralOf(demonym);
      if (plural) add(plural, c.cca2);
    }
  }
  for (const c of ordered) {
    if (!c.independent && !CAPITAL_WITHOUT_UN_SEAT.has(c.cca2)) continue;
    for (const capital of c.capital) add(capital, c.cca2, true);
  }
  for (const [surface, code] of Object.entries(CAPITAL_ALIASES)) add(surface, code, true);
  for (const surface of DENIED_FORMS) add(surface, null, false, true);
  return forms;
};

const FORMS = buildForms();

/** Forms grouped by their first word, longest first, so a scan tries few candidates per word. */
const FORMS_BY_FIRST_WORD = ((): Map<string, Form[]> => {
  const index = new Map<string, Form[]>();
  for (const form of FORMS.values()) {
    const word = FIRST_WORD.exec(form.surface)?.[0];
    if (!word) continue;
    const list = index.get(word) ?? [];
    list.push(form);
    index.set(word, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  return index;
})();

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
const CANDIDATE_START = /(?<![\p{L}\p{M}\p{N}])\p{Lu}/gu;
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
const isAccepted = (text: string, { form, code, pos, end }: Hit, lastEnd: number): boolean => {
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

/** The forms that start at `pos` and end on a word boundary, longest first. */
const formsAt = (text: string, pos: number): Form[] => {
  const word = FIRST_WORD.exec(text.slice(pos, pos + 40))?.[0];
  const candidates = word ? FORMS_BY_FIRST_WORD.get(word) : undefined;
  if (!candidates) return [];
  return candidates.filter((form) => {
    const end = pos + form.surface.length;
    return text.startsWith(form.surface, pos) && !WORD_CHAR.test(text[end] ?? '');
  });
};

// Same length as the input, so offsets found in it are offsets into the original text.
const normaliseText = (text: string): string =>
  text
    .replace(/[’‘]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s/g, ' ');

/**
 * Every country mention in `text`, sorted and non-overlapping, longest form first, e.g.
 * "South Korean and U.S. officials met in Tokyo" → KR "South Korean", US "U.S.", JP "Tokyo".
 */
export const findCountries = (text: string): CountryMatch[] => {
  const norm = normaliseText(text);
  const matches: CountryMatch[] = [];
  const starts = new RegExp(CANDIDATE_START.source, CANDIDATE_START.flags);
  let lastEnd = -1;
  for (let m = starts.exec(norm); m; m = starts.exec(norm)) {
    const pos = m.index;
    for (const form of formsAt(norm, pos)) {
      const end = pos + form.surface.length;
      // A denied form consumes its words, so "Washington Post" or "New Mexico" yields nothing.
      if (form.code === null) {
        starts.lastIndex = end;
        break;
      }
      // A rejected form gives way to a shorter one: "Mexico City Police" still names Mexico.
      if (!isAccepted(norm, { form, code: form.code, pos, end }, lastEnd)) continue;
      matches.push({ code: form.code, matched: text.slice(pos, end), span: [pos, end] });
      starts.lastIndex = lastEnd = end;
      break;
    }
  }
  return matches;
};

/** The country's common English name, e.g. "KR" → "South Korea"; unknown codes come back as given. */
export const countryName = (code: string): string => byCode.get(code)?.name.common ?? code;

/** The country's emoji flag, e.g. "JP" → "🇯🇵"; '' for an unknown code. */
export const countryFlag = (code: string): string => byCode.get(code)?.flag ?? '';

/** Whether `code` is an ISO alpha-2 code the gazetteer knows, e.g. "NZ" → true, "EU" → false. */
export const isCountryCode = (code: string): boolean => byCode.has(code);
