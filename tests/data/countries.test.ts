import { describe, it, expect } from 'vitest';
import {
  countryFlag,
  countryLookup,
  countryName,
  findCountries,
  isCountryCode,
} from '../../src/data/countries';

const codes = (text: string): string[] => findCountries(text).map((m) => m.code);
const pairs = (text: string): string[] => findCountries(text).map((m) => `${m.code}:${m.matched}`);

describe('findCountries', () => {
  it('should find common and official names', () => {
    expect(pairs('Poland and the Federal Republic of Germany signed a deal with Canada.')).toEqual([
      'PL:Poland',
      'DE:Federal Republic of Germany',
      'CA:Canada',
    ]);
  });

  it('should find alternate names and abbreviations', () => {
    expect(
      pairs('The Republic of Korea, known to its troops as the ROK, hosted U.S. and UK officers.'),
    ).toEqual(['KR:Republic of Korea', 'KR:ROK', 'US:U.S.', 'GB:UK']);
    expect(
      codes('The US, the U.K. and the USA all voted; the PRC and the DPRK abstained.'),
    ).toEqual(['US', 'GB', 'US', 'CN', 'KP']);
    expect(codes('Britain, Holland, Czechia, Türkiye and Turkey sent observers.')).toEqual([
      'GB',
      'NL',
      'CZ',
      'TR',
      'TR',
    ]);
  });

  it('should find demonyms, including plurals', () => {
    expect(
      pairs('Dutch and German engineers trained South Korean and North Korean defectors.'),
    ).toEqual(['NL:Dutch', 'DE:German', 'KR:South Korean', 'KP:North Korean']);
    expect(codes('Germans, Americans and Filipinos joined British and Polish crews.')).toEqual([
      'DE',
      'US',
      'PH',
      'GB',
      'PL',
    ]);
  });

  it('should read capitals as their governments', () => {
    const text =
      'Seoul and Tokyo welcomed the move, Washington said, while Kyiv (or Kiev) thanked ' +
      'Canberra and Wellington; Beijing, Moscow and Pyongyang objected.';
    expect(codes(text)).toEqual(['KR', 'JP', 'US', 'UA', 'UA', 'AU', 'NZ', 'CN', 'RU', 'KP']);
    expect(pairs('Leaders will gather in the US capital next week.')).toEqual(['US:US capital']);
  });

  it('should read a bare Korea or Korean as South Korea', () => {
    expect(codes('Korea and Korean shipyards, but North Korea fired a missile.')).toEqual([
      'KR',
      'KR',
      'KP',
    ]);
  });

  it('should prefer the longest form', () => {
    expect(pairs('Papua New Guinea, Guinea-Bissau, Equatorial Guinea and Guinea met.')).toEqual([
      'PG:Papua New Guinea',
      'GW:Guinea-Bissau',
      'GQ:Equatorial Guinea',
      'GN:Guinea',
    ]);
    expect(codes('The Democratic Republic of the Congo and the Republic of the Congo.')).toEqual([
      'CD',
      'CG',
    ]);
  });

  it('should respect word boundaries', () => {
    expect(
      codes('Niger and Nigeria; a USB stick; the AUKUS pact; Chinatown; Omani waters.'),
    ).toEqual(['NE', 'NG', 'OM']);
    expect(pairs('The U.S.-led coalition and a US-made radar.')).toEqual(['US:U.S.', 'US:US']);
  });

  it('should match before possessives with straight or curly apostrophes', () => {
    expect(pairs("Japan's navy and Korea’s coast guard shadowed China’s carrier.")).toEqual([
      'JP:Japan',
      'KR:Korea',
      'CN:China',
    ]);
  });

  it('should return spans that point at the matched text', () => {
    const text = 'On Monday, Australian and New Zealand ministers met in Canberra.\nFrance agreed.';
    const matches = findCountries(text);
    expect(matches.map((m) => m.code)).toEqual(['AU', 'NZ', 'AU', 'FR']);
    for (const m of matches) expect(text.slice(...m.span)).toBe(m.matched);
  });

  it('should not count regions, alliances or languages', () => {
    expect(
      codes(
        'NATO, Europe and European allies discussed the Indo-Pacific, Asia, the Pacific and the ' +
          'Atlantic with Arab states, in English.',
      ),
    ).toEqual([]);
    expect(codes('Latin America, North American firms and the Indian Ocean.')).toEqual([]);
    expect(codes('Ships crossed the South China Sea and the Sea of Japan.')).toEqual([]);
  });

  it('should not count US places, papers and treaties named after countries', () => {
    expect(codes('He flew from New York to New Jersey and New Mexico.')).toEqual([]);
    expect(codes('The Washington Post and the Washington Times reported it.')).toEqual([]);
    expect(codes('Cadets from George Washington University visited Lima, Ohio.')).toEqual([]);
    expect(codes('The Warsaw Pact and the Minsk agreements failed.')).toEqual([]);
  });

  it('should be case-sensitive', () => {
    expect(codes('Let us eat turkey off china plates; jordan almonds.')).toEqual([]);
  });

  it('should not read the pronoun or the currency as the country', () => {
    expect(codes('CONTACT US | FOLLOW US | Share Us')).toEqual([]);
    expect(codes('The contract is worth US$2 billion.')).toEqual([]);
  });

  it('should not count Brussels, which means NATO or EU headquarters', () => {
    expect(codes('Ministers met in Brussels on Thursday.')).toEqual([]);
  });

  it('should not count people or US states that share a country name', () => {
    expect(codes('Rep. Jim Jordan met Chad Wolf at Georgia Tech.')).toEqual([]);
    expect(codes('The plant in Marietta, Georgia, builds the aircraft.')).toEqual([]);
    expect(codes('King Abdullah of Jordan met troops from Chad.')).toEqual(['JO', 'TD']);
    expect(codes('Ukraine, Georgia and Moldova want to join.')).toEqual(['UA', 'GE', 'MD']);
  });

  it('should not read a capital that is part of a longer name', () => {
    expect(codes('The Vienna Document and the Kyiv Independent newspaper.')).toEqual([]);
    expect(codes('The summit in Vilnius ended; Vilnius summit pledges held.')).toEqual([
      'LT',
      'LT',
    ]);
  });

  it('should read government metonyms', () => {
    expect(codes('The White House, the Pentagon and the Kremlin all commented.')).toEqual([
      'US',
      'US',
      'RU',
    ]);
  });
});

