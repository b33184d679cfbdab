import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import countries from 'world-countries';
import { KEPT_FIELDS, trimCountryJson } from '../../src/build/trim-country-data';

const read = (path: string): string =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('trimCountryJson', () => {
  const trimmed = JSON.parse(
    trimCountryJson(read('node_modules/world-countries/countries.json')),
  ) as Array<Record<string, unknown>>;

  it('should keep every country with the fields the gazetteer reads, unchanged', () => {
    expect(trimmed).toHaveLength(countries.length);
    countries.forEach((country, i) => {
      expect(trimmed[i]).toEqual({
        cca2: country.cca2,
        name: { common: country.name.common, official: country.name.official },
        altSpellings: country.altSpellings,
        demonyms: { eng: country.demonyms.eng },
        capital: country.capital,
        independent: country.independent,
        area: country.area,
        flag: country.flag,
      });
    });
  });

  it('should keep every field src/data reads from a country', () => {
    const used = new Set<string>();
    for (const file of ['src/data/country-gazetteer.ts', 'src/data/countries.ts']) {
      for (const m of read(file).matchAll(/\b(?:c|byCode\.get\(code\)\?)\.(\w+)/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(5);
    expect(
      [...used].filter((field) => !(KEPT_FIELDS as readonly string[]).includes(field)),
    ).toEqual([]);
  });

  it('should be much smaller than the package data', () => {
    const full = read('node_modules/world-countries/countries.json').length;
    expect(JSON.stringify(trimmed).length).toBeLessThan(full / 5);
  });
});
