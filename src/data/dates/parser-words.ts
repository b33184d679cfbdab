/** Words and small helpers the project's chrono parsers share. */
import type { ParsingContext } from 'chrono-node';

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Weekday names in JavaScript's order, so that a name's index is its weekday number (Sunday 0). */
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  several: 3,
  few: 3,
  couple: 2,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

/** Reads "a", "three" or "3" as a number. */
export const readCount = (word: string): number =>
  NUMBER_WORDS[word.toLowerCase()] ?? (Number.parseInt(word, 10) || 1);

/** The year of the reference date a parser reads against. */
export const refYear = (context: ParsingContext): number => context.refDate.getFullYear();
