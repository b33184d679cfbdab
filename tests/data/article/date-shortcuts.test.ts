import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { mayHoldChronoDate, readPlainDate } from '../../../src/data/article/date-shortcuts';

const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** What dateline.ts asks of chrono: the first result with a written year and a certain month and day. */
const chronoReading = (text: string) => {
  for (const result of chrono.en.GB.parse(text, REFERENCE)) {
    const start = result.start;
    if (!/(?:^|\D)(?:19|20)\d\d(?!\d)/.test(result.text)) continue;
    if (!start.isCertain('month') || !start.isCertain('day')) continue;
    const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
    const day = `${start.get('year')}-${pad(start.get('month'))}-${pad(start.get('day'))}`;
    return { day, index: result.index, length: result.text.length };
  }
  return null;
};

const shapes = (day: string, month: string, year: string): string[] => [
  `${day} ${month} ${year}`,
  `${month} ${day}, ${year}`,
  `Tue ${day} ${month} ${year} 18:20 GMT`,
  `Wednesday, ${month} ${day}, ${year} 9:05`,
  `${day} ${month} ${year} 23:59 EDT`,
  `WASHINGTON, ${month} ${day}, ${year}`,
  `KYIV, Ukraine, ${day} ${month} ${year} 10:00 ET`,
];

describe('readPlainDate', () => {
  it('should read every shape it accepts exactly as chrono does', () => {
    const months = ['Jan', 'February', 'Mar', 'April', 'May', 'Jun', 'July', 'Sept', 'Dec'];
    const texts = months.flatMap((month, i) =>
      ['1', '09', '28', String(29 + (i % 3))].flatMap((day) =>
        ['1900', '1999', '2024', '2099'].flatMap((year) => shapes(day, month, year)),
      ),
    );
    texts.push('2024-07-06', '2024-02-29', '1900-01-01');
    let read = 0;
    for (const text of texts) {
      const plain = readPlainDate(text);
      if (plain === null) continue;
      read++;
      expect(plain, text).toEqual(chronoReading(text));
    }
    expect(read).toBeGreaterThan(texts.length * 0.9);
  });

  it.each([
    '31 Jun 2024',
    '29 Feb 2023',
    '6 jul 2024',
    'July 7 2023',
    '2100-01-01',
    '06 Jul 2024 24:00',
    'MAY, July 8, 2024',
    'Sunday Times, July 8, 2024',
    'July 8, 2024 (Reuters)',
  ])('should leave %j to chrono', (text) => {
    expect(readPlainDate(text)).toBeNull();
  });
});

describe('mayHoldChronoDate', () => {
  it.each(['BRUSSELS', 'VILNIUS, Lithuania', 'KYIV, Ukraine', 'NATO leaders', 'WASHINGTON'])(
    'should rule out %j, in which chrono finds nothing',
    (text) => {
      expect(mayHoldChronoDate(text)).toBe(false);
      expect(chrono.parse(text, REFERENCE)).toEqual([]);
    },
  );

  it.each([
    'July',
    'today',
    'Monday',
    '3 days ago',
    'halfan hour ago',
    'inthe m',
    'lasts',
    'midnight',
    'WASHINGTON, July 8',
  ])('should let chrono look at %j', (text) => {
    expect(mayHoldChronoDate(text)).toBe(true);
  });
});
