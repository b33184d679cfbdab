/**
 * Turns one chrono result into an inclusive day range with a precision, reading it against the
 * article's reference date and the story's narrative date (the last explicit day it mentioned).
 */
import type { ParsedResult } from 'chrono-node';
import type { Precision } from '../schema';
import { TAG, readCount } from './chrono-setup';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  isoDay,
  lastDayOfMonth,
  lastWeekdayOnOrBefore,
  monthOf,
  nextWeekdayOnOrAfter,
  weekOf,
  yearOf,
  yearRange,
  type WeekdayNumber,
} from './calendar';
import type { Tense } from './tense';

/** Where the story stands when a date expression is read. */
export interface NarrativeState {
  /** The article's reference (publication) date. */
  reference: string;
  /** The story's current date: the reference, or the last explicit day the text named. */
  focus: string;
  /** Whether `focus` came from the text rather than the reference date. */
  focusFromText: boolean;
  /**
   * The last day of the span the story is in, when its current date is a span ("last week",
   * "ran from 26 to 30 August") rather than a day; `focus` is then its first day.
   */
  focusEnd: string | null;
  /** Whether the reference date was itself inferred (then it does not bound the past). */
  referenceInferred: boolean;
}

export interface ResolvedDate {
  start: string;
  end: string;
  precision: Precision;
  /** The new narrative date when this expression moves the story to a specific day or week. */
  newFocus?: string;
  /** The last day of the span `newFocus` opens, when it moves the story into a span. */
  newFocusEnd?: string;
}

/**
 * How far after the publication day a yearless day in a past-tense clause may still be: "hosted
 * … on June 24-25" days ahead is a participle, not a recount; months ahead it is last year's.
 */
const RECOUNTED_AHEAD_DAYS = 31;

const MONTH_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?![a-z])/;

type Unit = 'day' | 'week' | 'month' | 'year';

const shift = (day: string, unit: Unit, count: number): string => {
  switch (unit) {
    case 'day':
      return addDays(day, count);
    case 'week':
      return addDays(day, 7 * count);
    case 'month':
      return addMonths(day, count);
    case 'year':
      return addYears(day, count);
  }
};

const unitRange = (day: string, unit: Unit): { start: string; end: string } => {
  switch (unit) {
    case 'day':
      return { start: day, end: day };
    case 'week':
      return weekOf(day);
    case 'month':
      return monthOf(day);
    case 'year':
      return yearRange(yearOf(day));
  }
};

const unitPrecision = (unit: Unit): Precision => unit;

const asUnit = (word: string): Unit => word.toLowerCase().replace(/s$/, '') as Unit;

const DIRECTION: Record<string, number> = {
  this: 0,
  coming: 1,
  next: 1,
  last: -1,
  past: -1,
  previous: -1,
};

/** "in the coming days/weeks/months": a window just after the reference date. */
const resolveComing = (tags: Set<string>, reference: string): ResolvedDate => {
  const end = tags.has(`${TAG.coming}:months`)
    ? addMonths(reference, 3)
    : tags.has(`${TAG.coming}:weeks`)
      ? addDays(reference, 21)
      : addDays(reference, 3);
  return { start: addDays(reference, 1), end, precision: 'approximate' };
};

