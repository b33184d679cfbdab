import { describe, expect, it } from 'vitest';
import { removeRepeatedLines } from '../../../src/data/article/line-keys';
import { hasWords, isSpaceCode, tidyLines } from '../../../src/data/article/line-shape';

describe('isSpaceCode', () => {
  it('should agree with regex \\s on every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) throw new Error(`U+${c}`);
    }
  });
});

describe('hasWords', () => {
  it.each([
    ['', 1, false],
    ['one', 1, true],
    ['one', 2, false],
    ['a b  c', 3, true],
    ['  a\tb\u00a0c  ', 3, true],
    ['  a\tb\u00a0c  ', 4, false],
    ['x '.repeat(16) + 'x', 17, true],
    ['x '.repeat(16), 17, false],
  ])('should tell whether %j has at least %i words', (line, n, expected) => {
    expect(hasWords(line, n)).toBe(expected);
  });
});

describe('tidyLines', () => {
  it('should leave tidy text as its trimmed, non-empty lines', () => {
    expect(tidyLines('Title\n\n  Body one.\nBody two. \n')).toEqual([
      'Title',
      'Body one.',
      'Body two.',
    ]);
  });

  it('should drop zero-width characters and collapse every kind of whitespace', () => {
    expect(tidyLines('Zero\u200bwidth\u00ad here\n\tTabbed  and\u00a0spaced\u2003out ')).toEqual([
      'Zerowidth here',
      'Tabbed and spaced out',
    ]);
  });
});

describe('removeRepeatedLines with look-alike lines', () => {
  it('should treat lines equal after lower-casing as repeats, even through Kelvin K and dotted İ', () => {
    const lines = [
      'Kyiv talks resume.',
      '\u212ayiv talks resume.',
      'İstanbul summit opens.',
      'i\u0307stanbul summit opens.',
      // "İ" lower-cases to "i" plus a combining dot, which the key turns into a space: a different line.
      '“Istanbul summit opens!”',
    ];
    expect(removeRepeatedLines(lines)).toEqual([
      'Kyiv talks resume.',
      'İstanbul summit opens.',
      '“Istanbul summit opens!”',
    ]);
  });
});
