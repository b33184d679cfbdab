/**
 * The project's chrono-node instance: the English casual parser plus custom parsers for the
 * vague and news-specific expressions chrono does not know, and refiners that drop what chrono
 * wrongly takes for a date (durations, clock times, "now").
 */
import * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FOUNDING_YEARS } from './organisations';

/** Tags our parsers put on their results, read back by resolve.ts. */
export const TAG = {
  coming: 'summit/coming', // "in the coming days": the near future, approximate
  decadesAgo: 'summit/decades-ago', // "a decade ago": a calendar year
  relativeUnit: 'summit/relative-unit', // "earlier this month", "later this year": that whole unit
  bareYear: 'summit/year', // "in 2023": that year
  anniversary: 'summit/anniversary', // "the 75th anniversary of NATO": founding year + n
  relativeMonth: 'summit/relative-month', // "last July", "next June": that month, before/after now
  yearSpan: 'summit/year-span', // "from 1999 to 2003": those whole years
  monthSpan: 'summit/month-span', // "between March and May": those whole months
  weekOf: 'summit/week-of', // "the week of 8 July": Monday to Sunday of that week
  quarter: 'summit/quarter', // "Q3", "the second quarter of 2025": those three months
} as const;

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
};

/** Reads "a", "three" or "3" as a number. */
export const readCount = (word: string): number =>
  NUMBER_WORDS[word.toLowerCase()] ?? (Number.parseInt(word, 10) || 1);

const refYear = (context: ParsingContext): number => context.refDate.getFullYear();

const comingPeriodParser: chrono.Parser = {
  pattern: () =>
    /\b(?:in|over|during|within)\s+the\s+(?:coming|next|following|upcoming)\s+(?:few\s+|several\s+|couple\s+of\s+)?(days|weeks|months)\b/i,
  extract: (context, match) => {
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.addTag(TAG.coming).addTag(`${TAG.coming}:${(match[1] ?? 'days').toLowerCase()}`);
    return result;
  },
};

const decadesAgoParser: chrono.Parser = {
  pattern: () => /\b(a|one|two|three|four|five|\d+)\s+decades?\s+ago\b/i,
  extract: (context, match) => {
    const year = refYear(context) - 10 * readCount(match[1] ?? 'a');
    const result = context.createParsingResult(match.index ?? 0, match[0], { year });
    result.start.addTag(TAG.decadesAgo);
    return result;
  },
};

const relativeUnitParser: chrono.Parser = {
  pattern: () =>
    /\b(earlier|later|early|late|mid-?|the\s+(?:end|start|beginning|rest)\s+of)\s*(this|last|next)\s+(week|month|year)\b/i,
  extract: (context, match) => {
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    const which = (match[2] ?? 'this').toLowerCase();
    const unit = (match[3] ?? 'month').toLowerCase();
    result.start.addTag(TAG.relativeUnit).addTag(`${TAG.relativeUnit}:${which}:${unit}`);
    return result;
  },
};

