/**
 * Vite plugin: the browser builds (page and Web Worker) get only the world-countries fields the
 * gazetteer reads. The package's JSON carries translations, borders, coordinates and more for
 * 250 countries — 700 KB minified, most of the extraction worker — of which the gazetteer uses a
 * few names. Node (CLI, tests) keeps reading the full package.
 */
import type { Plugin } from 'vite';

/** The fields src/data reads from a country (a test checks this list against the code). */
export const KEPT_FIELDS = [
  'cca2',
  'name',
  'altSpellings',
  'demonyms',
  'capital',
  'independent',
  'area',
  'flag',
] as const;

type RawCountry = Record<string, unknown> & {
  name?: { common?: unknown; official?: unknown };
  demonyms?: { eng?: unknown };
};

const trimCountry = (country: RawCountry): Record<string, unknown> => {
  const kept: Record<string, unknown> = {};
  for (const field of KEPT_FIELDS) kept[field] = country[field];
  // Only the English names and demonyms: the native names are most of what remains.
  kept.name = { common: country.name?.common, official: country.name?.official };
  kept.demonyms = { eng: country.demonyms?.eng };
  return kept;
};

/** The trimmed JSON text of world-countries' countries.json. */
export const trimCountryJson = (json: string): string =>
  JSON.stringify((JSON.parse(json) as RawCountry[]).map(trimCountry));

const COUNTRY_JSON = /[\\/]world-countries[\\/]countries\.json$/;

export const trimCountryDataPlugin = (): Plugin => ({
  name: 'summit-timeline-trim-country-data',
  // Before Vite's JSON plugin turns the file into a module.
  enforce: 'pre',
  transform(code, id) {
    if (!COUNTRY_JSON.test(id.split('?')[0] ?? '')) return null;
    return { code: trimCountryJson(code), map: null };
  },
});
