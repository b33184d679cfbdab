/**
 * chrono parsers for spans and periods chrono reads wrongly or not at all: day spans ("from 9
 * to 11 July", "Sept 9–10", "12 July to 2 August 2024"), month spans, "the week of 8 July",
 * quarters and halves, a capitalised "May" after a preposition, ISO months and timeline years.
 */
import type * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { TAG } from './chrono-tags';
import { MONTHS, readCount, refYear } from './parser-words';

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
    // "on 11 and 12 June" is one span; "on 9 and 11 July" two days.
    const consecutive = Number(match[4]) === Number(match[2]) + 1;
    if (match[3]?.toLowerCase() === 'and' && !/^between/i.test(match[1] ?? '') && !consecutive) {
      return null;
    }
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
  `\\b(?:between|from)\\s+(${MONTH_WORD})\\.?(?:\\s+((?:19|20)\\d{2}))?\\s+(?:and|to|until|till|through)\\s+(${MONTH_WORD})\\b\\.?${YEAR_AFTER}`,
  'i',
);

const monthSpanParser: chrono.Parser = {
  // "between March and May", "from June to August 2023", "between July 2023 and July 2024":
  // whole months (chrono reads the first).
  pattern: () => MONTH_SPAN,
  extract: (context, match) => {
    const first = monthNumber(match[1]);
    const last = monthNumber(match[3]);
    const firstYear = match[2] ? Number(match[2]) : null;
    const year = match[4] ? Number(match[4]) : null;
    if (!first || !last || (first === last && (!firstYear || !year || firstYear >= year))) {
      return null;
    }
    const startYear = firstYear ?? (year ? (last < first ? year - 1 : year) : null);
    const result = context.createParsingResult(
      match.index ?? 0,
      match[0],
      { month: first, ...(startYear ? { year: startYear } : {}) },
      { month: last, ...(year ? { year } : {}) },
    );
    result.start.addTag(TAG.monthSpan);
    return result;
  },
};

const MAY_AFTER_PREPOSITION =
  /\b(?:(?:from|for|by|until|till|since|through|before|after|during|early|late|mid-?)\s*(May)\b(?:,?\s+((?:19|20)\d{2})\b)?|the\s+(May)\s+(?:budget|elections?|summit|meeting|deadline|vote|poll|talks|session|sitting|review|statement|update|figures|data|report|plenary|ministerial|exercises?|drills?)\b)/;

const mayParser: chrono.Parser = {
  // "patrols from May", "planned for May", "in the May budget": chrono reads "May" alone only
  // after "in", as it is also a modal verb; capitalised after a preposition, or before a noun
  // of the calendar (not "the May government"), it is the month.
  pattern: () => MAY_AFTER_PREPOSITION,
  // The preposition or the noun stays in the text: chrono drops a result that reads "May" alone.
  extract: (context, match) =>
    context.createParsingResult(match.index ?? 0, match[0], {
      month: 5,
      ...(match[2] ? { year: Number(match[2]) } : {}),
    }),
};

const WEEK_OF = new RegExp(
  `\\b(?:the\\s+)?week\\s+of\\s+(?:(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_WORD})|(${MONTH_WORD})\\.?\\s+(\\d{1,2})${ORDINAL}|((?:19|20)\\d{2})-(\\d{2})-(\\d{2}))\\b${YEAR_AFTER}`,
  'i',
);

const weekOfParser: chrono.Parser = {
  // "the week of 8 July", "Week of 2025-02-24": that Monday-to-Sunday week, not the day.
  pattern: () => WEEK_OF,
  extract: (context, match) => {
    const iso = match[5] !== undefined;
    const month = iso ? Number(match[6]) : monthNumber(match[2] ?? match[3]);
    const day = Number(match[1] ?? match[4] ?? match[7]);
    if (!month || month > 12 || day < 1 || day > 31) return null;
    const written = match[5] ?? match[8];
    const year = written ? Number(written) : nearestYear(context, month, day);
    const result = context.createParsingResult(match.index ?? 0, match[0], { day, month, year });
    result.start.addTag(TAG.weekOf);
    return result;
  },
};