const bareYearParser: chrono.Parser = {
  // "in 2023", "early 2025", "throughout 2022" — but not "in 2023 dollars" style amounts. A
  // fiscal year ("in fiscal 2027", "FY2025") is read as its calendar year: when it starts
  // differs by country, and the year is what a reader of the timeline looks for.
  pattern: () =>
    /\b(?:(?:in|during|throughout|early|mid-?|late|since)\s+(?:fiscal\s+(?:year\s+)?)?|fiscal\s+(?:year\s+)?|FY\s?)((?:1[6-9]|20)\d{2})\b(?!\s*(?:%|percent|per\s+cent|troops|soldiers|km|kilometres|miles|tons|tonnes|dollars|euros))/i,
  extract: (context, match) => {
    const result = context.createParsingResult(match.index ?? 0, match[0], {
      year: Number(match[1]),
    });
    result.start.addTag(TAG.bareYear);
    return result;
  },
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const organisationAlternation = FOUNDING_YEARS.flatMap((org) => org.names)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/** Built once: chrono asks for a parser's pattern on every parse call. */
const ANNIVERSARY = new RegExp(
  `(?:\\b(${organisationAlternation})['’]s\\s+)?\\b(\\d{1,3})(?:st|nd|rd|th)\\s+anniversary\\b(?:\\s+of\\s+(?:the\\s+)?(?:founding\\s+of\\s+|formation\\s+of\\s+|creation\\s+of\\s+|establishment\\s+of\\s+)?(${organisationAlternation}))?`,
);

const anniversaryParser: chrono.Parser = {
  // "the 75th anniversary of NATO's formation", "NATO's 75th anniversary".
  pattern: () => ANNIVERSARY,
  extract: (context, match) => {
    const orgName = match[1] ?? match[3];
    const org = FOUNDING_YEARS.find((o) => o.names.includes(orgName ?? ''));
    if (!org) return null;
    const year = org.founded + Number(match[2]);
    const result = context.createParsingResult(match.index ?? 0, match[0], { year });
    result.start.addTag(TAG.anniversary);
    return result;
  },
};

const MONTHS = [
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

const relativeMonthParser: chrono.Parser = {
  // "last July", "next June", "this September": chrono reads only the month and guesses its year.
  pattern: () =>
    /\b(last|next|this|coming|past)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
  extract: (context, match) => {
    const which = (match[1] ?? 'this').toLowerCase();
    const month = MONTHS.indexOf((match[2] ?? '').toLowerCase()) + 1;
    const refMonth = context.refDate.getMonth() + 1;
    const year =
      refYear(context) +
      (which === 'last' || which === 'past'
        ? month < refMonth
          ? 0
          : -1
        : which === 'next' || which === 'coming'
          ? month > refMonth
            ? 0
            : 1
          : 0);
    const result = context.createParsingResult(match.index ?? 0, match[0], { year, month, day: 1 });
    result.start.addTag(TAG.relativeMonth);
    return result;
  },
};

const yearSpanParser: chrono.Parser = {
  // "from 1999 to 2003", "between 2014 and 2022", "from fiscal 2023 through fiscal 2027": whole
  // years, not the days chrono would pick.
  pattern: () =>
    /\b(?:from|between)\s+(?:fiscal\s+(?:year\s+)?|FY\s?)?((?:1[6-9]|20)\d{2})\s*(?:to|and|until|through|till|-|–)\s*(?:fiscal\s+(?:year\s+)?|FY\s?)?((?:1[6-9]|20)\d{2})\b(?!\s*(?:%|percent|troops|soldiers|dollars|euros))/i,
  extract: (context, match) => {
    const first = Number(match[1]);
    const last = Number(match[2]);
    if (last < first) return null;
    const result = context.createParsingResult(
      match.index ?? 0,
      match[0],
      { year: first },
      { year: last },
    );
    result.start.addTag(TAG.yearSpan);
    return result;
  },
};

const MONTH_WORD =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR_AFTER = '(?:,?\\s+((?:19|20)\\d{2})\\b)?';

/** 1–12 for a month word ("Sept", "july"); a month written in prose is capitalised. */
const monthNumber = (word: string | undefined): number | null => {
  if (!word || !/^\p{Lu}/u.test(word)) return null;
  const month = MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3).toLowerCase())) + 1;
  return month > 0 ? month : null;
};

/** The year that puts a yearless day nearest to the reference date, as chrono guesses it. */
const nearestYear = (context: ParsingContext, month: number, day: number): number => {
  const ref = context.refDate;
  const year = ref.getFullYear();
  const distance = (y: number) => Math.abs(new Date(y, month - 1, day).getTime() - ref.getTime());
  return [year - 1, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best), year);
};

