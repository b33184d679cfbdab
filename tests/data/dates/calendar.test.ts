import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  isValidDay,
  monthOf,
  weekdayOf,
  weekOf,
} from '../../../src/data/dates/calendar';

describe('calendar', () => {
  it('should give Monday..Sunday weeks, across month ends', () => {
    expect(weekOf('2024-07-13')).toEqual({ start: '2024-07-08', end: '2024-07-14' });
    expect(weekOf('2024-08-01')).toEqual({ start: '2024-07-29', end: '2024-08-04' });
  });

  it('should know leap years', () => {
    expect(monthOf('2024-02-10')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('should reject impossible days', () => {
    expect(isValidDay('2023-02-29')).toBe(false);
    expect(isValidDay('2024-02-29')).toBe(true);
  });

  it('should agree with Date on every day from 1899 to 2101', () => {
    const start = Date.UTC(1899, 0, 1);
    for (let i = 0; i < 202 * 366; i += 1) {
      const date = new Date(start + i * 86_400_000);
      const iso = date.toISOString().slice(0, 10);
      expect(addDays('1899-01-01', i)).toBe(iso);
      expect(daysBetween('1899-01-01', iso)).toBe(i);
      expect(weekdayOf(iso)).toBe(date.getUTCDay());
    }
  });
});
