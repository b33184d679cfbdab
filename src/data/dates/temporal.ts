/**
 * Finds the temporal expressions of an article, sentence by sentence, and resolves each to a day
 * range. The story's narrative date is carried from sentence to sentence so that "On April 4th …"
 * followed by "… on Thursday" lands on 11 July.
 */
import type { Precision } from '../schema';
import type { Sentence, Span } from '../types';
import { addYears, daysBetween, isPlausibleDay, yearOf } from './calendar';
import { parseWindows } from './parse-windows';
import { resolveResult, type NarrativeState, type ResolvedDate } from './resolve';
import { clauseTense, tenseAround } from './tense';

export { mayHoldDate } from './date-windows';

export interface TemporalMention {
  /** The expression as written, e.g. "Monday to Wednesday". */
  dateText: string;
  /** Offsets of the expression in the article text. */
  span: Span;
  sentenceIndex: number;
  date: { start: string; end: string };
  precision: Precision;
}

/** How far from the reference date an explicit day may be and still set the story's current date. */
const NARRATIVE_WINDOW_DAYS = 31;

/**
 * "Ukraine today may be East Asia tomorrow": a bare today set against tomorrow (or yesterday)
 * is a figure of speech, not two dates.
 */
const FIGURATIVE_DAY = /^(?:today|tomorrow|yesterday)$/i;
const CONTRAST = /\b(?:today|yesterday)\b.*\btomorrow\b|\byesterday\b.*\btoday\b/i;

/**
 * Words opening a clause that recounts background rather than moving the story on, including a
 * relative clause about a person ("Merz, who won the election on 23 February, …").
 */
const BACKGROUND =
  /\b(?:since|after|before|until|till|when|whereas|because|once|ever since|as of|who|whose)\b/i;

/**
 * Whether a date sits in a background clause ("… chaired by her since she took over on 1
 * October"): such a date is history, and the story's own days do not move to it.
 */
const inBackgroundClause = (sentence: string, at: number): boolean => {
  // A closed bracket ("the new missile (ICBM) on Oct. 31") does not start a clause.
  const before = sentence.slice(0, at).replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length));
  const clauseStart = Math.max(...[',', ';', ':', '(', '—', '–'].map((c) => before.lastIndexOf(c)));
  return BACKGROUND.test(before.slice(clauseStart + 1));
};