const QUARTER_NUMBER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const QUARTER =
  /\b(?:Q([1-4])|(?:the\s+)?(first|second|third|fourth)\s+quarter)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b(?!-)/i;

/** The calendar months `first`..`last` of `year` as one result, read back as a quarter is. */
const monthsOfYear = (
  context: ParsingContext,
  match: RegExpMatchArray,
  year: number,
  first: number,
  last: number,
): ParsingResult => {
  const result = context.createParsingResult(
    match.index ?? 0,
    match[0],
    { year, month: first, day: 1 },
    { year, month: last },
  );
  result.start.addTag(TAG.quarter);
  return result;
};

const quarterParser: chrono.Parser = {
  // "in Q3", "the second quarter of 2025": those three calendar months.
  pattern: () => QUARTER,
  extract: (context, match) => {
    // "Q3" is written in capitals; "q3" is more likely a code than a quarter.
    if (match[1] && !match[0].startsWith('Q')) return null;
    const quarter = Number(match[1]) || (QUARTER_NUMBER[(match[2] ?? '').toLowerCase()] ?? 0);
    const year = match[3] ? Number(match[3]) : refYear(context);
    return monthsOfYear(context, match, year, quarter * 3 - 2, quarter * 3);
  },
};

const HALF =
  /\b(?:(?:the\s+)?(first|second)\s+half|H([12]))(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b(?!-)/i;

const halfYearParser: chrono.Parser = {
  // "the first half of 2025", "H1 2025": those six calendar months (read as a quarter is).
  pattern: () => HALF,
  extract: (context, match) => {
    if (match[2] && !match[0].startsWith('H')) return null;
    // "the second half" alone is usually of a match or a speech, not a year.
    if (!match[3] && !match[2]) return null;
    const half = match[2] ? Number(match[2]) : match[1]?.toLowerCase() === 'first' ? 1 : 2;
    const year = match[3] ? Number(match[3]) : refYear(context);
    return monthsOfYear(context, match, year, half * 6 - 5, half * 6);
  },
};

const CROSS_MONTH_DAYS = new RegExp(
  `\\b(?:from\\s+|between\\s+)?(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_WORD})\\.?(?:,?\\s+((?:19|20)\\d{2}))?\\s*(?:-|–|—|\\s(?:to|until|till|through|and)\\s)\\s*(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_WORD})\\b\\.?${YEAR_AFTER}`,
  'i',
);

const crossMonthDaysParser: chrono.Parser = {
  // "from 12 July to 2 August 2024": chrono loses the first day.
  pattern: () => CROSS_MONTH_DAYS,
  extract: (context, match) => {
    if (/\sand\s/i.test(match[0]) && !/^between/i.test(match[0])) return null;
    const firstMonth = monthNumber(match[2]);
    const lastMonth = monthNumber(match[5]);
    const firstDay = Number(match[1]);
    const lastDay = Number(match[4]);
    if (!firstMonth || !lastMonth || firstDay > 31 || lastDay > 31) return null;
    const lastYear = match[6] ? Number(match[6]) : null;
    const firstYear = match[3]
      ? Number(match[3])
      : lastYear && (lastMonth < firstMonth ? lastYear - 1 : lastYear);
    const result = context.createParsingResult(
      match.index ?? 0,
      match[0],
      { day: firstDay, month: firstMonth, ...(firstYear ? { year: firstYear } : {}) },
      { day: lastDay, month: lastMonth, ...(lastYear ? { year: lastYear } : {}) },
    );
    if (!firstYear) {
      const year = nearestYear(context, firstMonth, firstDay);
      result.start.imply('year', year);
      result.end?.imply('year', lastMonth < firstMonth ? year + 1 : year);
    }
    return result;
  },
};

const ISO_MONTH = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])\b(?![-\d])/;

const isoMonthParser: chrono.Parser = {
  // "In 2022-05": a month written the ISO way.
  pattern: () => ISO_MONTH,
  extract: (context, match) =>
    context.createParsingResult(match.index ?? 0, match[0], {
      year: Number(match[1]),
      month: Number(match[2]),
    }),
};

