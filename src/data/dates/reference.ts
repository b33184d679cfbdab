/**
 * The reference date an article's relative expressions are read against: its publication date,
 * or, when it has none, a date inferred from the text (explicit dates, anniversaries of
 * organisations with a known founding year) or from other articles of the corpus about the same
 * happening. Never today's date: an undated story from 2019 must not land in the present.
 */
import type { ParsedArticle, Sentence } from '../types';
import { TAG } from './chrono-setup';
import { parseWindows } from './parse-windows';
import { WEEKDAYS } from './parser-words';
import { tenseAround } from './tense';
import { PeerIndex } from './peer-index';
import { daysBetween, isoDay, weekdayOf, yearOf } from './calendar';

export interface ReferenceDecision {
  referenceDate: string;
  inferred: boolean;
  reason: string;
  /** False when nothing in or around the text dates it: relative expressions then stay unresolved. */
  trustworthy: boolean;
  /**
   * True when an inferred reference's day is the one its dateline states ("June 25 (Reuters)"),
   * only its year inferred: the story then recounts nothing after that day.
   */
  dayStated?: boolean;
}

/** An already dated article of the same corpus, offered as evidence for an undated one. */
export interface ReferencePeer {
  source: string;
  referenceDate: string;
  terms: ReadonlySet<string>;
}

/** Share of an undated article's salient terms another article must share to count as the same story. */
const PEER_OVERLAP = 0.3;

/** What an undated article's own text says about when it was written. */
export interface TextEvidence {
  anniversary?: { year: number; text: string };
  /** Days with their year; `planned` when the text announces them ("will take effect on …"). */
  explicitDays: Array<{ day: string; text: string; planned?: boolean }>;
  monthDays: Array<{
    month: number;
    day: number;
    text: string;
    weekday?: number;
    planned?: boolean;
  }>;
  years: Array<{ year: number; text: string }>;
}

export const collectEvidence = (sentences: readonly Sentence[], dayFirst = false): TextEvidence => {
  const evidence: TextEvidence = { explicitDays: [], monthDays: [], years: [] };
  // Any reference will do here: we only keep components the text states outright.
  const probe = new Date(2000, 0, 1, 12);
  for (const { result, sentenceIndex, offset } of parseWindows(sentences, probe, dayFirst)) {
    const { start } = result;
    // "Progress will be reviewed in 2029": a plan's year does not date the writing (a planned
    // day still does: a preview is written shortly before the day it announces).
    const from = offset + result.index;
    const sentence = sentences[sentenceIndex]!.text;
    const planned = tenseAround(sentence, from, from + result.text.length) === 'future';
    const year = start.get('year') ?? 0;
    // Relative expressions ("next month") come back with every component certain, read against
    // the probe: only what the text writes in digits is evidence.
    const writesYear = /\b\d{4}\b/.test(result.text) && year >= 1000 && year <= 2999;
    const writesDay = /\d/.test(result.text);
    if (result.tags().has(TAG.anniversary)) {
      evidence.anniversary ??= { year, text: result.text };
    } else if (
      writesYear &&
      start.isCertain('year') &&
      start.isCertain('month') &&
      start.isCertain('day')
    ) {
      evidence.explicitDays.push({
        day: isoDay(year, start.get('month') ?? 1, start.get('day') ?? 1),
        text: result.text,
        ...(planned ? { planned } : {}),
      });
    } else if (writesDay && start.isCertain('month') && start.isCertain('day')) {
      evidence.monthDays.push({
        month: start.get('month') ?? 1,
        day: start.get('day') ?? 1,
        text: result.text,
        ...(start.isCertain('weekday') ? { weekday: start.get('weekday') ?? 0 } : {}),
        ...(planned ? { planned } : {}),
      });
    } else if (writesYear && start.isCertain('year') && !planned) {
      evidence.years.push({ year, text: result.text });
    }
  }
  return evidence;
};

/** How the evidence names a yearless dateline's day (and how a reason quotes it). */
const DATELINE_TEXT = 'the dateline';
const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'i');

/**
 * An undated article's evidence plus its yearless dateline ("THE HAGUE, June 25 (Reuters) - NATO
 * leaders agreed on Wednesday …"): the day it was written, with the weekday its lead names, since
 * wire copy dates what it reports by its dateline's weekday. Like "Wednesday 25 June", that pins
 * the year down.
 */
export const withDatelineDay = (
  evidence: TextEvidence,
  parsed: Pick<ParsedArticle, 'datelineMonthDay' | 'sentences' | 'title'>,
): TextEvidence => {
  const dateline = parsed.datelineMonthDay;
  if (!dateline) return evidence;
  const lead = parsed.sentences.find((s) => s.text !== parsed.title)?.text ?? '';
  const named = WEEKDAY_WORD.exec(lead);
  return {
    ...evidence,
    monthDays: [
      ...evidence.monthDays,
      {
        ...dateline,
        text: DATELINE_TEXT,
        ...(named ? { weekday: WEEKDAYS.indexOf(named[1]!.toLowerCase()) } : {}),
      },
    ],
  };
};

