import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/data/article/front-matter';

describe('readFrontMatter', () => {
  it('should read title and published date and return the rest as body', () => {
    const fm = readFrontMatter(
      '---\ntitle: "NATO Opens Summit: Day One"\npublished: 2024-07-09\nauthor: A. Writer\n---\n\nBody line one.\n',
    );
    expect(fm.title).toBe('NATO Opens Summit: Day One');
    expect(fm.published).toBe('2024-07-09');
    expect(fm.fields['author']).toBe('A. Writer');
    expect(fm.body).toBe('Body line one.\n');
  });

  it('should accept date: with single quotes, timestamps and written dates', () => {
    expect(readFrontMatter("---\ndate: '2024-07-09T10:00:00Z'\n---\nx").published).toBe(
      '2024-07-09',
    );
    expect(readFrontMatter('---\ndate: July 9, 2024\n---\nx').published).toBe('2024-07-09');
    expect(readFrontMatter("---\ntitle: 'It''s time'\n---\nx").title).toBe("It's time");
  });

  it('should skip nested values and lists', () => {
    const fm = readFrontMatter('---\ntags:\n  - nato\n  - title: nested\ntitle: Top\n---\nBody');
    expect(fm.title).toBe('Top');
    expect(fm.body).toBe('Body');
  });

  it('should read TOML front matter', () => {
    const fm = readFrontMatter('+++\ntitle = "Allies Meet"\ndate = 2024-07-09\n+++\nBody');
    expect(fm).toMatchObject({ title: 'Allies Meet', published: '2024-07-09', body: 'Body' });
  });

  it('should leave text without (or with unclosed) front matter untouched', () => {
    expect(readFrontMatter('Title\n---\nBody').body).toBe('Title\n---\nBody');
    expect(readFrontMatter('---\ntitle: x\nno closing fence').title).toBeNull();
  });

  it('should give a null date when the value has no year', () => {
    expect(readFrontMatter('---\ndate: July 9\n---\nx').published).toBeNull();
  });
});
