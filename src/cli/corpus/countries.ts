/**
 * The countries a generated story names, and every way copy names them: common and official
 * names, alternate spellings, demonyms and capitals standing for governments. Drawn from the
 * world-countries package (the same data the extractor's gazetteer starts from) for variety,
 * weighted towards NATO allies, the Indo-Pacific partners and the powers they talk about.
 */
import countries from 'world-countries';
import { IP4_PARTNERS, NATO_ACCESSION } from '../../shared/nato-membership';
import type { Random } from './random';

export interface CountryWords {
  code: string;
  /** "the United States", "Japan" */
  name: string;
  /** "the Republic of Korea", or null when it equals the common name. */
  official: string | null;
  /** Other names copy uses: "Türkiye", "the US", "Britain". */
  alternates: string[];
  /** "South Korean" */
  demonym: string;
  /** The capital when copy uses it for the government ("Tokyo said…"), else null. */
  capital: string | null;
}

/** The ones copy about the alliance and its partners argues about. */
export const RIVALS: readonly string[] = ['RU', 'CN', 'KP', 'IR'];
/** Others that turn up: Ukraine, Indo-Pacific states, neighbours of the alliance. */
const OTHERS: readonly string[] = ['UA', 'IN', 'PH', 'SG', 'ID', 'VN', 'TW', 'MD', 'GE', 'IL'];

const NEEDS_THE =
  /^(?:United|Netherlands|Philippines|Czech Republic|Central African|Dominican Republic|Bahamas|Gambia|Maldives|Marshall|Solomon|Comoros|Seychelles|Vatican)/;

// Names the package spells in ways English defence copy rarely does, or lacks entirely.
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['the US', 'the U.S.', 'America'],
  GB: ['Britain', 'the UK'],
  TR: ['Turkey', 'Türkiye'],
  KR: ['the ROK', 'Korea'],
  KP: ['the DPRK'],
  CZ: ['the Czech Republic'],
  NL: ['the Netherlands'],
};
// Adjectives where the package gives a noun ("New Zealander") or a rarer form.
const DEMONYMS: Readonly<Record<string, string>> = {
  NZ: 'New Zealand',
  IS: 'Icelandic',
  LU: 'Luxembourg',
  PH: 'Philippine',
  SI: 'Slovenian',
  MK: 'North Macedonian',
};
// Capitals that stand for governments in copy ("Canberra said…"); the package's "Washington D.C."
// and Amsterdam (not the seat of government) need correcting.
const CAPITALS: Readonly<Record<string, string>> = {
  US: 'Washington',
  NL: 'The Hague',
};
const METONYM_CAPITALS = new Set([
  'US',
  'GB',
  'FR',
  'DE',
  'IT',
  'ES',
  'PL',
  'TR',
  'CA',
  'NL',
  'SE',
  'FI',
  'NO',
  'DK',
  'EE',
  'LV',
  'LT',
  'HU',
  'RO',
  'GR',
  'AU',
  'JP',
  'NZ',
  'KR',
  'UA',
  'RU',
  'CN',
  'KP',
  'IR',
  'IN',
  'PH',
  'TW',
]);

const withThe = (name: string): string => (NEEDS_THE.test(name) ? `the ${name}` : name);

const wordsOf = (country: (typeof countries)[number]): CountryWords => {
  const code = country.cca2;
  const official = country.name.official === country.name.common ? null : country.name.official;
  const capital = CAPITALS[code] ?? country.capital[0] ?? null;
  return {
    code,
    name: withThe(country.name.common),
    official: official ? `the ${official}` : null,
    alternates: [...(EXTRA_NAMES[code] ?? [])],
    demonym: DEMONYMS[code] ?? country.demonyms?.eng?.m ?? country.name.common,
    capital: METONYM_CAPITALS.has(code) ? capital : null,
  };
};

const BY_CODE = new Map(countries.map((c) => [c.cca2, wordsOf(c)]));
// Sovereign UN members only for the long tail: territories rarely send delegations.
const LONG_TAIL = countries.filter((c) => c.unMember).map((c) => c.cca2);

/** The words for an ISO alpha-2 code, e.g. "JP" → Japan, Japanese, Tokyo. */
export const countryWords = (code: string): CountryWords => {
  const words = BY_CODE.get(code);
  if (!words) throw new Error(`unknown country code ${code}`);
  return words;
};

export const NATO_MEMBERS: readonly string[] = [...NATO_ACCESSION.keys()];
export const IP4: readonly string[] = IP4_PARTNERS;

/** A country to name alongside the main cast: mostly allies and partners, sometimes anyone. */
export const pickCountry = (random: Random): CountryWords => {
  const pool = random.weighted({ ip4: 4, nato: 5, others: 2, rivals: 1, anyone: 1 });
  const codes = {
    ip4: IP4,
    nato: NATO_MEMBERS,
    others: OTHERS,
    rivals: RIVALS,
    anyone: LONG_TAIL,
  }[pool];
  return countryWords(random.pick(codes));
};

/**
 * One way of naming a country as a noun phrase: usually its name, sometimes its official name,
 * an alternate or its capital, e.g. KR → "South Korea", "the Republic of Korea", "Seoul".
 */
export const nameCountry = (random: Random, words: CountryWords): string => {
  const form = random.weighted({ name: 12, official: 2, alternate: 3, capital: 3 });
  if (form === 'official' && words.official) return words.official;
  if (form === 'alternate' && words.alternates.length > 0) return random.pick(words.alternates);
  if (form === 'capital' && words.capital) return words.capital;
  return words.name;
};
