/** Ways around chrono, whose parse costs tens of microseconds: reading plain dates directly, and knowing when it would find nothing. */

const MONTHS = [
  ['Jan', 'January'],
  ['Feb', 'February'],
  ['Mar', 'March'],
  ['Apr', 'April'],
  ['May', 'May'],
  ['Jun', 'June'],
  ['Jul', 'July'],
  ['Aug', 'August'],
  ['Sep', 'September', 'Sept'],
  ['Oct', 'October'],
  ['Nov', 'November'],
  ['Dec', 'December'],
];
const MONTH_NUMBER = new Map(MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1])));
const MONTH = `(${[...MONTH_NUMBER.keys()].join('|')})`;
const DAY = '(0?[1-9]|[12]\\d|3[01])';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY =
  '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ';
// A 24-hour clock time, optionally with a zone: " 18:20", " 9:05 GMT".
const TIME =
  '(?: (?:[01]?\\d|2[0-3]):[0-5]\\d(?: (?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT))?)?';

// In exactly these shapes chrono's first dated result spans the whole string (or, after a place name
// that holds nothing chrono reads, the whole date) and has the same day: checked against chrono for every
// day, month spelling and year, and for every weekday, clock time and zone on sampled dates.
const DAY_MONTH_YEAR = new RegExp(`^(?:${WEEKDAY})?${DAY} ${MONTH} ${YEAR}${TIME}$`);
const MONTH_DAY_YEAR = new RegExp(`^(?:${WEEKDAY})?${MONTH} ${DAY}, ${YEAR}${TIME}$`);
const ISO_DAY = /^((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// "WASHINGTON, July 8, 2024": the place is group 1, the date the rest.
const PLACE_DAY_MONTH_YEAR = new RegExp(`^(.+), ${DAY} ${MONTH} ${YEAR}${TIME}$`);
const PLACE_MONTH_DAY_YEAR = new RegExp(`^(.+), ${MONTH} ${DAY}, ${YEAR}${TIME}$`);

const pad = (n: number): string => String(n).padStart(2, '0');

const validDay = (year: number, month: number, day: number): string | null =>
  // Day-of-month bound computed in UTC so the local zone never shifts it.
  day > new Date(Date.UTC(year, month, 0)).getUTCDate()
    ? null
    : `${year}-${pad(month)}-${pad(day)}`;

/** Where chrono would find a dated day in text, and which day. */
export interface PlainDate {
  day: string;
  index: number;
  length: number;
}

const dated = (day: string | null, text: string, place: string): PlainDate | null => {
  if (day === null) return null;
  const index = place === '' ? 0 : place.length + 2;
  return { day, index, length: text.length - index };
};

/**
 * The day and span chrono would report for a plain date, e.g. "06 Jul 2024", "Tue 26 Nov 2024 18:20 GMT",
 * "July 7, 2023", "2023-07-11" or "WASHINGTON, July 8, 2024" (years 1900–2099); null for anything else,
 * including impossible days like "31 Jun 2024", which are left to chrono.
 */
export const readPlainDate = (text: string): PlainDate | null => {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m)
    return dated(validDay(Number(m[3]), MONTH_NUMBER.get(m[2] ?? '') ?? 0, Number(m[1])), text, '');
  m = MONTH_DAY_YEAR.exec(text);
  if (m)
    return dated(validDay(Number(m[3]), MONTH_NUMBER.get(m[1] ?? '') ?? 0, Number(m[2])), text, '');
  m = ISO_DAY.exec(text);
  if (m) return dated(validDay(Number(m[1]), Number(m[2]), Number(m[3])), text, '');
  m = PLACE_DAY_MONTH_YEAR.exec(text);
  if (m && !mayHoldChronoDate(m[1] ?? '')) {
    const day = validDay(Number(m[4]), MONTH_NUMBER.get(m[3] ?? '') ?? 0, Number(m[2]));
    return dated(day, text, m[1] ?? '');
  }
  m = PLACE_MONTH_DAY_YEAR.exec(text);
  if (m && !mayHoldChronoDate(m[1] ?? '')) {
    const day = validDay(Number(m[4]), MONTH_NUMBER.get(m[2] ?? '') ?? 0, Number(m[3]));
    return dated(day, text, m[1] ?? '');
  }
  return null;
};

// Every English chrono parser (all its patterns are case-insensitive and ASCII-only) needs one of these
// to match: a digit; a month or weekday name or casual word ("today", "noon") at a word start or glued to
// the few words chrono lets precede it ("injuly", "onmonday", "thisnight"); or a number and a time unit
// ("a day", "them" = "the m") together with a relative word ("ago", "in", "next"). Each check is looser
// than chrono's own patterns, so a miss means chrono has nothing to find and a hit only that it might.
const TIME_UNIT =
  'quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y';
// chrono's own number pattern ("3", "eleven", "half an", "a few", "the", "a couple of" …).
const NUMBER =
  'eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?';
const CHRONO_WORDS: readonly RegExp[] = [
  /\d/,
  /(?:\b|in|of|st|nd|rd|th)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  /(?:\b|on|this|last|past|next)(?:sun|mon|tue|wed|thu|fri|sat|week)/i,
  /\b(?:now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night)/i,
  /(?:\b|this)(?:morning|afternoon|evening|night|midnight|midday|noon)/i,
  new RegExp(`(?:\\b|after)(?:this|last|past|next)\\s*(?:${TIME_UNIT})(?!\\w)`, 'i'),
];
// The number starts a word or is glued to a word chrono allows before it ("inan hour", "lasttwo days").
const TIME_SPAN = new RegExp(
  `(?:\\b|about|around|within|in|for|roughly|approximately|just|this|last|past|next|after)(?:${NUMBER})\\s{0,3}(?:${TIME_UNIT})`,
  'i',
);
const RELATIVE_WORD =
  /within|in|for|ago|before|earlier|later|after|from|henceforth|forward|out|this|last|past|next|\+|-/i;

/** False when chrono (English) can find no date or time at all in the text, e.g. "BRUSSELS" or "KYIV, Ukraine". */
export const mayHoldChronoDate = (text: string): boolean =>
  CHRONO_WORDS.some((re) => re.test(text)) || (TIME_SPAN.test(text) && RELATIVE_WORD.test(text));
