import { describe, expect, it } from 'vitest';
import { newsChrono } from '../../src/data/dates/chrono-setup';
import { dateWindows } from '../../src/data/dates/date-windows';
import { parseWindows } from '../../src/data/dates/parse-windows';
import { splitSentences } from '../../src/data/article/sentences';

const instant = new Date(2023, 5, 14, 12);

/** What chrono finds reading each window on its own: the behaviour one joined call must keep. */
const oneCallPerWindow = (text: string) =>
  splitSentences(text).flatMap((sentence, sentenceIndex) =>
    dateWindows(sentence.text).flatMap(([from, to]) =>
      newsChrono
        .parse(sentence.text.slice(from, to), instant)
        .map((r) => ({ sentenceIndex, at: from + r.index, text: r.text })),
    ),
  );

describe('parseWindows', () => {
  it('should find what per-window parsing finds, at the same places', () => {
    const text = [
      'Ministers met on Monday. They meet again on 12 March',
      '2024 was a hard year, officials said on Tuesday through Thursday.',
      'The talks, held in June, continued next week and 14/06/2023.',
      'A decade ago the pact was signed; its 75th anniversary of NATO fell in 2024.',
      'Friday. Saturday. Sunday, April 3 to April 5, and in the coming days.',
    ].join(' ');
    const joined = parseWindows(splitSentences(text), instant).map((w) => ({
      sentenceIndex: w.sentenceIndex,
      at: w.offset + w.result.index,
      text: w.result.text,
    }));
    expect(joined.length).toBeGreaterThan(8);
    expect(joined).toEqual(oneCallPerWindow(text));
  });

  it('should not join a month at the end of one sentence with a year opening the next', () => {
    const sentences = splitSentences('Leaders will meet in July. 2024 figures follow.');
    const texts = parseWindows(sentences, instant).map((w) => w.result.text);
    expect(texts.some((t) => /July\s*\W*\s*2024/.test(t))).toBe(false);
  });

  it('should find nothing in sentences without date words', () => {
    expect(parseWindows(splitSentences('Allies agreed. Nothing else happened.'), instant)).toEqual(
      [],
    );
  });
});
