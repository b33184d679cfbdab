/** Short, precision-aware dates for event lists, e.g. "9 Jul 2024", "9–11 Jul 2024", "2014". */
import type { DatasetEvent } from '../../data/schema';

// UTC so that an ISO day never shifts by one in a timezone west of Greenwich.
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const utc = (isoDay: string): Date => new Date(`${isoDay}T00:00:00Z`);

/** The event's date as a reader would write it, at the precision the evidence supports. */
export const formatEventDate = (
  event: Pick<DatasetEvent, 'start' | 'end' | 'precision'>,
): string => {
  const { start, end, precision } = event;
  switch (precision) {
    case 'year':
      return start.slice(0, 4);
    case 'month':
      return MONTH.format(utc(start));
    case 'week':
      return `Week of ${DAY.format(utc(start))}`;
    case 'approximate':
      return `About ${MONTH.format(utc(start))}`;
    case 'day':
    case 'range':
      return start === end ? DAY.format(utc(start)) : DAY.formatRange(utc(start), utc(end));
  }
};
