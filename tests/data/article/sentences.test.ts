import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/data/article/sentences';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('should split on sentence-ending punctuation', () => {
    expect(texts('NATO met. Leaders spoke! Was it useful? Yes.')).toEqual([
      'NATO met.',
      'Leaders spoke!',
      'Was it useful?',
      'Yes.',
    ]);
  });

  it('should treat each line as its own block, including headings without a full stop', () => {
    expect(texts('Summit Details and Partners\n\nThe summit opens. It ends Thursday.')).toEqual([
      'Summit Details and Partners',
      'The summit opens.',
      'It ends Thursday.',
    ]);
  });

  it('should not split after abbreviations, titles, months and initials', () => {
    const cases = [
      'The U.S. and U.K. delegations met Mr. Smith and Dr. Jones on Tuesday.',
      'Gen. Cavoli, Lt. Col. Ames and Sen. Reed spoke, as did Rep. Ortiz.',
      'The talks on Jan. 5 and Feb. 6 and Aug. 9 and Sept. 12 went well.',
      'Room No. 5 on St. James St. hosted the U.S.-led talks vs. the rest.',
      'They discussed weapons, e.g. drones, i.e. cheap ones, etc. and more.',
      'Vice-presidential candidate J. D. Vance spoke.',
      'Spending rose 2.5 percent to $1.3 trillion.',
    ];
    for (const sentence of cases) expect(texts(sentence)).toEqual([sentence]);
  });

  it('should split after an abbreviation when a new sentence clearly starts', () => {
    expect(texts('The aid came from the U.S. The Europeans added more.')).toEqual([
      'The aid came from the U.S.',
      'The Europeans added more.',
    ]);
  });

  it('should keep closing quotes with their sentence', () => {
    expect(texts('"Putin is dead wrong," the official stated. He left.')).toEqual([
      '"Putin is dead wrong," the official stated.',
      'He left.',
    ]);
    expect(texts('He said: "We are ready." Then he left.')).toEqual([
      'He said: "We are ready."',
      'Then he left.',
    ]);
    expect(texts('“Why now?” he asked. (It was late.) Others agreed.')).toEqual([
      '“Why now?” he asked.',
      '(It was late.)',
      'Others agreed.',
    ]);
  });

  it('should give offsets that slice back to each trimmed sentence', () => {
    const text = '  Title here  \n\nFirst one.   Second “quoted.”\tThird!\n\n\nLast line';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Title here',
      'First one.',
      'Second “quoted.”',
      'Third!',
      'Last line',
    ]);
    for (const s of sentences) {
      expect(text.slice(s.span[0], s.span[1])).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
  });

  it('should return nothing for empty text and cope with pathological long input', () => {
    expect(splitSentences('')).toEqual([]);
    // Quadratic scanning would blow the test timeout here; speed itself is measured in bench:extract.
    const long = 'U.S. '.repeat(200_000) + 'a'.repeat(500_000) + '. '.repeat(200_000);
    const sentences = splitSentences(long);
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences.slice(0, 50)) expect(long.slice(s.span[0], s.span[1])).toBe(s.text);
  });
});
