import { describe, expect, it } from 'vitest';
import {
  findDateline,
  isDateOnlyLine,
  parseExplicitDate,
  readDatelinePrefix,
} from '../../../src/data/article/dateline';

const publishedOf = (...lines: string[]): string | null => findDateline(lines)?.published ?? null;

describe('findDateline', () => {
  it.each([
    ['06 Jul 2024', '2024-07-06'],
    ['July 7, 2023', '2023-07-07'],
    ['2022-06-30', '2022-06-30'],
    ['Mon 10 Jul 2023 14:02 BST', '2023-07-10'],
    ['Published: 20 June 2025', '2025-06-20'],
    ['Published 3 March 2024, 10:15 GMT', '2024-03-03'],
    ['Updated: 9 July 2024 11:30 ET', '2024-07-09'],
    ['Posted on June 3, 2024', '2024-06-03'],
    ['2024/07/06', '2024-07-06'],
    ['7/6/2024', '2024-07-06'],
    ['Tuesday, July 9, 2024', '2024-07-09'],
    ['Last modified on Mon 10 Jul 2023 14.02 BST', '2023-07-10'],
    ['July 10, 2024 4:15 PM GMT+1 Updated 2 hours ago', '2024-07-10'],
    ['Release No. 0142-24 | March 4, 2024', '2024-03-04'],
    ['By Jane Doe | July 9, 2024 | 4 min read', '2024-07-09'],
    ['Sept. 4, 2024', '2024-09-04'],
    ['4th September 2024', '2024-09-04'],
    ['Published On 10 Jul 2024', '2024-07-10'],
    ['Published : July 8, 2024 - 10:15', '2024-07-08'],
    ['Fri, 05 Jul 2024 18:30:00 +0000', '2024-07-05'],
    ['Posted Mon 5 Aug 2024 at 7:48pm, updated Mon 5 Aug 2024 at 10:02pm', '2024-08-05'],
    ['Issue 112 · Friday 30 August 2024', '2024-08-30'],
    ['Transcript · Released 31 July 2025 · 41 min', '2025-07-31'],
    ['Issued on: 27/02/2024 - 13:05 Modified: 27/02/2024 - 18:22', '2024-02-27'],
    ['Volume 760: debated on Tuesday 14 January 2025', '2025-01-14'],
    ['pubDate: Wed, 04 Dec 2019 18:45:00 GMT', '2019-12-04'],
    ['By Daniel Okafor on January 03, 2024 at 11:47 AM', '2024-01-03'],
    ['Published on March 6, 2025, at 10:41 am (Paris), updated at 4:58 pm', '2025-03-06'],
    ['KYODO NEWS - Jul 8, 2024 - 18:35 | World, All', '2024-07-08'],
    ['TOI World Desk / TIMESOFINDIA.COM / Updated: Apr 10, 2025, 14:22 IST', '2025-04-10'],
    ['Media release – 3 June 2024', '2024-06-03'],
    ['The week in review | Friday 22 November 2024', '2024-11-22'],
    ['Weekly briefing · 7 March 2025', '2025-03-07'],
  ])('should read the dateline %j', (line, expected) => {
    expect(publishedOf('Some Headline About the Summit', line)).toBe(expected);
    expect(findDateline(['Some Headline About the Summit', line])?.lineIndex).toBe(1);
  });

  it('should read a dateline that opens the first paragraph', () => {
    const lines = [
      'Allies pledge air defence for Ukraine',
      'WASHINGTON, July 8, 2024 (Reuters) - NATO allies pledged on Monday to send more air defence systems to Ukraine.',
    ];
    expect(findDateline(lines)).toMatchObject({
      published: '2024-07-08',
      lineIndex: 1,
      wholeLine: false,
    });
  });

  it('should reject an ISO date with an impossible month rather than swap it', () => {
    expect(publishedOf('2024-13-01')).toBeNull();
  });

  it('should read a dateline whose place starts with a capitalised function word', () => {
    expect(publishedOf('THE HAGUE, 28 September 2025 (AP) - Leaders met on Friday.')).toBe(
      '2025-09-28',
    );
  });

  it('should return null when the dateline has no year', () => {
    const lines = [
      'Allies pledge air defence for Ukraine',
      'July 8 (Reuters) - NATO allies pledged on Monday to send more air defence systems to Ukraine.',
    ];
    expect(findDateline(lines)).toBeNull();
  });

  it('should prefer a published date over an earlier updated date', () => {
    expect(publishedOf('Headline here', 'Updated 12 July 2024', 'Published 9 July 2024')).toBe(
      '2024-07-09',
    );
    expect(publishedOf('Headline here', 'Updated 12 July 2024')).toBe('2024-07-12');
  });

  it.each([
    ['for three years'],
    ['4 min read'],
    ['July 2024'],
    ['Reading time: 3 minutes'],
    ['The summit will take place on July 9, 2024 in Washington.'],
    ['NATO leaders met on 9 July 2024'],
    ['By July 9, 2024 the allies must decide'],
    // A release or review named in a sentence is no label.
    ['The media release on 3 June 2024 – a surprise to allies'],
    ['Allies said the week in review | 22 November 2024 mattered'],
  ])('should not take %j as a dateline', (line) => {
    expect(publishedOf('Some Headline About the Summit', line)).toBeNull();
  });

  it('should not take a dated sentence in the body as a dateline', () => {
    const lines = [
      'Allies meet in Washington',
      'Leaders from the alliance gathered in the capital for talks that officials described as crucial.',
      'The previous summit took place on July 11, 2023, in Vilnius, officials recalled at the time.',
      'July 11, 2023',
    ];
    expect(findDateline(lines)).toBeNull();
  });
});

describe('readDatelinePrefix', () => {
  it('should find where the story starts after a dateline without a year', () => {
    const line = 'BRUSSELS, July 8 (Reuters) - NATO allies met.';
    const prefix = readDatelinePrefix(line);
    expect(prefix?.day).toBeNull();
    expect(line.slice(prefix?.end)).toBe('NATO allies met.');
  });

  it('should ignore an opening sentence that is not a dateline', () => {
    expect(readDatelinePrefix('On July 9, 2024 - a Tuesday - leaders met.')).toBeNull();
  });
});

describe('parseExplicitDate', () => {
  it('should take ISO timestamps as written, without time-zone shifts', () => {
    expect(parseExplicitDate('2024-07-06T23:30:00-05:00')).toBe('2024-07-06');
    expect(parseExplicitDate('2024-07-06T00:10:00+09:00')).toBe('2024-07-06');
  });

  it('should parse written dates and reject ones without a year', () => {
    expect(parseExplicitDate('6 July 2024')).toBe('2024-07-06');
    expect(parseExplicitDate('July 6')).toBeNull();
    expect(parseExplicitDate('2024-02-30')).toBeNull();
  });
});

describe('isDateOnlyLine', () => {
  it('should tell date stamps from sentences', () => {
    expect(isDateOnlyLine('Updated 10 Jul 2024 09:00 BST')).toBe(true);
    expect(isDateOnlyLine('The talks resumed on 10 Jul 2024 in Brussels.')).toBe(false);
  });
});
