import { describe, expect, it } from 'vitest';
import { findTemporalMentions } from '../../../src/data/dates/temporal';
import { linesAsSentences } from './sentences-helper';

const resolve = (reference: string, ...lines: string[]) =>
  findTemporalMentions(linesAsSentences(...lines), reference).map((m) => ({
    text: m.dateText,
    start: m.date.start,
    end: m.date.end,
    precision: m.precision,
  }));

describe('findTemporalMentions', () => {
  it('should resolve "next week" to Monday..Sunday of the following week', () => {
    // 2025-03-12 is a Wednesday.
    expect(resolve('2025-03-12', 'Ministers will gather in Brussels next week.')).toEqual([
      { text: 'next week', start: '2025-03-17', end: '2025-03-23', precision: 'week' },
    ]);
  });

  it('should resolve "last week" and "this week" to whole weeks', () => {
    const [last, current] = resolve(
      '2025-03-12',
      'Talks stalled last week.',
      'A deal may come this week.',
    );
    expect(last).toMatchObject({ start: '2025-03-03', end: '2025-03-09', precision: 'week' });
    expect(current).toMatchObject({ start: '2025-03-10', end: '2025-03-16', precision: 'week' });
  });

  it('should resolve "Tuesday through Thursday" to those three days of the coming week', () => {
    expect(resolve('2025-03-15', 'The meeting will run from Tuesday through Thursday.')).toEqual([
      {
        text: 'Tuesday through Thursday',
        start: '2025-03-18',
        end: '2025-03-20',
        precision: 'range',
      },
    ]);
  });

  it('should read weekdays inside a week named earlier in the story', () => {
    // Monday 2025-03-10: "next week" is 17–23 March, so Tuesday..Thursday is 18–20, not 11–13.
    const found = resolve(
      '2025-03-10',
      'Leaders will convene in Vilnius next week.',
      'The summit is set to take place from Tuesday through Thursday.',
    );
    expect(found[1]).toMatchObject({ start: '2025-03-18', end: '2025-03-20' });
  });

  it('should resolve a later bare weekday against the last explicit date of the story', () => {
    const found = resolve(
      '2023-04-04',
      'On April 4th, the foreign ministers met in Brussels.',
      'They will sign the accession protocol on Friday.',
    );
    expect(found.map((f) => f.start)).toEqual(['2023-04-04', '2023-04-07']);
  });

  it('should read a bare weekday back in time when the clause reports the past', () => {
    // Saturday 2025-03-15: "said on Monday" is 10 March, not 17 March.
    expect(
      resolve('2025-03-15', 'The minister said on Monday that the plan was ready.')[0],
    ).toMatchObject({
      start: '2025-03-10',
      precision: 'day',
    });
  });

  it('should read a bare weekday forward when the clause announces a plan', () => {
    expect(resolve('2025-03-15', 'The ministers will meet on Monday.')[0]).toMatchObject({
      start: '2025-03-17',
    });
  });

  it('should resolve "earlier this month" and "last month" to whole months', () => {
    const [earlier, last] = resolve(
      '2024-02-20',
      'Earlier this month the fleet sailed.',
      'Last month it docked.',
    );
    expect(earlier).toMatchObject({ start: '2024-02-01', end: '2024-02-29', precision: 'month' });
    expect(last).toMatchObject({ start: '2024-01-01', end: '2024-01-31', precision: 'month' });
  });

  it('should resolve "a decade ago" and "two years ago" to whole years', () => {
    const [decade, two] = resolve(
      '2024-07-09',
      'A decade ago, few allies met the goal.',
      'Two years ago they did.',
    );
    expect(decade).toMatchObject({ start: '2014-01-01', end: '2014-12-31', precision: 'year' });
    expect(two).toMatchObject({ start: '2022-01-01', end: '2022-12-31', precision: 'year' });
  });

  it('should mark "in the coming days" as approximate and close to the reference', () => {
    expect(
      resolve('2024-07-09', 'Allies will commit in the coming days to new targets.')[0],
    ).toEqual({
      text: 'in the coming days',
      start: '2024-07-10',
      end: '2024-07-12',
      precision: 'approximate',
    });
  });

  it('should resolve "this year" and "in 2023" to calendar years', () => {
    const [current, past] = resolve(
      '2024-07-09',
      "This year's summit is in Washington.",
      'In 2023 the allies met in Vilnius.',
    );
    expect(current).toMatchObject({ start: '2024-01-01', end: '2024-12-31', precision: 'year' });
    expect(past).toMatchObject({ start: '2023-01-01', end: '2023-12-31', precision: 'year' });
  });

  it('should resolve explicit days and spans', () => {
    const found = resolve(
      '2024-06-01',
      'The summit runs July 9-11 in Washington.',
      'Leaders arrive on 8 July 2024.',
    );
    expect(found[0]).toMatchObject({ start: '2024-07-09', end: '2024-07-11', precision: 'range' });
    expect(found[1]).toMatchObject({ start: '2024-07-08', end: '2024-07-08', precision: 'day' });
  });

  it('should date an anniversary of an organisation with a known founding year', () => {
    expect(resolve('2019-04-04', "The alliance marks NATO's 70th anniversary.")[0]).toMatchObject({
      start: '2019-01-01',
      precision: 'year',
    });
  });

  it('should resolve periods like "the past three years" back from the reference', () => {
    expect(
      resolve('2024-07-06', 'He has led the coalition over the past three years.')[0],
    ).toMatchObject({
      start: '2021-07-06',
      end: '2024-07-06',
    });
  });

  it('should not take durations, reading times, clock times or numbers for dates', () => {
    const found = resolve(
      '2024-07-06',
      '4 min read',
      'She served as ambassador for three years.',
      'The briefing started at 10 a.m. local time.',
      'Each initiative may vary, and troops march on.',
      'Allies spend 2% of GDP under Article 5 and fly F-35 jets.',
      'It is now the baseline.',
    );
    expect(found).toEqual([]);
  });

  it('should give spans that point at the expression in the article text', () => {
    const sentences = linesAsSentences('Intro line.', 'Talks resume on Thursday, officials said.');
    const text = sentences.map((s) => s.text).join('\n');
    const [mention] = findTemporalMentions(sentences, '2024-07-06');
    expect(mention && text.slice(mention.span[0], mention.span[1])).toBe('on Thursday');
  });
});