const latest = <T extends { day: string }>(items: readonly T[]): T | undefined =>
  items.reduce<T | undefined>((a, b) => (!a || daysBetween(a.day, b.day) > 0 ? b : a), undefined);

/**
 * The year a weekday-and-date ("Monday 16 October") pins down: it recurs only every few years,
 * so the latest year it fits, no later than `fallback` (the corpus's latest date, or today) and
 * no earlier than the latest year the text names, is the story's.
 */
const weekdayYear = (
  evidence: TextEvidence,
  fallback: string,
): { year: number; text: string } | null => {
  const floor = Math.max(0, ...evidence.years.map((y) => y.year));
  for (const d of evidence.monthDays) {
    if (d.weekday === undefined) continue;
    for (let year = yearOf(fallback); year >= Math.max(floor, yearOf(fallback) - 30); year--) {
      if (weekdayOf(isoDay(year, d.month, d.day)) === d.weekday) return { year, text: d.text };
    }
  }
  return null;
};

/**
 * Decides the reference date of an article, e.g. published "2023-07-10" → that day; undated with
 * "the 70th anniversary of NATO" and "On April 4th" → 2019-04-04, flagged as inferred.
 */
export const decideReference = (
  published: string | null,
  sentences: readonly Sentence[],
  terms: ReadonlySet<string>,
  peers: PeerIndex | readonly ReferencePeer[],
  fallback: string,
): ReferenceDecision => {
  if (published) {
    return {
      referenceDate: published,
      inferred: false,
      reason: 'publication date',
      trustworthy: true,
    };
  }
  return decideFromEvidence(collectEvidence(sentences), terms, peers, fallback);
};

/** Whether the text alone settles the year, whatever the corpus holds (its anniversary or a full date). */
export const textSettlesYear = (evidence: TextEvidence): boolean =>
  evidence.anniversary !== undefined || evidence.explicitDays.length > 0;

/** `decideReference` for an undated article whose evidence was collected already (e.g. in a worker). */
export const decideFromEvidence = (
  evidence: TextEvidence,
  terms: ReadonlySet<string>,
  peers: PeerIndex | readonly ReferencePeer[],
  fallback: string,
): ReferenceDecision => {
  const peer = (peers instanceof PeerIndex ? peers : new PeerIndex(peers)).best(
    terms,
    PEER_OVERLAP,
  );
  const explicit = latest(evidence.explicitDays);

  let year: number | null = null;
  const why: string[] = [];
  if (evidence.anniversary) {
    year = evidence.anniversary.year;
    why.push(`the text mentions the "${evidence.anniversary.text}" (${year})`);
  } else if (explicit) {
    year = yearOf(explicit.day);
    why.push(`the latest full date in the text is "${explicit.text}"`);
  } else if (peer) {
    year = yearOf(peer.peer.referenceDate);
    why.push(`${peer.peer.source} (${peer.peer.referenceDate}) reports the same story`);
  } else if (weekdayYear(evidence, fallback)) {
    const found = weekdayYear(evidence, fallback)!;
    year = found.year;
    why.push(
      `"${found.text}" falls on that weekday in ${year}, the latest such year up to ${yearOf(fallback)} and not before any year the text names`,
    );
  } else if (evidence.years.length > 0) {
    const mostRecent = evidence.years.reduce((a, b) => (b.year > a.year ? b : a));
    year = mostRecent.year;
    why.push(`the most recent year the text names is "${mostRecent.text}"`);
  }
  if (year === null) {
    return {
      referenceDate: fallback,
      inferred: true,
      reason:
        'no publication date and nothing in the text or the corpus dates it; relative dates left unresolved',
      trustworthy: false,
    };
  }
  if (peer && yearOf(peer.peer.referenceDate) === year && !why[0]?.startsWith(peer.peer.source)) {
    why.push(
      `consistent with ${peer.peer.source} (${peer.peer.referenceDate}) about the same story`,
    );
  }

  // The day: the latest day the story recounts in that year (a report is written on or after the
  // days it recounts), else the latest it announces (a preview is written shortly before), else
  // the dated peer's day, else the middle of the year.
  const daysInYear = [
    ...evidence.explicitDays.filter((d) => yearOf(d.day) === year),
    ...evidence.monthDays.map((d) => ({ ...d, day: isoDay(year, d.month, d.day) })),
  ];
  const storyDay = latest(daysInYear.filter((d) => !d.planned)) ?? latest(daysInYear);
  let referenceDate: string;
  if (storyDay) {
    referenceDate = storyDay.day;
    why.push(`day from the latest date it names ("${storyDay.text}")`);
  } else if (peer && yearOf(peer.peer.referenceDate) === year) {
    referenceDate = peer.peer.referenceDate;
    why.push(`day taken from ${peer.peer.source}`);
  } else {
    referenceDate = isoDay(year, 7, 1);
    why.push('day unknown, mid-year assumed');
  }
  return {
    referenceDate,
    inferred: true,
    reason: `No publication date; inferred ${year}: ${why.join('; ')}.`,
    trustworthy: true,
    ...(storyDay?.text === DATELINE_TEXT ? { dayStated: true } : {}),
  };
};
