import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '../../src/data/schema';
import {
  eventRowIndex,
  nextEventRow,
  timelineRows,
} from '../../src/features/timeline/timeline-rows';

const event = (id: string, start: string, end = start): DatasetEvent => ({
  id,
  title: id,
  start,
  end,
  precision: start === end ? 'day' : 'range',
  inferred: false,
  topics: [],
  countries: [],
  people: [],
  mentions: [
    {
      articleId: 'a',
      sentence: '',
      dateText: '',
      date: { start, end },
      precision: 'day',
      span: [0, 0],
      sentenceSpan: [0, 0],
      inferred: false,
    },
  ],
});

describe('timelineRows', () => {
  it('should return no rows for no events', () => {
    expect(timelineRows([])).toEqual([]);
  });

  it('should give the same row objects to the same events and days on every filter', () => {
    const forum = event('forum', '2024-07-09');
    const summit = event('summit', '2024-07-10');
    const all = timelineRows([forum, summit]);
    const filtered = timelineRows([summit]);
    // Rows that stay the same object let the memoised row components skip re-rendering.
    expect(filtered.map((r) => r.key)).toEqual(['month:2024-07', 'day:2024-07-10', 'event:summit']);
    expect(filtered[0]).toBe(all[0]);
    expect(filtered[1]).toBe(all[3]);
    expect(filtered[2]).toBe(all[4]);
  });

  it('should put a month and a day header before the first event of each', () => {
    const rows = timelineRows([
      event('forum', '2024-07-09'),
      event('summit', '2024-07-09', '2024-07-11'),
      event('talks', '2024-07-11'),
      event('review', '2024-08-01'),
    ]);
    expect(rows.map((r) => `${r.kind} ${r.kind === 'event' ? r.event.id : r.label}`)).toEqual([
      'month July 2024',
      'day Tuesday 9 July',
      'event forum',
      'event summit',
      'day Thursday 11 July',
      'event talks',
      'month August 2024',
      'day Thursday 1 August',
      'event review',
    ]);
  });

  it('should place a multi-day event once, under the day it starts', () => {
    const rows = timelineRows([event('summit', '2024-07-09', '2024-07-11')]);
    expect(rows.filter((r) => r.kind === 'event')).toHaveLength(1);
    expect(rows.filter((r) => r.kind === 'day').map((r) => r.key)).toEqual(['day:2024-07-09']);
  });

  it('should give every row a unique key', () => {
    const rows = timelineRows([
      event('a', '2024-07-09'),
      event('b', '2024-07-10'),
      event('c', '2025-07-10'),
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});

describe('eventRowIndex and nextEventRow', () => {
  const rows = timelineRows([
    event('forum', '2024-07-09'),
    event('summit', '2024-07-09', '2024-07-11'),
    event('talks', '2024-07-11'),
    event('review', '2024-08-01'),
  ]);

  it('should find the row of an event, or -1', () => {
    expect(rows[eventRowIndex(rows, 'talks')]?.key).toBe('event:talks');
    expect(eventRowIndex(rows, 'missing')).toBe(-1);
  });

  it('should step over headings to the next or previous event, and stop at the ends', () => {
    const at = (id: string) => eventRowIndex(rows, id);
    expect(nextEventRow(rows, at('summit'), 1)).toBe(at('talks'));
    expect(nextEventRow(rows, at('talks'), 1)).toBe(at('review'));
    expect(nextEventRow(rows, at('review'), -1)).toBe(at('talks'));
    expect(nextEventRow(rows, at('review'), 1)).toBeNull();
    expect(nextEventRow(rows, at('forum'), -1)).toBeNull();
  });
});