describe('countryLookup', () => {
  // Asks about every position, in an order that jumps around, and compares with findCountries.
  const agrees = (text: string): void => {
    const matches = findCountries(text);
    const starts = new Map(matches.map((m) => [m.span[0], m.span[1]]));
    const ends = new Map(matches.map((m) => [m.span[1], m.span[0]]));
    const lookup = countryLookup(text);
    const positions = Array.from(
      { length: text.length + 1 },
      (_, i) => (i * 7919) % (text.length + 1),
    );
    for (const pos of positions) {
      expect(lookup.endOfMatchAt(pos), `start at ${pos}`).toBe(starts.get(pos));
      expect(lookup.startOfMatchEndingAt(pos), `end at ${pos}`).toBe(ends.get(pos));
    }
  };

  it('should agree with findCountries at every position', () => {
    agrees('South Korean and U.S. officials met in Tokyo with Papua New Guinea’s envoy.');
    agrees(
      'Ukraine, Georgia and Moldova; Atlanta, Georgia; the state of Georgia; Tbilisi, Georgia.',
    );
    agrees('The Washington Post said Washington, D.C. and the Republic of the Congo disagree.');
    agrees(
      'New\nZealand and New\u00a0Zealand, Guinea\u2011Bissau, Korea’s navy, US$5, CONTACT US.',
    );
    agrees(
      'Mexico City Police and New Mexico, Jim Jordan met Chad Wolf at Georgia Tech in Jordan.',
    );
  });

  it('should answer each position the same whatever was asked before', () => {
    const text = 'Leaders of Japan, South Korea, Australia and New Zealand met NATO in Vilnius.';
    const fresh = (ask: (lookup: ReturnType<typeof countryLookup>) => void) => {
      const lookup = countryLookup(text);
      ask(lookup);
      return lookup.endOfMatchAt(text.indexOf('Korea') - 6);
    };
    const southKorea = text.indexOf('South');
    expect(fresh(() => undefined)).toBe(southKorea + 'South Korea'.length);
    expect(fresh((l) => l.endOfMatchAt(text.indexOf('Australia')))).toBe(southKorea + 11);
    expect(fresh((l) => l.startOfMatchEndingAt(text.length - 1))).toBe(southKorea + 11);
  });
});

describe('country helpers', () => {
  it('should give the common English name', () => {
    expect(countryName('KR')).toBe('South Korea');
    expect(countryName('NZ')).toBe('New Zealand');
    expect(countryName('ZZ')).toBe('ZZ');
  });

  it('should give the emoji flag', () => {
    expect(countryFlag('JP')).toBe('🇯🇵');
    expect(countryFlag('ZZ')).toBe('');
  });

  it('should recognise ISO alpha-2 codes', () => {
    expect(isCountryCode('AU')).toBe(true);
    expect(isCountryCode('EU')).toBe(false);
    expect(isCountryCode('au')).toBe(false);
  });
});
