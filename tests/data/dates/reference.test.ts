import { describe, expect, it } from 'vitest';
import { decideReference } from '../../../src/data/dates/reference';
import { salientTerms } from '../../../src/data/terms';
import { linesAsSentences } from './sentences-helper';

describe('decideReference', () => {
  it('should use the publication date when there is one', () => {
    const decision = decideReference(
      '2023-07-10',
      linesAsSentences('Leaders met.'),
      new Set(),
      [],
      '2000-01-01',
    );
    expect(decision).toMatchObject({ referenceDate: '2023-07-10', inferred: false });
  });

  it("should infer the year from an organisation's anniversary and the day from the story", () => {
    const sentences = linesAsSentences(
      'On April 3rd, foreign ministers gathered in Brussels.',
      "The meeting marked NATO's 70th anniversary, officials said.",
    );
    const decision = decideReference(null, sentences, new Set(), [], '2030-01-01');
    expect(decision.referenceDate).toBe('2019-04-03');
    expect(decision.inferred).toBe(true);
    expect(decision.reason).toMatch(/70th anniversary/);
  });

  it('should infer the date from another article of the corpus about the same story', () => {
    const text =
      'Defence ministers from Finland and Sweden discussed air policing over the Baltic Sea with Estonia.';
    const peer = {
      source: 'baltic.txt',
      referenceDate: '2022-11-15',
      terms: salientTerms(`${text} The Baltic air policing mission grows.`),
    };
    const decision = decideReference(
      null,
      linesAsSentences(text),
      salientTerms(text),
      [peer],
      '2030-01-01',
    );
    expect(decision).toMatchObject({ referenceDate: '2022-11-15', inferred: true });
    expect(decision.reason).toContain('baltic.txt');
  });

  it('should take the year from a full date in the text', () => {
    const decision = decideReference(
      null,
      linesAsSentences('The treaty was signed on March 4, 2021.'),
      new Set(),
      [],
      '2030-01-01',
    );
    expect(decision.referenceDate).toBe('2021-03-04');
  });

  it('should take the day from what the story recounts before a day it announces', () => {
    const recounts = (...lines: string[]) =>
      decideReference(null, linesAsSentences(...lines), new Set(), [], '2030-01-01').referenceDate;
    expect(
      recounts(
        'Washington suspended the treaty on February 1, 2019.',
        'The withdrawal will take effect on August 2, 2019.',
      ),
    ).toBe('2019-02-01');
    // A preview that only announces: the day it announces.
    expect(recounts('The summit will be held on July 9, 2024.')).toBe('2024-07-09');
  });

  it('should not fall back to a date nobody gave, and say so', () => {
    const decision = decideReference(
      null,
      linesAsSentences('Allies met on Tuesday.'),
      new Set(['allies']),
      [],
      '2030-01-01',
    );
    expect(decision.trustworthy).toBe(false);
    expect(decision.reason).toMatch(/nothing in the text or the corpus dates it/);
  });

  it('should not take a relative expression for a year the text states', () => {
    const decision = decideReference(
      null,
      linesAsSentences('Leaders will meet next month. They met last year too.'),
      new Set(),
      [],
      '2030-01-01',
    );
    expect(decision.trustworthy).toBe(false);
  });
});