/** Expressions relative to the reference date, recognised by their wording. */
const resolveRelativeWording = (text: string, reference: string): ResolvedDate | null => {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const period = /^(?:the )?(last|past|previous|next|coming) (\w+) (day|week|month|year)s$/.exec(
    lower,
  );
  if (period) {
    const count = readCount(period[2] ?? 'a');
    const unit = asUnit(period[3] ?? 'day');
    const sign = DIRECTION[period[1] ?? 'last'] ?? -1;
    return sign < 0
      ? { start: shift(reference, unit, -count), end: reference, precision: 'range' }
      : {
          start: addDays(reference, 1),
          end: shift(reference, unit, count),
          precision: 'approximate',
        };
  }
  if (/\blast night\b/.test(lower)) {
    const day = addDays(reference, -1);
    return { start: day, end: day, precision: 'day' };
  }
  if (/\bweekend\b/.test(lower)) {
    const base = /\blast\b/.test(lower)
      ? addDays(reference, -7)
      : /\bnext\b/.test(lower)
        ? addDays(reference, 7)
        : reference;
    const saturday = /\blast\b/.test(lower)
      ? lastWeekdayOnOrBefore(base, 6)
      : nextWeekdayOnOrAfter(base, 6);
    return { start: saturday, end: addDays(saturday, 1), precision: 'range' };
  }
  const named = /\b(this|next|last|coming|past|previous) (week|month|year)\b/.exec(lower);
  if (named) {
    const unit = asUnit(named[2] ?? 'week');
    const base = shift(reference, unit, DIRECTION[named[1] ?? 'this'] ?? 0);
    return {
      ...unitRange(base, unit),
      precision: unitPrecision(unit),
      ...(unit === 'week' ? { newFocus: weekOf(base).start, newFocusEnd: weekOf(base).end } : {}),
    };
  }
  const ago = /\b(\w+) (day|week|month|year)s? ago\b/.exec(lower);
  if (ago) {
    const unit = asUnit(ago[2] ?? 'day');
    const base = shift(reference, unit, -readCount(ago[1] ?? 'a'));
    return { ...unitRange(base, unit), precision: unitPrecision(unit) };
  }
  const later =
    /\b(?:in|within) (\w+) (day|week|month|year)s?\b|\b(\w+) (day|week|month|year)s? (?:from now|later|after)\b/.exec(
      lower,
    );
  if (later) {
    const unit = asUnit(later[2] ?? later[4] ?? 'day');
    const base = shift(reference, unit, readCount(later[1] ?? later[3] ?? 'a'));
    return { ...unitRange(base, unit), precision: unit === 'day' ? 'day' : 'approximate' };
  }
  return null;
};

/** The occurrence of `weekday` nearest to `day` (ties go back: reports look back more than ahead). */
const nearestWeekday = (day: string, weekday: WeekdayNumber): string => {
  const ahead = nextWeekdayOnOrAfter(day, weekday);
  const back = lastWeekdayOnOrBefore(day, weekday);
  return daysBetween(day, ahead) < daysBetween(back, day) ? ahead : back;
};

/**
 * A bare weekday read against the story: plans point forward from the story's current date,
 * reports of what happened sit nearest to it, and "said on Monday" dates the reporting itself.
 * A known publication date caps the past: a report cannot recount a day after it was written.
 */
const weekdayInStory = (weekday: WeekdayNumber, state: NarrativeState, tense: Tense): string => {
  const { reference, focus, focusFromText, focusEnd, referenceInferred } = state;
  const latestPast = (day: string): string =>
    !referenceInferred && daysBetween(reference, day) > 0
      ? lastWeekdayOnOrBefore(reference, weekday)
      : day;
  if (tense === 'reported') return lastWeekdayOnOrBefore(reference, weekday);
  // "Leaders met last week … In their communiqué on Friday": that week's Friday; "the forum ran
  // from 26 to 30 August … on Friday": the Friday within it.
  const inSpan = focusFromText && focusEnd ? nextWeekdayOnOrAfter(focus, weekday) : null;
  if (inSpan && focusEnd && daysBetween(inSpan, focusEnd) >= 0) {
    const day = inSpan;
    if (tense === 'past') return latestPast(day);
    if (tense === 'future' && daysBetween(reference, day) < 0) {
      return nextWeekdayOnOrAfter(reference, weekday);
    }
    return day;
  }
  if (tense === 'future') {
    // The story's day nearest to its current date ("the summit runs Tuesday to Thursday …
    // a dinner on Wednesday"), but never before the publication day: plans lie ahead, and news
    // style names the day itself by its weekday too ("departs on Wednesday" in Wednesday's paper).
    const near = focusFromText
      ? nearestWeekday(focus, weekday)
      : nextWeekdayOnOrAfter(reference, weekday);
    return daysBetween(reference, near) >= 0 ? near : nextWeekdayOnOrAfter(reference, weekday);
  }
  if (tense === 'past') {
    return focusFromText
      ? latestPast(nearestWeekday(focus, weekday))
      : lastWeekdayOnOrBefore(reference, weekday);
  }
  return nearestWeekday(focusFromText ? focus : reference, weekday);
};

