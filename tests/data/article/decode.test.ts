import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '../../../src/data/article/decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

const problemOf = (name: string, data: Uint8Array): string => {
  const result = decodeArticleBytes(name, data);
  if (result.ok) throw new Error(`expected a problem, got text ${JSON.stringify(result.text)}`);
  return result.problem;
};

describe('decodeArticleBytes', () => {
  it('should decode plain UTF-8 text', () => {
    expect(decodeArticleBytes('a.txt', utf8('NATO’s summit — día'))).toEqual({
      ok: true,
      text: 'NATO’s summit — día',
    });
  });

  it('should reject empty and whitespace-only files', () => {
    expect(problemOf('a.txt', new Uint8Array())).toBe('empty file');
    expect(problemOf('a.txt', utf8(' \n\t\r\n '))).toBe('empty file');
  });

  it('should reject files containing NUL bytes as binary', () => {
    expect(problemOf('a.txt', bytes(0x41, 0x42, 0x00, 0x43))).toMatch(
      /^binary file.*NUL.*not text$/,
    );
  });

  it('should name known binary formats by their magic numbers', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
    expect(problemOf('photo.txt', png)).toBe('binary file (looks like PNG image), not text');
    expect(problemOf('a.txt', bytes(0xff, 0xd8, 0xff, 0xe0))).toContain('JPEG image');
    expect(problemOf('a.txt', utf8('GIF89a....'))).toContain('GIF image');
    expect(problemOf('a.txt', utf8('%PDF-1.7\n...'))).toContain('PDF document');
    expect(problemOf('a.zip', bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toContain('ZIP archive');
    expect(problemOf('story.docx', bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toContain('Word document');
  });

  it('should not mistake text starting with magic-like letters for binary', () => {
    expect(decodeArticleBytes('a.txt', utf8('MZ Motors shares rose on Monday.')).ok).toBe(true);
  });

  it('should reject text dominated by control characters', () => {
    const data = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(problemOf('a.txt', data)).toMatch(/^binary file \(\d+% control characters\), not text$/);
  });

  it('should report invalid UTF-8 with the offending byte offset', () => {
    // "café" in Latin-1: é is a lone 0xE9.
    const latin1 = bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b);
    expect(problemOf('a.txt', latin1)).toMatch(/not valid UTF-8 at byte 3/);
  });

  it('should explain UTF-16 files instead of calling them binary', () => {
    expect(problemOf('a.txt', bytes(0xff, 0xfe, 0x41, 0x00))).toContain('UTF-16');
  });

  it('should strip a UTF-8 byte order mark', () => {
    const result = decodeArticleBytes('a.txt', bytes(0xef, 0xbb, 0xbf, ...utf8('Title')));
    expect(result).toEqual({ ok: true, text: 'Title' });
  });

  it('should normalise CRLF and CR line endings to LF', () => {
    expect(decodeArticleBytes('a.txt', utf8('a\r\nb\rc\n'))).toEqual({
      ok: true,
      text: 'a\nb\nc\n',
    });
  });

  it('should reject files over the size limit with their size', () => {
    const big = new Uint8Array(Math.round(7.2 * 1024 * 1024)).fill(0x41);
    expect(problemOf('a.txt', big)).toBe('file is 7.2 MB, over the 5 MB limit');
    expect(decodeArticleBytes('a.txt', new Uint8Array(MAX_ARTICLE_BYTES).fill(0x41)).ok).toBe(true);
  });
});
