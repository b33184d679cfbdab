/**
 * The timeline as a flat list of rows — month headings, day headings and events — so that the
 * windowed renderer can measure and draw only the rows on screen, each row one element.
 */
import type { DatasetEvent, IsoDay } from '../../data/schema';
import { formatMonth, formatWeekday } from '../../shared/date-words';

export type TimelineRow =
  | { kind: 'month'; key: string; month: string; label: string }
  | { kind: 'day'; key: string; day: IsoDay; label: string }
  | { kind: 'event'; key: string; month: string; day: IsoDay; event: DatasetEvent };

/*
 * Rows are built again on every filter change, over up to tens of thousands of events: each
 * event's row and each heading is made once and reused (an event's row depends on it alone),
 * instead of new keys, labels and objects per event per click.
 */
type EventRow = Extract<TimelineRow, { kind: 'event' }>;

const eventRows = new WeakMap<DatasetEvent, EventRow>();
const headingRows = new Map<string, TimelineRow>();

const eventRow = (event: DatasetEvent): EventRow => {
  let row = eventRows.get(event);
  if (!row) {
    const day = event.start;
    row = { kind: 'event', key: `event:${event.id}`, month: day.slice(0, 7), day, event };
    eventRows.set(event, row);
  }
  return row;
};

const headingRow = (key: string, make: () => TimelineRow): TimelineRow => {
  let row = headingRows.get(key);
  if (!row) {
    row = make();
    headingRows.set(key, row);
  }
  return row;
};

/**
 * Rows for chronological events, each event under the month and day it starts, e.g. a summit of
 * 9–11 July 2024 → [month "July 2024", day "Tuesday 9 July", event]. Linear in the events.
 */
export const timelineRows = (events: readonly DatasetEvent[]): TimelineRow[] => {
  const rows: TimelineRow[] = [];
  let month = '';
  let day = '';
  for (const event of events) {
    const row = eventRow(event);
    if (row.month !== month) {
      month = row.month;
      day = '';
      const key = `month:${month}`;
      rows.push(headingRow(key, () => ({ kind: 'month', key, month, label: formatMonth(month) })));
    }
    if (row.day !== day) {
      day = row.day;
      const key = `day:${day}`;
      rows.push(headingRow(key, () => ({ kind: 'day', key, day, label: formatWeekday(day) })));
    }
    rows.push(row);
  }
  return rows;
};

/** The position of an event's row, or -1, e.g. for a `?event=` link. */
export const eventRowIndex = (rows: readonly TimelineRow[], eventId: string): number =>
  rows.findIndex((row) => row.kind === 'event' && row.event.id === eventId);

/**
 * The nearest event row after (`step` 1) or before (`step` -1) row `from`, skipping headings,
 * or null at either end: where Tab and Shift+Tab go next from an event.
 */
export const nextEventRow = (
  rows: readonly TimelineRow[],
  from: number,
  step: 1 | -1,
): number | null => {
  for (let at = from + step; at >= 0 && at < rows.length; at += step) {
    if (rows[at]?.kind === 'event') return at;
  }
  return null;
};
