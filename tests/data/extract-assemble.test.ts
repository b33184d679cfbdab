import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIds, assembleDataset, buildDataset, extractArticle } from '../../src/data/index';

const dir = join(import.meta.dirname, '../fixtures/unseen');
const inputs = readdirSync(dir)
  .sort()
  .map((source) => ({ source, text: readFileSync(join(dir, source), 'utf8') }));

describe('extractArticle + assembleDataset', () => {
  it('should give buildDataset’s result when articles are extracted elsewhere and cloned back', () => {
    const ids = articleIds(inputs.map((i) => i.source));
    // structuredClone stands in for the trip to and from a worker thread.
    const extracted = inputs.map((input, i) => structuredClone(extractArticle(input, ids[i]!)));
    expect(assembleDataset(extracted, { today: '2026-01-01' })).toEqual(
      buildDataset(inputs, { today: '2026-01-01' }),
    );
  });

  it('should give the same result when workers do the corpus stage’s share ahead', () => {
    const withUndated = [
      ...inputs,
      {
        source: 'undated-a.txt',
        text: 'Leaders met in Vilnius on 11 July 2023. Talks resume on Friday.',
      },
      {
        source: 'undated-b.txt',
        text: 'The drill began on Monday 16 October. It ends on Thursday.',
      },
      { source: 'undated-c.txt', text: 'Ministers will meet next week in Brussels.' },
    ];
    const ids = articleIds(withUndated.map((i) => i.source));
    const ahead = withUndated.map((input, i) =>
      structuredClone(extractArticle(input, ids[i]!, { ahead: true })),
    );
    expect(ahead.at(-3)?.undated?.tentative).not.toBeNull();
    expect(assembleDataset(ahead, { today: '2026-01-01' })).toEqual(
      buildDataset(withUndated, { today: '2026-01-01' }),
    );
  });

  it('should leave undated articles for the corpus stage to date', () => {
    const undated = extractArticle({ source: 'x.txt', text: 'Leaders met on Tuesday.' }, 'x');
    expect(undated.dated).toBeNull();
    const dated = extractArticle(
      { source: 'y.txt', text: 'Published: 20 June 2025\n\nLeaders met on Tuesday.' },
      'y',
    );
    expect(dated.dated?.reference.referenceDate).toBe('2025-06-20');
    expect(dated.dated?.mentions.map((m) => m.date.start)).toEqual(['2025-06-17']);
  });

  it('should give duplicate file names distinct ids', () => {
    expect(articleIds(['a/News.txt', 'b/news.md', 'news'])).toEqual(['news', 'news-2', 'news-3']);
  });
});
