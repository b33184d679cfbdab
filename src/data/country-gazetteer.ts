/**
 * The country gazetteer: every way English news names a country (name, official name, safe
 * alternate spellings, demonyms and their plurals, capitals standing for governments, a few
 * metonyms) mapped to its ISO alpha-2 code, built once from world-countries plus our alias table,
 * and indexed so a scan can look forms up by the word that opens or closes them.
 */
import countries from 'world-countries';
import {
  CAPITAL_ALIASES,
  DEMONYM_ALIASES,
  DENIED_FORMS,
  METONYMS,
  NAME_ALIASES,
  PERSON_LIKE_FORMS,
} from './country-aliases';

export interface Form {
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

export const byCode = new Map<string, Country>(countries.map((c) => [c.cca2, c]));

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

export const FORMS = buildForms();

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

/** The longest surface: no match can reach further than this from where it starts. */
export const LONGEST_FORM = Math.max(...[...FORMS.keys()].map((s) => s.length));

/** A hash of the UTF-16 units in [from, to), so the scan can look a word up without slicing it. */
const hashUnits = (text: string, from: number, to: number): number => {
  let hash = to - from;
  for (let i = from; i < to; i += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
};

// The same hash as `hashUnits`, for building the index. A separate function on purpose: calling
// the hot `hashUnits` on these short constant strings too makes V8 optimise it for two kinds of
// string, and the whole scan runs ~25% slower.
const hashWord = (word: string): number => {
  let hash = word.length;
  for (let i = 0; i < word.length; i += 1) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash;
};

interface FirstWord {
  word: string;
  forms: Form[];
}
// Buckets by hash; a bucket holds several words only on a collision.
const FIRST_WORDS_BY_HASH = ((): Map<number, FirstWord[]> => {
  const index = new Map<number, FirstWord[]>();
  for (const [word, forms] of FORMS_BY_FIRST_WORD) {
    const hash = hashWord(word);
    index.set(hash, [...(index.get(hash) ?? []), { word, forms }]);
  }
  return index;
})();
const NO_FORMS: readonly Form[] = [];

/** The forms whose first word is exactly text[from, to), longest first. */
export const formsOpenedBy = (text: string, from: number, to: number): readonly Form[] => {
  const bucket = FIRST_WORDS_BY_HASH.get(hashUnits(text, from, to));
  if (!bucket) return NO_FORMS;
  for (const { word, forms } of bucket) {
    if (word.length === to - from && text.startsWith(word, from)) return forms;
  }
  return NO_FORMS;
};

// Most capitalised words ("The", "President") open no form: their first three letters tell.
// Letters index 0–51; index 52 stands for anything else in third place (end of word, non-ASCII).
const LETTERS = 52;
const OTHER = 52;
const asciiLetterIndex = (unit: number): number =>
  unit >= 65 && unit <= 90 ? unit - 65 : unit >= 97 && unit <= 122 ? unit - 71 : -1;
const OPENING_TRIPLES = ((): Uint8Array => {
  const triples = new Uint8Array(LETTERS * LETTERS * (LETTERS + 1));
  for (const word of FORMS_BY_FIRST_WORD.keys()) {
    const first = asciiLetterIndex(word.charCodeAt(0));
    const second = asciiLetterIndex(word.charCodeAt(1));
    if (first < 0 || second < 0) continue; // such words always pass `mayOpenForm`
    const third = asciiLetterIndex(word.charCodeAt(2));
    triples[(first * LETTERS + second) * (LETTERS + 1) + (third < 0 ? OTHER : third)] = 1;
  }
  return triples;
})();

/** False only when no form can start at `pos`; short ("U.S.") and non-ASCII words pass. */
export const mayOpenForm = (text: string, pos: number): boolean => {
  const first = asciiLetterIndex(text.charCodeAt(pos));
  const second = asciiLetterIndex(text.charCodeAt(pos + 1));
  if (first < 0 || second < 0) return true;
  const third = asciiLetterIndex(text.charCodeAt(pos + 2));
  return (
    OPENING_TRIPLES[(first * LETTERS + second) * (LETTERS + 1) + (third < 0 ? OTHER : third)] === 1
  );
};