// The dash is part of the match, so this reading outlasts chrono's "19:52" for "1952".
const TIMELINE_YEAR = /((?:1[6-9]|20)\d{2})\s*(?:[–—:]|-(?=\s))/;

const timelineYearParser: chrono.Parser = {
  // "1952 – Greece and Turkey join": a year opening a line of a timeline.
  pattern: () => TIMELINE_YEAR,
  extract: (context, match) => {
    const at = match.index ?? 0;
    if (at > 0 && context.text[at - 1] !== '\n') return null;
    const result = context.createParsingResult(at, match[0], { year: Number(match[1]) });
    result.start.addTag(TAG.bareYear);
    return result;
  },
};

// "on the 9th the Secretary wrote", "the 10th, the day leaders…" — not "the 5th Fleet", "the 20th
// century" or "the 3rd time".
const ORDINAL_DAY =
  /\b(?:[Oo]n\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:century|centuries|anniversary|time|round|day|week|month|year|floor|birthday|edition|session|place|minute|hour|amendment|largest|biggest|consecutive|straight|of|[A-Z]))|[Tt]he\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$|\s(?:and|when|at|in|of\s+(?:this|that|last|next|the)\s+month)\b)))/;

const ordinalDayParser: chrono.Parser = {
  // "on the 20th": that day of the month the story is in (resolve.ts picks the month).
  pattern: () => ORDINAL_DAY,
  extract: (context, match) => {
    const day = Number(match[1] ?? match[2]);
    if (day < 1 || day > 31) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0], { day });
    result.start.addTag(TAG.ordinalDay);
    return result;
  },
};

const HOLIDAYS: Record<string, [month: number, day: number]> = {
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  'boxing day': [12, 26],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
};
const HOLIDAY = /\b(Christmas\s+(?:Day|Eve)|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve))\b/;

const holidayParser: chrono.Parser = {
  // "Christmas Day": a fixed-date holiday, in the year nearest the reference.
  pattern: () => HOLIDAY,
  extract: (context, match) => {
    const key = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
    const [month, day] = HOLIDAYS[key] ?? [0, 0];
    if (!month) return null;
    return context.createParsingResult(match.index ?? 0, match[0], {
      day,
      month,
      year: nearestYear(context, month, day),
    });
  },
};

const FORTNIGHTS_AGO = /\b(a|one|two|three|\d)\s+fortnights?\s+ago\b/i;

const fortnightAgoParser: chrono.Parser = {
  // "a fortnight ago": fourteen days before the reference.
  pattern: () => FORTNIGHTS_AGO,
  extract: (context, match) => {
    const count = readCount(match[1] ?? 'a');
    const day = new Date(context.refDate);
    day.setDate(day.getDate() - 14 * count);
    return context.createParsingResult(match.index ?? 0, match[0], {
      year: day.getFullYear(),
      month: day.getMonth() + 1,
      day: day.getDate(),
    });
  },
};

const FY_SHORT = /\bFY\s?['’]?(\d{2})\b/;

const shortFiscalYearParser: chrono.Parser = {
  // "FY24": read as its calendar year, as "fiscal 2024" is.
  pattern: () => FY_SHORT,
  extract: (context, match) => {
    const result = context.createParsingResult(match.index ?? 0, match[0], {
      year: 2000 + Number(match[1]),
    });
    result.start.addTag(TAG.bareYear);
    return result;
  },
};

/** Our span and period parsers, in the order chrono should try them. */
export const SPAN_PARSERS: readonly chrono.Parser[] = [
  crossMonthDaysParser,
  daysBeforeMonthParser,
  monthBeforeDaysParser,
  monthSpanParser,
  mayParser,
  weekOfParser,
  quarterParser,
  halfYearParser,
  isoMonthParser,
  timelineYearParser,
  ordinalDayParser,
  holidayParser,
  fortnightAgoParser,
  shortFiscalYearParser,
];
