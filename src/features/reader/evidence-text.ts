/**
 * An article's text cut into paragraphs and runs for the source reader: plain text, evidence
 * sentences (to be marked) and, inside them, the date expressions (to be emphasised). Pure and
 * offset-based: it never parses the text as markup, so the reader can render every run as text.
 */
import type { Mention } from '../../data/schema';

type Span = readonly [number, number];

/** An evidence sentence's offsets with the date expressions inside it. */
export interface EvidenceMark {
  start: number;
  end: number;
  dates: Span[];
}

export interface MarkRun {
  text: string;
  isDate: boolean;
}

export type EvidenceRun =
  { kind: 'text'; start: number; text: string } | { kind: 'mark'; start: number; runs: MarkRun[] };

export interface EvidenceParagraph {
  start: number;
  runs: EvidenceRun[];
}

const clip = ([from, to]: Span, length: number): Span => {
  const start = Math.min(Math.max(0, from), length);
  return [start, Math.min(Math.max(start, to), length)];
};

/**
 * The evidence sentences of `mentions` in text order; mentions quoting the same (or an
 * overlapping) sentence share one mark, e.g. "next week" and "Monday to Wednesday" in one
 * sentence → one mark with two dates. Spans are clipped to the text.
 */
export const evidenceMarks = (mentions: readonly Mention[], textLength: number): EvidenceMark[] => {
  const sorted = mentions
    .map((m) => ({ sentence: clip(m.sentenceSpan, textLength), date: clip(m.span, textLength) }))
    .filter(({ sentence: [from, to] }) => to > from)
    .sort((a, b) => a.sentence[0] - b.sentence[0] || a.sentence[1] - b.sentence[1]);
  const marks: EvidenceMark[] = [];
  for (const { sentence, date } of sorted) {
    const last = marks.at(-1);
    if (last && sentence[0] < last.end) {
      last.end = Math.max(last.end, sentence[1]);
      last.dates.push(date);
    } else {
      marks.push({ start: sentence[0], end: sentence[1], dates: [date] });
    }
  }
  return marks;
};

/** The runs of [start, end) inside a mark, the parts within a date expression flagged. */
const markRuns = (text: string, start: number, end: number, dates: readonly Span[]): MarkRun[] => {
  const inside = dates
    .map(([from, to]): Span => [Math.max(from, start), Math.min(to, end)])
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  const runs: MarkRun[] = [];
  let cursor = start;
  for (const [from, to] of inside) {
    if (to <= cursor) continue;
    const dateStart = Math.max(from, cursor);
    if (dateStart > cursor) runs.push({ text: text.slice(cursor, dateStart), isDate: false });
    runs.push({ text: text.slice(dateStart, to), isDate: true });
    cursor = to;
  }
  if (cursor < end) runs.push({ text: text.slice(cursor, end), isDate: false });
  return runs;
};

/** Paragraph ranges of `text`: the runs between blank lines, blank paragraphs left out. */
const paragraphRanges = (text: string): Span[] => {
  const ranges: Span[] = [];
  let cursor = 0;
  const push = (end: number) => {
    if (text.slice(cursor, end).trim()) ranges.push([cursor, end]);
  };
  for (const blank of text.matchAll(/\n[ \t]*\n\s*/g)) {
    push(blank.index);
    cursor = blank.index + blank[0].length;
  }
  push(text.length);
  return ranges;
};

/**
 * `text` split into paragraphs on blank lines, each a list of plain and marked runs, e.g.
 * "A. B.\n\nC." with B marked → [[text "A. ", mark "B."], [text "C."]]. A mark running across a
 * paragraph break is split into one mark per paragraph.
 */
export const evidenceParagraphs = (
  text: string,
  marks: readonly EvidenceMark[],
): EvidenceParagraph[] =>
  paragraphRanges(text).map(([start, end]) => {
    const runs: EvidenceRun[] = [];
    let cursor = start;
    for (const mark of marks) {
      const from = Math.max(mark.start, start);
      const to = Math.min(mark.end, end);
      if (to <= from || from < cursor) continue;
      if (from > cursor) runs.push({ kind: 'text', start: cursor, text: text.slice(cursor, from) });
      runs.push({ kind: 'mark', start: from, runs: markRuns(text, from, to, mark.dates) });
      cursor = to;
    }
    if (cursor < end) runs.push({ kind: 'text', start: cursor, text: text.slice(cursor, end) });
    return { start, runs };
  });
