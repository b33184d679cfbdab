/**
 * The timeline as a flat list of rows — month headers, day headers and events — so that a
 * windowed renderer can later measure and draw only the rows on screen. `groupRows` turns any
 * run of rows (the whole list, or just a visible window) back into months and days for markup.
 */
import type { DatasetEvent, IsoDay } from '../../data/schema';
import { formatMonth, formatWeekday } from '../../shared/date-words';

export type TimelineRow =
  | { kind: 'month'; key: string; month: string; label: string }
  | { kind: 'day'; key: string; day: IsoDay; label: string }
  | { kind: 'event'; key: string; month: string; day: IsoDay; event: DatasetEvent };

export interface DayGroup {
  day: IsoDay;
  label: string;
  events: DatasetEvent[];
}

export interface MonthGroup {
  month: string;
  label: string;
  days: DayGroup[];
}

/**
 * Rows for chronological events, each event under the month and day it starts, e.g. a summit of
 * 9–11 July 2024 → [month "July 2024", day "Tuesday 9 July", event]. Linear in the events.
 */
export const timelineRows = (events: readonly DatasetEvent[]): TimelineRow[] => {
  const rows: TimelineRow[] = [];
  let month = '';
  let day = '';
  for (const event of events) {
    const eventMonth = event.start.slice(0, 7);
    if (eventMonth !== month) {
      month = eventMonth;
      day = '';
      rows.push({ kind: 'month', key: `month:${month}`, month, label: formatMonth(month) });
    }
    if (event.start !== day) {
      day = event.start;
      rows.push({ kind: 'day', key: `day:${day}`, day, label: formatWeekday(day) });
    }
    rows.push({ kind: 'event', key: `event:${event.id}`, month, day, event });
  }
  return rows;
};

/**
 * The events of `rows` nested by month and day. Header rows are not needed: a window that starts
 * in the middle of a day still gets that day's (and month's) heading.
 */
export const groupRows = (rows: readonly TimelineRow[]): MonthGroup[] => {
  const months: MonthGroup[] = [];
  for (const row of rows) {
    if (row.kind !== 'event') continue;
    let month = months.at(-1);
    if (month?.month !== row.month) {
      month = { month: row.month, label: formatMonth(row.month), days: [] };
      months.push(month);
    }
    let day = month.days.at(-1);
    if (day?.day !== row.day) {
      day = { day: row.day, label: formatWeekday(row.day), events: [] };
      month.days.push(day);
    }
    day.events.push(row.event);
  }
  return months;
};
