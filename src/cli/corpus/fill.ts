/**
 * Fills a sentence template's {slots} from a story, drawing a fresh choice for every slot so that
 * the same template reads differently each time, and respells British copy for American outlets.
 */
import { nameCountry, NATO_MEMBERS, countryWords } from './countries';
import type { Random } from './random';
import type { Story } from './story';
import { capitalise } from './words';

const SLOT = /\{(\w+)\}/g;

const slotValue = (random: Random, story: Story, slot: string): string => {
  switch (slot) {
    case 'partner':
      return nameCountry(random, random.pick(story.participants));
    case 'partnerAdj':
      return random.pick(story.participants).demonym;
    case 'ally':
      return nameCountry(random, countryWords(random.pick(NATO_MEMBERS)));
    case 'allyAdj':
      return countryWords(random.pick(NATO_MEMBERS)).demonym;
    case 'rival':
      return story.rival.name;
    case 'rivalAdj':
      return story.rival.demonym;
    case 'org':
      return story.org;
    case 'host':
      return story.host;
    case 'kind':
      return story.noun;
    case 'n':
      return String(random.int(2, 9));
    case 'pct':
      return random.pick(['2', '2.5', '3', '3.5', '5']);
    case 'bn':
      return random.pick(['1.2', '2', '2.5', '3.4', '5', '7.1']);
    default:
      throw new Error(`unknown template slot {${slot}}`);
  }
};

/** A phrase with its slots filled, e.g. "{rival} steps up pressure" → "Russia steps up pressure". */
export const fillPhrase = (random: Random, story: Story, template: string): string =>
  template.replace(SLOT, (_, slot: string) => slotValue(random, story, slot));

/** A sentence with its slots filled, e.g. "{partner} will host…" → "The Netherlands will host…". */
export const fill = (random: Random, story: Story, template: string): string =>
  capitalise(fillPhrase(random, story, template));

// Whole-word British spellings and their American forms.
const US_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b([Dd])efence\b/g, '$1efense'],
  [/\b([Oo])rganisation/g, '$1rganization'],
  [/\b([Pp])rogramme/g, '$1rogram'],
  [/\b([Cc])entre\b/g, '$1enter'],
  [/\b([Rr])ecognised\b/g, '$1ecognized'],
  [/\b([Pp])ractise\b/g, '$1ractice'],
  [/\bAdviser\b/g, 'Advisor'],
];

/** American spelling of British copy: "defence centre" → "defense center". */
export const americanise = (text: string): string =>
  US_SPELLINGS.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