/** A day span within one month: both ends certain, the year as written or the nearest. */
const daySpanResult = (
  context: ParsingContext,
  match: RegExpMatchArray,
  month: number,
  first: number,
  last: number,
  yearText: string | undefined,
): ParsingResult | null => {
  if (first < 1 || last > 31 || last <= first) return null;
  const components = (day: number) => ({
    day,
    month,
    ...(yearText ? { year: Number(yearText) } : {}),
  });
  const result = context.createParsingResult(
    match.index ?? 0,
    match[0],
    components(first),
    components(last),
  );
  if (!yearText) {
    const year = nearestYear(context, month, first);
    result.start.imply('year', year);
    result.end?.imply('year', year);
  }
  return result;
};

const DAYS_BEFORE_MONTH = new RegExp(
  `\\b(from\\s+|between\\s+)?(\\d{1,2})${ORDINAL}\\s*(?:-|–|—|\\s(to|until|till|through|and)\\s)\\s*(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_WORD})\\b\\.?${YEAR_AFTER}`,
  'i',
);

const daysBeforeMonthParser: chrono.Parser = {
  // "from 9 to 11 July", "between 9 and 11 July 2024": chrono reads these as the 1st of the month.
  pattern: () => DAYS_BEFORE_MONTH,
  extract: (context, match) => {
    if (match[3]?.toLowerCase() === 'and' && !/^between/i.test(match[1] ?? '')) return null;
    const month = monthNumber(match[5]);
    if (!month) return null;
    return daySpanResult(context, match, month, Number(match[2]), Number(match[4]), match[6]);
  },
};

const MONTH_BEFORE_DAYS = new RegExp(
  `\\b(${MONTH_WORD})\\.?\\s+(\\d{1,2})${ORDINAL}\\s*(?:-|–|—|\\s(?:to|until|till|through)\\s)\\s*(\\d{1,2})${ORDINAL}\\b(?![:.]\\d|\\s*(?:[ap]\\.?m\\b|%|percent))${YEAR_AFTER}`,
  'i',
);

const monthBeforeDaysParser: chrono.Parser = {
  // "Sept 9–10", "July 9 to 11, 2024": chrono keeps only the first day.
  pattern: () => MONTH_BEFORE_DAYS,
  extract: (context, match) => {
    const month = monthNumber(match[1]);
    if (!month) return null;
    return daySpanResult(context, match, month, Number(match[2]), Number(match[3]), match[4]);
  },
};

const MONTH_SPAN = new RegExp(
  `\\b(?:between|from)\\s+(${MONTH_WORD})\\.?\\s+(?:and|to|until|till|through)\\s+(${MONTH_WORD})\\b\\.?${YEAR_AFTER}`,
  'i',
);

const monthSpanParser: chrono.Parser = {
  // "between March and May", "from June to August 2023": whole months (chrono reads the first).
  pattern: () => MONTH_SPAN,
  extract: (context, match) => {
    const first = monthNumber(match[1]);
    const last = monthNumber(match[2]);
    if (!first || !last || first === last) return null;
    const year = match[3] ? Number(match[3]) : null;
    const result = context.createParsingResult(
      match.index ?? 0,
      match[0],
      { month: first, ...(year ? { year: last < first ? year - 1 : year } : {}) },
      { month: last, ...(year ? { year } : {}) },
    );
    result.start.addTag(TAG.monthSpan);
    return result;
  },
};

const MAY_AFTER_PREPOSITION =
  /\b(?:from|for|by|until|till|since|through|before|after|during|early|late|mid-?)\s*(May)\b(?:,?\s+((?:19|20)\d{2})\b)?/;

const mayParser: chrono.Parser = {
  // "patrols from May", "planned for May": chrono reads "May" alone only after "in", as it is
  // also a modal verb; capitalised after a preposition it is the month.
  pattern: () => MAY_AFTER_PREPOSITION,
  // The preposition stays in the text: chrono drops a result that reads "May" alone.
  extract: (context, match) =>
    context.createParsingResult(match.index ?? 0, match[0], {
      month: 5,
      ...(match[2] ? { year: Number(match[2]) } : {}),
    }),
};

