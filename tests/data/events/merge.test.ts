import { describe, expect, it } from 'vitest';
import { mergeMentions, type MentionInput } from '../../../src/data/events/merge';
import type { Precision } from '../../../src/data/schema';

let offset = 0;
const mention = (
  articleId: string,
  sentence: string,
  dateText: string,
  start: string,
  end: string,
  precision: Precision,
  extra: Partial<MentionInput> = {},
): MentionInput => {
  offset += 1000;
  const at = sentence.indexOf(dateText);
  return {
    articleId,
    sentence,
    sentenceSpan: [offset, offset + sentence.length],
    sentenceIndex: offset,
    dateText,
    span: [offset + at, offset + at + dateText.length],
    date: { start, end },
    precision,
    inferred: false,
    countries: [],
    topics: [],
    people: [],
    ...extra,
  };
};

describe('mergeMentions', () => {
  it('should merge the same happening announced in two articles into one event', () => {
    const events = mergeMentions([
      mention(
        'a',
        'The alliance summit in Madrid will run from June 28 to June 30.',
        'June 28 to June 30',
        '2022-06-28',
        '2022-06-30',
        'range',
        { countries: ['ES'], topics: ['enlargement'] },
      ),
      mention(
        'b',
        'Leaders arrive for the summit on June 29.',
        'June 29',
        '2022-06-29',
        '2022-06-29',
        'day',
        { countries: ['FI'] },
      ),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ start: '2022-06-28', end: '2022-06-30', precision: 'range' });
    expect(events[0]!.mentions.map((m) => m.articleId).sort()).toEqual(['a', 'b']);
    expect(events[0]!.countries.sort()).toEqual(['ES', 'FI']);
  });

  it('should keep different happenings on overlapping days apart', () => {
    const events = mergeMentions([
      mention(
        'a',
        'The summit takes place in Vilnius from July 11 to July 12.',
        'July 11 to July 12',
        '2023-07-11',
        '2023-07-12',
        'range',
      ),
      mention(
        'a',
        'On July 11, the first Ukraine Defence Industry Forum opened.',
        'July 11',
        '2023-07-11',
        '2023-07-11',
        'day',
      ),
    ]);
    expect(events).toHaveLength(2);
  });

  it('should attach a vague mention to the precise event it refers to without widening it', () => {
    const events = mergeMentions([
      mention(
        'a',
        'Allies will gather in Vilnius next week.',
        'next week',
        '2023-07-10',
        '2023-07-16',
        'week',
        { countries: ['LT'] },
      ),
      mention(
        'a',
        'The summit will run Tuesday through Wednesday in the Lithuanian capital.',
        'Tuesday through Wednesday',
        '2023-07-11',
        '2023-07-12',
        'range',
        { countries: ['LT'] },
      ),
      mention(
        'b',
        "This year's summit will focus on Ukraine.",
        'This year',
        '2023-01-01',
        '2023-12-31',
        'year',
      ),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ start: '2023-07-11', end: '2023-07-12', precision: 'range' });
    expect(events[0]!.mentions).toHaveLength(3);
  });

  it('should leave a vague mention on its own when two events fit it equally well', () => {
    const events = mergeMentions([
      mention('a', 'The summit opens on June 3.', 'June 3', '2025-06-03', '2025-06-03', 'day'),
      mention(
        'b',
        'Another summit opens on June 20.',
        'June 20',
        '2025-06-20',
        '2025-06-20',
        'day',
      ),
      mention(
        'c',
        'The summit in June will be short.',
        'June',
        '2025-06-01',
        '2025-06-30',
        'month',
      ),
    ]);
    expect(events).toHaveLength(3);
    expect(events.find((e) => e.precision === 'month')!.mentions).toHaveLength(1);
  });

  it('should attach a vague mention to the one event that fits best among many', () => {
    // Forty summits share the kind "summit" with the vague mention; only the last also shares
    // its sentence, which no amount of shared wording lets another candidate match.
    const summits = Array.from({ length: 40 }, (_, i) => {
      const day = String((i % 20) + 10);
      return mention(
        `s${i}`,
        `Summit number ${i} opens on May ${day}.`,
        `May ${day}`,
        `2025-05-${day}`,
        `2025-05-${day}`,
        'day',
      );
    });
    const sentence = 'The summit opens on May 9 and this spring will decide it.';
    const precise = mention('z', sentence, 'May 9', '2025-05-09', '2025-05-09', 'day');
    const vague = {
      ...mention('z', sentence, 'this spring', '2025-03-01', '2025-05-31', 'approximate'),
      sentenceIndex: precise.sentenceIndex,
    };
    const events = mergeMentions([...summits, precise, vague]);
    const held = events.find((e) => e.mentions.some((m) => m.dateText === 'this spring'))!;
    expect(held.mentions.map((m) => m.articleId)).toEqual(['z', 'z']);
    expect(held).toMatchObject({ start: '2025-05-09', end: '2025-05-09' });
  });

  it('should give unrelated vague mentions events of their own', () => {
    const events = mergeMentions([
      mention(
        'a',
        'The summit will run Tuesday through Wednesday.',
        'Tuesday through Wednesday',
        '2023-07-11',
        '2023-07-12',
        'range',
      ),
      mention(
        'a',
        'A decade ago, few allies met the spending goal.',
        'A decade ago',
        '2013-01-01',
        '2013-12-31',
        'year',
      ),
    ]);
    expect(events.map((e) => e.start)).toEqual(['2013-01-01', '2023-07-11']);
    expect(events[0]!.precision).toBe('year');
  });

  it('should title events as headlines, not raw sentences', () => {
    const [event] = mergeMentions([
      mention(
        'a',
        'On Monday, during the first Baltic Drone Forum, the minister said that allies will pool resources.',
        'On Monday',
        '2025-03-10',
        '2025-03-10',
        'day',
      ),
    ]);
    expect(event!.title).toBe('Baltic Drone Forum');
    expect(event!.id).toBe('2025-03-10-baltic-drone-forum');
  });

  it('should mark events whose dates rest on an inferred reference date', () => {
    const [event] = mergeMentions([
      mention(
        'a',
        'The talks will resume on Friday.',
        'on Friday',
        '2019-04-05',
        '2019-04-05',
        'day',
        { inferred: true },
      ),
    ]);
    expect(event!.inferred).toBe(true);
  });
});
