import { describe, expect, it } from 'vitest';
import { addMonths, isValidDay, monthOf, weekOf } from '../../../src/data/dates/calendar';

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
});