const WEEK_OF = new RegExp(
  `\\bthe\\s+week\\s+of\\s+(?:(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_WORD})|(${MONTH_WORD})\\.?\\s+(\\d{1,2})${ORDINAL})\\b${YEAR_AFTER}`,
  'i',
);

const weekOfParser: chrono.Parser = {
  // "the week of 8 July": that Monday-to-Sunday week, not the day.
  pattern: () => WEEK_OF,
  extract: (context, match) => {
    const month = monthNumber(match[2] ?? match[3]);
    const day = Number(match[1] ?? match[4]);
    if (!month || day < 1 || day > 31) return null;
    const year = match[5] ? Number(match[5]) : nearestYear(context, month, day);
    const result = context.createParsingResult(match.index ?? 0, match[0], { day, month, year });
    result.start.addTag(TAG.weekOf);
    return result;
  },
};

const QUARTER_NUMBER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const QUARTER =
  /\b(?:Q([1-4])|(?:the\s+)?(first|second|third|fourth)\s+quarter)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b(?!-)/i;

const quarterParser: chrono.Parser = {
  // "in Q3", "the second quarter of 2025": those three calendar months.
  pattern: () => QUARTER,
  extract: (context, match) => {
    // "Q3" is written in capitals; "q3" is more likely a code than a quarter.
    if (match[1] && !match[0].startsWith('Q')) return null;
    const quarter = Number(match[1]) || (QUARTER_NUMBER[(match[2] ?? '').toLowerCase()] ?? 0);
    const year = match[3] ? Number(match[3]) : refYear(context);
    const result = context.createParsingResult(
      match.index ?? 0,
      match[0],
      { year, month: quarter * 3 - 2, day: 1 },
      { year, month: quarter * 3 },
    );
    result.start.addTag(TAG.quarter);
    return result;
  },
};

const TIME_OF_DAY_OF = /^(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i;
const DATE_PARTS = ['year', 'month', 'day', 'weekday'] as const;

/** The date parts chrono is certain of in `components`, e.g. { year: 2025, month: 3, day: 5 }. */
const certainParts = (components: chrono.ParsedComponents): Partial<Record<string, number>> =>
  Object.fromEntries(
    DATE_PARTS.filter((part) => components.isCertain(part)).map((part) => [
      part,
      components.get(part) ?? 0,
    ]),
  );

/**
 * "the evening of Wednesday 5 March 2025": chrono joins the time of day to the reference day
 * and loses the date. The date after "of" is read on its own; the whole phrase stays the text.
 */
const timeOfDayRefiner: chrono.Refiner = {
  refine: (context, results) =>
    results.map((result) => {
      const lead = TIME_OF_DAY_OF.exec(result.text);
      if (!lead) return result;
      const inner = chrono.casual.parse(result.text.slice(lead[0].length), context.refDate)[0];
      if (!inner || inner.index !== 0 || !inner.start.isCertain('day')) return result;
      return context.createParsingResult(
        result.index,
        result.text,
        certainParts(inner.start),
        inner.end ? certainParts(inner.end) : undefined,
      );
    }),
};

const WEEKDAY_PAIR = /^\s*(?:and|&)\s*$/i;

/**
 * "meet Thursday and Friday": two consecutive weekdays joined by "and" are the days of one
 * happening, a range; "Monday and Thursday" stay two dates.
 */
const weekdayPairRefiner: chrono.Refiner = {
  refine: (context, results) => {
    const kept: ParsingResult[] = [];
    for (const result of results) {
      const previous = kept.at(-1);
      const isBareWeekday = (r: ParsingResult) =>
        r.start.isCertain('weekday') && !r.start.isCertain('day') && !r.end;
      if (
        previous &&
        isBareWeekday(previous) &&
        isBareWeekday(result) &&
        WEEKDAY_PAIR.test(
          context.text.slice(previous.index + previous.text.length, result.index),
        ) &&
        ((previous.start.get('weekday') ?? 0) + 1) % 7 === result.start.get('weekday')
      ) {
        previous.end = result.start;
        previous.text = context.text.slice(previous.index, result.index + result.text.length);
        continue;
      }
      kept.push(result);
    }
    return kept;
  },
};

/** "three years before", "two days after": relative to some other happening we cannot date. */
const RELATIVE_TO_OTHER =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:before|after|earlier|later)$/i;