/**
 * `weekdayInStory`, except that a weekday landing on the story's current day when that is a week
 * or more from publication is read from the publication date: "briefed the council on Oct. 28 …
 * and on Monday Russia's ministry again accused Seoul", in a paper of 5 November. A writer naming
 * that same day again would not switch to its bare weekday.
 */
const resolveWeekday = (weekday: WeekdayNumber, state: NarrativeState, tense: Tense): string => {
  const day = weekdayInStory(weekday, state, tense);
  const { reference, focus, focusFromText, focusEnd } = state;
  const focusAWeekAway = focusFromText && Math.abs(daysBetween(reference, focus)) > 6;
  if (day !== focus || !focusAWeekAway || focusEnd !== null) return day;
  return weekdayInStory(weekday, { ...state, focusFromText: false }, tense);
};

/**
 * A month named without a year ("joined in April"): the last such month up to the reference for
 * what happened, the next one from it for what is planned, else the nearest (chrono's guess).
 */
const monthByTense = (c: ParsedResult['start'], reference: string, tense: Tense): string => {
  const guess = componentsDay(c);
  const month = c.get('month') ?? 1;
  const refYear = yearOf(reference);
  const refMonth = Number(reference.slice(5, 7));
  if (tense === 'past') return isoDay(month <= refMonth ? refYear : refYear - 1, month, 1);
  if (tense === 'future') return isoDay(month >= refMonth ? refYear : refYear + 1, month, 1);
  return guess;
};

const componentsDay = (c: ParsedResult['start']): string =>
  isoDay(c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1);

const isWeekdayOnly = (c: ParsedResult['start']): boolean =>
  c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month');

/**
 * "on the 20th": that day of the month the story is in, moved a month back when a recounting
 * clause would put it after publication, or a month on when a plan would put it before.
 */
const resolveOrdinalDay = (
  dayOfMonth: number,
  state: NarrativeState,
  clause: Tense,
): ResolvedDate | null => {
  const { reference, focus, focusFromText, referenceInferred } = state;
  const base = focusFromText ? focus : reference;
  const inMonth = (monthStart: string): string | null =>
    dayOfMonth <= lastDayOfMonth(yearOf(monthStart), Number(monthStart.slice(5, 7)))
      ? isoDay(yearOf(monthStart), Number(monthStart.slice(5, 7)), dayOfMonth)
      : null;
  const monthStart = monthOf(base).start;
  let day = inMonth(monthStart);
  if (day && clause === 'past' && !referenceInferred && daysBetween(reference, day) > 0) {
    day = inMonth(addMonths(monthStart, -1));
  } else if (day && clause === 'future' && daysBetween(reference, day) < 0) {
    day = inMonth(addMonths(monthStart, 1));
  }
  return day ? { start: day, end: day, precision: 'day', newFocus: day } : null;
};

