/**
 * The project's chrono-node instance: the English casual parser plus custom parsers for the
 * vague and news-specific expressions chrono does not know, and refiners that drop what chrono
 * wrongly takes for a date (durations, clock times, "now").
 */
import * as chrono from 'chrono-node';
import type { ParsingResult } from 'chrono-node';
import { FOUNDING_YEARS } from './organisations';
import { TAG } from './chrono-tags';
import { MONTHS, readCount, refYear } from './parser-words';
import { SPAN_PARSERS } from './span-parsers';

export { readCount } from './parser-words';

export { TAG } from './chrono-tags';

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
    /\b(?:(?:in|during|throughout|early|mid-?|late|since)\s+(?:fiscal\s+(?:year\s+)?)?|fiscal\s+(?:year\s+)?|FY\s?)((?:1[6-9]|20)\d{2})\b(?!-\d|\s*(?:%|percent|per\s+cent|troops|soldiers|km|kilometres|miles|tons|tonnes|dollars|euros))/i,
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

/**
 * "expires on Thursday (18 May)": the weekday and the date in brackets are one expression; the
 * date says which Thursday.
 */
const weekdayWithDateRefiner: chrono.Refiner = {
  refine: (context, results) => {
    const kept: ParsingResult[] = [];
    for (const result of results) {
      const previous = kept.at(-1);
      const end = result.index + result.text.length;
      if (
        previous &&
        previous.start.isCertain('weekday') &&
        !previous.start.isCertain('day') &&
        result.start.isCertain('day') &&
        /^\s*\($/.test(context.text.slice(previous.index + previous.text.length, result.index)) &&
        context.text[end] === ')'
      ) {
        kept[kept.length - 1] = context.createParsingResult(
          previous.index,
          context.text.slice(previous.index, end + 1),
          certainParts(result.start),
        );
        continue;
      }
      kept.push(result);
    }
    return kept;
  },
};

const MONTH_COMMA_NUMBER = new RegExp(`^(${MONTHS.join('|')}),\\s+\\d{1,2}$`, 'i');

/**
 * "In May, 23 senators wrote …": chrono reads "May, 23" as a day; after a preposition, with the
 * comma, the number starts the next clause and the month stands alone.
 */
const monthThenNumberRefiner: chrono.Refiner = {
  refine: (context, results) =>
    results.map((result) => {
      const month = MONTH_COMMA_NUMBER.exec(result.text);
      const before = context.text.slice(Math.max(0, result.index - 6), result.index);
      if (!month || !/\b(?:in|since|until|by|from)\s+$/i.test(before)) return result;
      const monthOnly = context.createParsingResult(result.index, month[1]!, {
        month: MONTHS.indexOf(month[1]!.toLowerCase()) + 1,
      });
      return monthOnly;
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
  /^(?:for|within|lasting)\s+(?:the\s+)?(?:a\s+few|a\s+couple\s+of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

const NEXT_PERIOD =
  /^(?:(?:in|over|during|within)\s+)?(?:the\s+)?next\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(?:days|weeks|months|years|decades)$/i;

/** Drops what chrono reads as a date but a reader would not: durations, clock times alone, "now". */
const notADateRefiner: chrono.Refiner = {
  refine: (context, results) =>
    results.filter((result: ParsingResult) => {
      const text = result.text.trim();
      if (DURATION.test(text) || RELATIVE_TO_OTHER.test(text) || IN_A_UNIT.test(text)) return false;
      if (/^(?:right\s+)?now$/i.test(text)) return false;
      // "sat", "sun", "wed" in lower case are words ("sat before the cameras"), not weekdays.
      if (/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/.test(text)) return false;
      // "…/news/2019/12/04/…": part of a web address.
      const end = result.index + result.text.length;
      if (context.text[result.index - 1] === '/' || context.text[end] === '/') return false;
      // "thread 7/7", "Policy Brief 07/2025": numbering, unless a preposition makes it a date.
      const before = context.text.slice(Math.max(0, result.index - 8), result.index);
      if (/^\d{1,2}\/\d{1,2}$/.test(text) && !/\bon\s+$/i.test(before)) return false;
      if (/^\d{1,2}\/\d{4}$/.test(text) && !/\b(?:in|since|from|until|by|of)\s+$/i.test(before)) {
        return false;
      }
      // "in the next four years", "over the next 12 months": a window ahead, not a date.
      if (NEXT_PERIOD.test(text)) return false;
      // "in the year", "of the month": a unit with no date to it.
      if (/^(?:(?:in|of|for|during)\s+)?the\s+(?:day|week|month|year)$/i.test(text)) return false;
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
        /\b(?:today|tonight|tomorrow|yesterday|week|weekend|month|year|ago|this\s+(?:morning|afternoon|evening)|last\s+night)\b/i.test(
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
const buildChrono = (base: chrono.Chrono): chrono.Chrono => {
  const instance = base.clone();
  instance.parsers.push(
    comingPeriodParser,
    decadesAgoParser,
    relativeUnitParser,
    bareYearParser,
    anniversaryParser,
    relativeMonthParser,
    yearSpanParser,
    ...SPAN_PARSERS,
  );
  instance.refiners.push(
    timeOfDayRefiner,
    monthThenNumberRefiner,
    weekdayWithDateRefiner,
    yearShiftRefiner,
    weekdayPairRefiner,
    notADateRefiner,
  );
  return instance;
};

export const newsChrono = buildChrono(chrono.casual);
/** The same, reading slashed dates day first ("09/12/2022" = 9 December), for articles that do. */
export const newsChronoDayFirst = buildChrono(chrono.en.GB);