/** "in a month" is a rate ("fire as many shells in a month") far more often than a date. */
const IN_A_UNIT = /^(?:in|within)\s+an?\s+(?:day|week|month|year)$/i;

const DURATION =
  /^(?:for|within|lasting)\s+(?:the\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

/** Drops what chrono reads as a date but a reader would not: durations, clock times alone, "now". */
const notADateRefiner: chrono.Refiner = {
  refine: (context, results) =>
    results.filter((result: ParsingResult) => {
      const text = result.text.trim();
      if (DURATION.test(text) || RELATIVE_TO_OTHER.test(text) || IN_A_UNIT.test(text)) return false;
      if (/^(?:right\s+)?now$/i.test(text)) return false;
      // "sat", "sun", "wed" in lower case are words ("sat before the cameras"), not weekdays.
      if (/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/.test(text)) return false;
      // "4 min read", "a 10-minute read": reading times.
      if (/^\s*read\b/i.test(context.text.slice(result.index + result.text.length))) return false;
      // "march", "may": a lower-case month name alone is a verb or a modal, not a month.
      if (
        /^[a-z]+$/.test(text) &&
        result.start.isCertain('month') &&
        !result.start.isCertain('day')
      )
        return false;
      const custom = [...result.start.tags()].some((tag) => tag.startsWith('summit/'));
      const hasDate =
        custom ||
        result.start.isCertain('day') ||
        result.start.isCertain('month') ||
        result.start.isCertain('year') ||
        result.start.isCertain('weekday') ||
        /\b(?:today|tonight|tomorrow|yesterday|week|weekend|month|year|ago|this\s+(?:morning|afternoon|evening))\b/i.test(
          text,
        );
      return hasDate;
    }),
};

const YEAR_SHIFT = /^[\s,]*(last|this|next)\s+year\b/i;
const YEAR_OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };

/**
 * "February 24 last year", "April last year": chrono reads the date and "last year" as two
 * results; they are one date in the year named.
 */
const yearShiftRefiner: chrono.Refiner = {
  refine: (context, results) => {
    const kept: ParsingResult[] = [];
    for (const result of results) {
      const previous = kept.at(-1);
      const gap = previous
        ? context.text.slice(previous.index + previous.text.length, result.index)
        : '';
      const shift = previous && YEAR_SHIFT.exec(`${gap}${result.text}`);
      if (
        previous &&
        shift &&
        /^[\s,]*$/.test(gap) &&
        previous.start.isCertain('month') &&
        !previous.start.isCertain('year')
      ) {
        previous.start.assign(
          'year',
          refYear(context) + (YEAR_OFFSET[(shift[1] ?? 'this').toLowerCase()] ?? 0),
        );
        previous.text = context.text.slice(previous.index, result.index + result.text.length);
        continue;
      }
      kept.push(result);
    }
    return kept;
  },
};

/** Builds the configured chrono instance (one per module, it holds no state between calls). */
const buildChrono = (): chrono.Chrono => {
  const instance = chrono.casual.clone();
  instance.parsers.push(
    comingPeriodParser,
    decadesAgoParser,
    relativeUnitParser,
    bareYearParser,
    anniversaryParser,
    relativeMonthParser,
    yearSpanParser,
    daysBeforeMonthParser,
    monthBeforeDaysParser,
    monthSpanParser,
    mayParser,
    weekOfParser,
    quarterParser,
  );
  instance.refiners.push(timeOfDayRefiner, yearShiftRefiner, weekdayPairRefiner, notADateRefiner);
  return instance;
};

export const newsChrono = buildChrono();
