import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleInputFromDataset, withFrontMatter } from '../../src/data/article-input';
import { readFrontMatter } from '../../src/data/article/front-matter';
import { buildDataset, type ArticleInput, type Dataset } from '../../src/data/index';

const readFolder = (dir: string): ArticleInput[] =>
  readdirSync(dir)
    .sort()
    .map((name) => ({ source: name, text: readFileSync(join(dir, name), 'utf8') }));

/** What must survive a round trip: each article as the app shows it, and the events' dates. */
const essentials = (dataset: Dataset) => ({
  articles: dataset.articles.map(({ id, title, published, text }) => ({
    id,
    title,
    published,
    text,
  })),
  events: dataset.events.map(({ title, start, end, precision }) => ({
    title,
    start,
    end,
    precision,
  })),
});

describe('articleInputFromDataset', () => {
  it.each(['seeds', 'tests/fixtures/unseen'])(
    'should re-extract %s to the same titles, dates, text and events',
    (dir) => {
      const original = buildDataset(readFolder(dir));
      const again = buildDataset(original.articles.map(articleInputFromDataset));
      expect(essentials(again)).toEqual(essentials(original));
      // Spans point into the same text, so the evidence is unchanged too.
      expect(again.events).toEqual(original.events);
    },
  );

  it('should write a .md source with front matter, keeping the article id', () => {
    const seed = buildDataset(readFolder('seeds')).articles.find((a) => a.published !== null)!;
    const input = articleInputFromDataset(seed);
    expect(input.source).toBe(seed.source.replace(/\.txt$/, '.md'));
    expect(input.text).toMatch(/^---\ntitle: '.+'\npublished: \d{4}-\d{2}-\d{2}\n---\n\n/);
    expect(input.text.endsWith(seed.text)).toBe(true);
  });

  it('should leave the date out when the article has none', () => {
    const undated = buildDataset(readFolder('seeds')).articles.find((a) => a.published === null)!;
    const text = articleInputFromDataset(undated).text;
    expect(text).not.toMatch(/^published:/m);
    expect(readFrontMatter(text).published).toBeNull();
  });
});

describe('withFrontMatter', () => {
  it('should quote titles so that any characters read back as written', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() === s && !/[\n\r]/.test(s)),
        (title) => {
          const text = withFrontMatter({ title, published: '2024-07-09' }, 'Body.');
          const front = readFrontMatter(text);
          expect(front.title).toBe(title);
          expect(front.published).toBe('2024-07-09');
          expect(front.body).toBe('Body.');
        },
      ),
    );
  });

  it('should give the body alone when there is nothing to declare', () => {
    expect(withFrontMatter({ title: null, published: null }, 'Body.')).toBe('Body.');
  });
});
