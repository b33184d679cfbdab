/**
 * The people a story quotes: invented names (so no real person is misquoted) drawn from pools that
 * fit their country, with the roles copy introduces them by ("Japanese Defence Minister …").
 */
import type { CountryWords } from './countries';
import type { Random } from './random';

export interface Person {
  /** "Kenji Arata" */
  name: string;
  /** "Arata": how later sentences refer to them. */
  surname: string;
  /** "Defence Minister", "NATO Secretary General" */
  role: string;
  /** First mention with role and nationality, e.g. "Japanese Defence Minister Kenji Arata". */
  introduction: string;
}

const NAME_POOLS: Readonly<Record<string, { first: string[]; last: string[] }>> = {
  anglo: {
    first: [
      'Grace',
      'Daniel',
      'Priya',
      'Thomas',
      'Hannah',
      'Marcus',
      'Olivia',
      'Liam',
      'Rachel',
      'Owen',
      'Claire',
      'Nathan',
      'Fiona',
      'Samuel',
      'Aisha',
      'Callum',
    ],
    last: [
      'Whitfield',
      'Ashford',
      'Menon',
      'Caddick',
      'Hollis',
      'Barrett',
      'Kerrigan',
      'Doyle',
      'Prescott',
      'Langley',
      'Marsh',
      'Tennant',
      'Sinclair',
      'Okafor',
      'Reyes',
      'Fairbanks',
    ],
  },
  japanese: {
    first: [
      'Kenji',
      'Yuko',
      'Hiroshi',
      'Aiko',
      'Takeshi',
      'Mariko',
      'Daisuke',
      'Emi',
      'Shinji',
      'Naoko',
    ],
    last: [
      'Arata',
      'Morikawa',
      'Tanabe',
      'Ishida',
      'Kuroda',
      'Fujimoto',
      'Hasegawa',
      'Nakano',
      'Okubo',
      'Sugimura',
    ],
  },
  korean: {
    first: [
      'Min-jun',
      'Seo-yeon',
      'Ji-hoon',
      'Hye-jin',
      'Dong-hyun',
      'Eun-ji',
      'Sung-ho',
      'Yoon-ah',
    ],
    last: ['Park', 'Kim', 'Lee', 'Choi', 'Jung', 'Kang', 'Yoon', 'Han'],
  },
  germanic: {
    first: [
      'Matthias',
      'Katrin',
      'Jonas',
      'Annika',
      'Lukas',
      'Sabine',
      'Pieter',
      'Elke',
      'Maarten',
      'Ingrid',
    ],
    last: [
      'Brandt',
      'Vogel',
      'Hartmann',
      'de Vries',
      'Janssen',
      'Keller',
      'Lindqvist',
      'Bakker',
      'Richter',
      'Wolff',
    ],
  },
  nordic: {
    first: [
      'Erik',
      'Sanna',
      'Mikael',
      'Liisa',
      'Anders',
      'Kaja',
      'Jukka',
      'Freja',
      'Henrik',
      'Maarit',
    ],
    last: [
      'Lund',
      'Virtanen',
      'Holm',
      'Nieminen',
      'Berg',
      'Tamm',
      'Eriksen',
      'Saar',
      'Korhonen',
      'Dahl',
    ],
  },
  romance: {
    first: [
      'Marco',
      'Lucia',
      'Pablo',
      'Elena',
      'Julien',
      'Camille',
      'Tiago',
      'Sofia',
      'Andrea',
      'Inés',
    ],
    last: [
      'Moretti',
      'Navarro',
      'Duval',
      'Ferreira',
      'Lambert',
      'Castillo',
      'Rinaldi',
      'Moreau',
      'Costa',
      'Giordano',
    ],
  },
  slavic: {
    first: [
      'Tomasz',
      'Agnieszka',
      'Oleksandr',
      'Iryna',
      'Petr',
      'Katarzyna',
      'Andriy',
      'Milena',
      'Viktor',
      'Dana',
    ],
    last: [
      'Wren',
      'Kowalczyk',
      'Bondarenko',
      'Novak',
      'Dvořák',
      'Shevchuk',
      'Zielinski',
      'Horvat',
      'Melnyk',
      'Petrova',
    ],
  },
};

const REGION_OF: Readonly<Record<string, string>> = {
  JP: 'japanese',
  KR: 'korean',
  ...Object.fromEntries(['DE', 'NL', 'BE', 'LU', 'AT', 'CH'].map((c) => [c, 'germanic'])),
  ...Object.fromEntries(['SE', 'FI', 'NO', 'DK', 'IS', 'EE'].map((c) => [c, 'nordic'])),
  ...Object.fromEntries(['FR', 'IT', 'ES', 'PT', 'RO', 'GR'].map((c) => [c, 'romance'])),
  ...Object.fromEntries(
    ['PL', 'UA', 'CZ', 'SK', 'SI', 'HR', 'BG', 'LT', 'LV', 'ME', 'MK', 'AL', 'HU', 'MD'].map(
      (c) => [c, 'slavic'],
    ),
  ),
};

/** Roles a government member may hold, in British spelling (US copy gets American spelling later). */
const GOVERNMENT_ROLES = [
  'Defence Minister',
  'Foreign Minister',
  'Prime Minister',
  'President',
  'Deputy Defence Minister',
  'National Security Adviser',
  'Chief of Defence',
  'Ambassador to NATO',
  'Admiral',
  'General',
];
const US_ROLES = [
  'Secretary of State',
  'Defence Secretary',
  'National Security Adviser',
  'Ambassador to NATO',
  'Admiral',
  'General',
  'Deputy Secretary of State',
];
const ORGANISATION_ROLES = [
  'NATO Secretary General',
  'NATO Deputy Secretary General',
  'EU High Representative',
  'Supreme Allied Commander Europe',
  'NATO spokesperson',
];

// Monarchies and Commonwealth realms have no president to quote.
const NO_PRESIDENT = new Set([
  'GB',
  'NL',
  'BE',
  'LU',
  'DK',
  'NO',
  'SE',
  'ES',
  'JP',
  'AU',
  'NZ',
  'CA',
]);

const makeName = (random: Random, code: string | null) => {
  const pool = NAME_POOLS[(code && REGION_OF[code]) || 'anglo']!;
  const surname = random.pick(pool.last);
  return { name: `${random.pick(pool.first)} ${surname}`, surname };
};

/** An official of `country`, e.g. "Australian Defence Minister Hannah Doyle". */
export const governmentPerson = (random: Random, country: CountryWords): Person => {
  const { name, surname } = makeName(random, country.code);
  const roles = country.code === 'US' ? US_ROLES : GOVERNMENT_ROLES;
  const role = random.pick(
    NO_PRESIDENT.has(country.code) ? roles.filter((r) => r !== 'President') : roles,
  );
  // "US Secretary of State" reads naturally; "American Secretary of State" does not.
  const nationality = country.code === 'US' ? 'US' : country.demonym;
  return { name, surname, role, introduction: `${nationality} ${role} ${name}` };
};

/** An official of an international organisation, e.g. "NATO Secretary General Erik Lund". */
export const organisationPerson = (random: Random): Person => {
  const role = random.pick(ORGANISATION_ROLES);
  const { name, surname } = makeName(random, random.pick(['DE', 'NO', 'NL', 'IT', 'PL', 'GB']));
  return { name, surname, role, introduction: `${role} ${name}` };
};

/** A reporter's name for a byline. */
export const reporterName = (random: Random): string => makeName(random, null).name;