/** Resolves `result` (found in a sentence whose governing tense is `tense`); null when it is no date. */
export const resolveResult = (
  result: ParsedResult,
  state: NarrativeState,
  tense: Tense,
  /** The tense of the date's own clause, for a month named without its year. */
  clause: Tense = tense,
): ResolvedDate | null => {
  const { reference } = state;
  const tags = result.tags();
  const { start, end } = result;

  if (tags.has(TAG.coming)) return resolveComing(tags, reference);
  if (tags.has(TAG.yearSpan)) {
    return {
      start: yearRange(start.get('year') ?? 0).start,
      end: yearRange(end?.get('year') ?? start.get('year') ?? 0).end,
      precision: 'range',
    };
  }
  if (tags.has(TAG.relativeMonth)) return { ...monthOf(componentsDay(start)), precision: 'month' };
  if (tags.has(TAG.quarter)) {
    return {
      start: componentsDay(start),
      end: monthOf(componentsDay(end ?? start)).end,
      precision: 'range',
    };
  }
  if (tags.has(TAG.ordinalDay)) return resolveOrdinalDay(start.get('day') ?? 1, state, clause);
  if (tags.has(TAG.weekOf)) {
    const week = weekOf(componentsDay(start));
    return { ...week, precision: 'week', newFocus: week.start, newFocusEnd: week.end };
  }
  if (tags.has(TAG.monthSpan)) {
    const firstMonth = start.get('month') ?? 1;
    const lastMonth = end?.get('month') ?? firstMonth;
    const first = start.isCertain('year')
      ? isoDay(start.get('year') ?? 0, firstMonth, 1)
      : monthOf(monthByTense(start, reference, clause)).start;
    const lastYear = end?.isCertain('year')
      ? (end.get('year') ?? 0)
      : yearOf(first) + (lastMonth < firstMonth ? 1 : 0);
    return { start: first, end: monthOf(isoDay(lastYear, lastMonth, 1)).end, precision: 'range' };
  }
  if (tags.has(TAG.decadesAgo) || tags.has(TAG.bareYear) || tags.has(TAG.anniversary)) {
    return { ...yearRange(start.get('year') ?? yearOf(reference)), precision: 'year' };
  }
  if (tags.has(TAG.relativeUnit)) {
    const [, which = 'this', unit = 'month'] =
      [...tags]
        .find((t) => t.startsWith(`${TAG.relativeUnit}:`))
        ?.slice(TAG.relativeUnit.length)
        .split(':') ?? [];
    const base = shift(reference, asUnit(unit), DIRECTION[which] ?? 0);
    return { ...unitRange(base, asUnit(unit)), precision: unitPrecision(asUnit(unit)) };
  }

  if (isWeekdayOnly(start)) {
    const modified = /\b(?:next|last|this|past|coming)\b/i.test(result.text);
    const first = modified
      ? componentsDay(start)
      : resolveWeekday(start.get('weekday') as WeekdayNumber, state, tense);
    // "last Tuesday" is read from the publication date; it does not move the story's date.
    const focus = modified ? {} : { newFocus: first };
    if (end && isWeekdayOnly(end)) {
      const last = nextWeekdayOnOrAfter(first, end.get('weekday') as WeekdayNumber);
      return { start: first, end: last, precision: 'range', ...focus };
    }
    if (/\bweekend\b/i.test(result.text)) {
      // "this weekend": chrono gives the Saturday; the weekend is Saturday and Sunday.
      const saturday = addDays(weekOf(first).start, 5);
      return { start: saturday, end: addDays(saturday, 1), precision: 'range' };
    }
    return { start: first, end: first, precision: 'day', ...focus };
  }

  // "last week" comes back from chrono as a certain day; "February 24 last year" is a date.
  const namesMonth = MONTH_NAME.test(result.text);
  const relative = namesMonth ? null : resolveRelativeWording(result.text, reference);
  if (relative) return relative;

  if (start.isCertain('day') || (start.isCertain('month') && start.isCertain('day'))) {
    // chrono puts a day named without its year ("on 5 July") in the nearest year; a clause that
    // recounts it ("signed … on 5 July", "since the October 7 attacks") puts it on or before
    // the publication day.
    const yearBack =
      !start.isCertain('year') &&
      clause === 'past' &&
      !state.referenceInferred &&
      daysBetween(reference, componentsDay(start)) > RECOUNTED_AHEAD_DAYS
        ? -1
        : 0;
    const first = addYears(componentsDay(start), yearBack);
    if (end && end.isCertain('day')) {
      const last = addYears(componentsDay(end), yearBack);
      if (daysBetween(first, last) < 0) return null;
      return {
        start: first,
        end: last,
        precision: first === last ? 'day' : 'range',
        newFocus: first,
        ...(first === last ? {} : { newFocusEnd: last }),
      };
    }
    return { start: first, end: first, precision: 'day', newFocus: first };
  }
  if (start.isCertain('month')) {
    const first = monthOf(
      start.isCertain('year') ? componentsDay(start) : monthByTense(start, reference, clause),
    );
    if (end && end.isCertain('month')) {
      const last = monthOf(componentsDay(end));
      return { start: first.start, end: last.end, precision: 'range' };
    }
    return { ...first, precision: 'month' };
  }
  if (start.isCertain('year')) return { ...yearRange(start.get('year') ?? 0), precision: 'year' };

  // Casual words chrono resolves itself: today, tonight, tomorrow, yesterday.
  if (
    /\b(?:today|tonight|tomorrow|yesterday|this morning|this afternoon|this evening)\b/i.test(
      result.text,
    )
  ) {
    const day = componentsDay(start);
    return { start: day, end: day, precision: 'day' };
  }
  return null;
};
