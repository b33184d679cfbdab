/**
 * Runs chrono once per article over the date windows of all its sentences, joined by a
 * separator no chrono pattern or refiner reads across. chrono's cost is mostly per call and per
 * candidate match, not per character, so one call per article instead of one per window halves
 * the time spent in it.
 */
import type { ParsedResult } from 'chrono-node';
import type { Sentence } from '../types';
import { newsChrono, newsChronoDayFirst } from './chrono-setup';
import { dateWindows } from './date-windows';

/** Breaks every chrono pattern (they join tokens with whitespace, commas, "to", "-"…). */
const SEPARATOR = '\n;\n';

export interface WindowResult {
  result: ParsedResult;
  sentenceIndex: number;
  /** Add to `result.index` for the result's position in its sentence. */
  offset: number;
}

interface Piece {
  sentenceIndex: number;
  /** Offset of the window in its sentence. */
  offset: number;
  /** Offset of the window in the joined text. */
  from: number;
  to: number;
}

const parseOne = (
  piece: Piece,
  text: string,
  instant: Date,
  parser: typeof newsChrono,
): WindowResult[] =>
  parser
    .parse(text, instant)
    .map((result) => ({ result, sentenceIndex: piece.sentenceIndex, offset: piece.offset }));

/** chrono's results for every date window of `sentences`, in text order. */
export const parseWindows = (
  sentences: readonly Sentence[],
  instant: Date,
  /** Whether the article writes slashed dates day first. */
  dayFirst = false,
): WindowResult[] => {
  const parser = dayFirst ? newsChronoDayFirst : newsChrono;
  const pieces: Piece[] = [];
  const texts: string[] = [];
  let length = 0;
  sentences.forEach((sentence, sentenceIndex) => {
    for (const [start, end] of dateWindows(sentence.text)) {
      if (texts.length > 0) length += SEPARATOR.length;
      pieces.push({ sentenceIndex, offset: start, from: length, to: length + end - start });
      texts.push(sentence.text.slice(start, end));
      length += end - start;
    }
  });
  if (pieces.length === 0) return [];
  const byPiece: WindowResult[][] = pieces.map(() => []);
  const crossed = new Set<number>();
  let at = 0;
  for (const result of parser.parse(texts.join(SEPARATOR), instant)) {
    while (at < pieces.length && pieces[at]!.to <= result.index) at += 1;
    const piece = pieces[at];
    if (!piece) break;
    if (result.index >= piece.from && result.index + result.text.length <= piece.to) {
      byPiece[at]!.push({
        result,
        sentenceIndex: piece.sentenceIndex,
        offset: piece.offset - piece.from,
      });
    } else {
      // A match reached across a separator (none should): those windows are read on their own.
      for (
        let i = at;
        i < pieces.length && pieces[i]!.from < result.index + result.text.length;
        i++
      ) {
        crossed.add(i);
      }
    }
  }
  return pieces.flatMap((piece, i) =>
    crossed.has(i) ? parseOne(piece, texts[i]!, instant, parser) : byPiece[i]!,
  );
};