// "next year's summit in Türkiye, on 7–8 July", "as they did last year, when the drills ran
// from Aug. 19 to 29", "the 2024 conference took place in Berlin on 11 and 12 June": the clause
// names the year of a yearless date.
const NAMED_YEAR =
  /\b(?:(next|last)\s+year(?:['’]s\b|,?\s+when\b)[^;.]*|(?:the|its|their|this|that|last)\s+((?:19|20)\d{2})\s+[a-z][^;.,]*)$/i;

/** The year the clause before `at` names for a yearless date, or null. */
const namedYear = (sentence: string, at: number, reference: string): number | null => {
  const named = NAMED_YEAR.exec(sentence.slice(Math.max(0, at - 80), at));
  if (!named) return null;
  if (named[2]) return Number(named[2]);
  return yearOf(reference) + (named[1]!.toLowerCase() === 'next' ? 1 : -1);
};

/**
 * `resolved` moved into the year its clause names, when it is a day or a span of days. Set,
 * not added to chrono's guess, which may already lie in the year before or after.
 */
const inNamedYear = (
  resolved: ResolvedDate | null,
  year: number | null,
  /** Months too: a timeline entry's year is the year of its months as well as its days. */
  withMonths = false,
): ResolvedDate | null => {
  const movable =
    resolved?.precision === 'day' ||
    resolved?.precision === 'range' ||
    (withMonths && resolved?.precision === 'month');
  if (!resolved || year === null || !movable) return resolved;
  const years = year - yearOf(resolved.start);
  return {
    ...resolved,
    start: addYears(resolved.start, years),
    end: addYears(resolved.end, years),
    newFocus: undefined,
  };
};

/** The dash after a timeline entry's date: "March 2014 – Russia annexes …". */
const TIMELINE_DASH = /^\s*[–—-]\s/;

/** A single day counted from the publication date: "last Friday", "yesterday", "two days ago". */
const FROM_PUBLICATION = /\b(?:last|this|next|past|coming|yesterday|today|tonight|tomorrow|ago)\b/i;

const referenceInstant = (day: string): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // Local noon, because chrono reads the reference in the machine's local time zone.
  return new Date(y, m - 1, d, 12, 0, 0);
};

/** All dated mentions of an article, in text order, resolved against `reference` (YYYY-MM-DD). */
export const findTemporalMentions = (
  sentences: readonly Sentence[],
  reference: string,
  referenceInferred = false,
  /** Whether the article writes slashed dates day first. */
  dayFirst = false,
  /** The article text the sentences' spans point into: it tells where a paragraph ends. */
  articleText?: string,
): TemporalMention[] => {
  const instant = referenceInstant(reference);
  // "March 2014 – Russia annexes Crimea. At a summit in Wales in September, allies pledge …":
  // a timeline entry's year holds for the yearless dates after it, to the end of its paragraph.
  let entryYear: { year: number; until: number } | null = null;
  const state: NarrativeState = {
    reference,
    focus: reference,
    focusFromText: false,
    focusEnd: null,
    referenceInferred,
  };
  const mentions: TemporalMention[] = [];
  for (const { result, sentenceIndex, offset } of parseWindows(sentences, instant, dayFirst)) {
    const sentence = sentences[sentenceIndex]!;
    // chrono keeps a trailing comma or full stop ("on Thursday,"), a timeline year its dash
    // ("1952 –"); the expression ends before them.
    const text = result.text.replace(/[\s,.;:–—-]+$/, '');
    const from = offset + result.index;
    const to = from + text.length;
    if (FIGURATIVE_DAY.test(text) && CONTRAST.test(sentence.text)) continue;
    if (entryYear && sentence.span[0] >= entryYear.until) entryYear = null;
    const read = resolveResult(
      result,
      state,
      tenseAround(sentence.text, from, to),
      clauseTense(sentence.text, from, to),
    );
    const statesYear = result.start.isCertain('year');
    const clauseYear = statesYear ? null : namedYear(sentence.text, from, reference);
    const resolved =
      clauseYear !== null
        ? inNamedYear(read, clauseYear)
        : !statesYear && entryYear
          ? inNamedYear(read, entryYear.year, true)
          : read;
    if (statesYear && from === 0 && TIMELINE_DASH.test(sentence.text.slice(to))) {
      const paragraphEnd = articleText?.indexOf('\n', sentence.span[1]) ?? -1;
      entryYear = {
        year: result.start.get('year') ?? yearOf(reference),
        until:
          paragraphEnd < 0 ? (articleText ? articleText.length : sentence.span[1]) : paragraphEnd,
      };
    }
    // "December 9999" plus a month is no day a reader (or the schema) can hold.
    if (!resolved || !isPlausibleDay(resolved.start) || !isPlausibleDay(resolved.end)) continue;
    mentions.push({
      dateText: text,
      span: [sentence.span[0] + from, sentence.span[0] + to],
      sentenceIndex,
      date: { start: resolved.start, end: resolved.end },
      precision: resolved.precision,
    });
    if (resolved.newFocus && !inBackgroundClause(sentence.text, from)) {
      if (Math.abs(daysBetween(reference, resolved.newFocus)) <= NARRATIVE_WINDOW_DAYS) {
        state.focus = resolved.newFocus;
        state.focusFromText = true;
        state.focusEnd = resolved.newFocusEnd ?? null;
      } else {
        // The story turned to history ("a cyberattack on Feb. 24"): the next bare weekday is
        // read from the publication date again, not from an earlier day in the story.
        state.focus = reference;
        state.focusFromText = false;
        state.focusEnd = null;
      }
    } else if (state.focusFromText && resolved.precision === 'day' && FROM_PUBLICATION.test(text)) {
      // "… on the night of 9 to 10 September. Jets then violated Estonian airspace last Friday.
      // NATO ambassadors met on Tuesday": a day counted from the publication date brings the
      // story back to it, so the next bare weekday is not read inside the earlier span.
      state.focus = reference;
      state.focusFromText = false;
      state.focusEnd = null;
    }
  }
  return mentions;
};
