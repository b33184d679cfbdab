/**
 * Finds the temporal expressions of an article, sentence by sentence, and resolves each to a day
 * range. The story's narrative date is carried from sentence to sentence so that "On July 9th …"
 * followed by "… on Thursday" lands on 11 July.
 */
import type { Precision } from '../schema';
import type { Sentence, Span } from '../types';
import { newsChrono } from './chrono-setup';
import { dayToUtc } from './calendar';
import { resolveResult, type NarrativeState } from './resolve';
import { tenseAround } from './tense';

export interface TemporalMention {
  /** The expression as written, e.g. "Tuesday through Thursday". */
  dateText: string;
  /** Offsets of the expression in the article text. */
  span: Span;
  sentenceIndex: number;
  date: { start: string; end: string };
  precision: Precision;
}

/**
 * Words without which a sentence cannot hold a date: only sentences that have one reach chrono,
 * which is where nearly all the extraction time goes.
 */
const CAN_HOLD_DATE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\b(?:today|tonight|tomorrow|yesterday|week|weekend|month|year|decade|ago|coming|anniversary)s?\b|\b(?:1[6-9]|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}\b/i;

/** Whether a sentence might contain a date (a cheap test run before chrono). */
export const mayHoldDate = (text: string): boolean => CAN_HOLD_DATE.test(text);

/** How far from the reference date an explicit day may be and still set the story's current date. */
const NARRATIVE_WINDOW_DAYS = 31;

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
): TemporalMention[] => {
  const instant = referenceInstant(reference);
  const state: NarrativeState = {
    reference,
    focus: reference,
    focusFromText: false,
    referenceInferred,
  };
  const mentions: TemporalMention[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    if (!mayHoldDate(sentence.text)) return;
    for (const result of newsChrono.parse(sentence.text, instant)) {
      // chrono keeps a trailing comma or full stop ("on Thursday,"); the expression ends before it.
      const text = result.text.replace(/[\s,.;:]+$/, '');
      const from = result.index;
      const to = from + text.length;
      const resolved = resolveResult(result, state, tenseAround(sentence.text, from, to));
      if (!resolved) continue;
      mentions.push({
        dateText: text,
        span: [sentence.span[0] + from, sentence.span[0] + to],
        sentenceIndex,
        date: { start: resolved.start, end: resolved.end },
        precision: resolved.precision,
      });
      if (
        resolved.newFocus &&
        Math.abs(dayToUtc(resolved.newFocus) - dayToUtc(reference)) <=
          NARRATIVE_WINDOW_DAYS * 86_400_000
      ) {
        state.focus = resolved.newFocus;
        state.focusFromText = true;
      }
    }
  });
  return mentions;
};
