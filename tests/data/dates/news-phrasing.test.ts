import { describe, expect, it } from 'vitest';
import { findTemporalMentions } from '../../../src/data/dates/temporal';
import { decideReference } from '../../../src/data/dates/reference';
import { linesAsSentences } from './sentences-helper';

const resolve = (reference: string, ...lines: string[]) =>
  findTemporalMentions(linesAsSentences(...lines), reference).map((m) => ({
    text: m.dateText,
    start: m.date.start,
    end: m.date.end,
  }));

// 2025-03-12 is a Wednesday; 2023-10-16 a Monday.
describe('news phrasing', () => {
  it('should read "last July" and "next June" as the month before or after the reference', () => {
    expect(resolve('2025-01-16', 'Last July, bombers flew near Alaska.')).toEqual([
      { text: 'Last July', start: '2024-07-01', end: '2024-07-31' },
    ]);
    expect(resolve('2024-10-18', 'The summit will take place in The Hague next June.')).toEqual([
      { text: 'next June', start: '2025-06-01', end: '2025-06-30' },
    ]);
  });

  it('should read a month without its year by the tense of its own clause', () => {
    expect(
      resolve('2023-10-16', 'It is the first drill since Finland joined the alliance in April.'),
    ).toEqual([{ text: 'April', start: '2023-04-01', end: '2023-04-30' }]);
    expect(
      resolve('2023-02-14', 'He said he expected allies to agree at the summit in July.'),
    ).toEqual([{ text: 'July', start: '2023-07-01', end: '2023-07-31' }]);
  });

  it('should read "from 1999 to 2003" as those whole years', () => {
    expect(resolve('2025-06-02', 'He served as envoy from 1999 to 2003.')).toEqual([
      { text: 'from 1999 to 2003', start: '1999-01-01', end: '2003-12-31' },
    ]);
  });

  it('should read two consecutive weekdays joined by "and" as one range, others as two days', () => {
    expect(resolve('2025-03-12', 'Ministers will meet Thursday and Friday in Brussels.')).toEqual([
      { text: 'Thursday and Friday', start: '2025-03-13', end: '2025-03-14' },
    ]);
    expect(resolve('2025-03-12', 'Ministers will meet Thursday and Sunday.')).toHaveLength(2);
  });

  it('should read "this weekend" as Saturday and Sunday', () => {
    expect(resolve('2025-03-12', 'Leaders will gather in Geneva this weekend.')).toEqual([
      { text: 'this weekend', start: '2025-03-15', end: '2025-03-16' },
    ]);
  });

  it('should read a planned weekday equal to the publication weekday as that day', () => {
    expect(resolve('2025-03-12', 'The minister departs for Brussels on Wednesday.')).toEqual([
      { text: 'on Wednesday', start: '2025-03-12', end: '2025-03-12' },
    ]);
  });

  it('should not move the story to a date in a background clause or a "last Tuesday"', () => {
    // Published Friday 2024-10-18: "On Thursday" is the day before, not after 1 October.
    expect(
      resolve(
        '2024-10-18',
        'It was the first meeting chaired by Rutte since he took over on October 1.',
        'On Thursday, ministers reviewed the plans.',
      ).at(-1),
    ).toEqual({ text: 'On Thursday', start: '2024-10-17', end: '2024-10-17' });
    expect(
      resolve('2025-03-04', 'Last Tuesday, he told MPs.', 'On Tuesday, she set out a plan.').at(-1),
    ).toEqual({ text: 'On Tuesday', start: '2025-03-04', end: '2025-03-04' });
  });

  it('should not date "today" set against "tomorrow" in a figure of speech', () => {
    expect(resolve('2024-04-10', '"Ukraine today may be East Asia tomorrow," he warned.')).toEqual(
      [],
    );
  });
});

describe('inferring an undated article from a weekday and date', () => {
  it('should pick the latest year in which the day falls on that weekday', () => {
    const decision = decideReference(
      null,
      linesAsSentences(
        'The exercise began on Monday 16 October over Italy.',
        'Russia ratified the treaty in 2000.',
      ),
      new Set(),
      [],
      '2026-11-23',
    );
    expect(decision).toMatchObject({ referenceDate: '2023-10-16', inferred: true });
    expect(decision.reason).toContain('Monday 16 October');
  });
});
