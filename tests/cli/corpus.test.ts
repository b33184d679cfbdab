import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCorpusArgs } from '../../src/cli/corpus/args';
import { generateArticle, type GeneratedArticle } from '../../src/cli/corpus/generate';
import { writeCorpus } from '../../src/cli/corpus/write-corpus';
import { buildDataset, type Dataset } from '../../src/data/index';

const runCorpus = (...args: string[]) => {
  const result = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/corpus.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, stderr: result.stderr };
};

/** Every file of a folder, name → bytes. */
const readFolder = (dir: string): Map<string, Buffer> =>
  new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'corpus-')), 'out');

describe('npm run corpus', () => {
  it('should write the requested number of articles, byte-identical for the same seed', async () => {
    const [cli, again, other] = [freshDir(), freshDir(), freshDir()];
    const { code, stderr } = runCorpus('--articles', '30', '--out', cli, '--seed', '7');
    expect(code).toBe(0);
    expect(stderr).toMatch(/30 articles .*seed 7/);
    await writeCorpus(again, 30, 7);
    await writeCorpus(other, 30, 8);

    const files = readFolder(cli);
    expect(files.size).toBe(30);
    expect(readFolder(again)).toEqual(files);
    const otherFiles = readFolder(other);
    expect(otherFiles.size).toBe(30);
    expect([...otherFiles.values()]).not.toEqual([...files.values()]);
    // Varied formats, each of news length.
    expect(new Set([...files.keys()].map((name) => name.split('.').pop()))).toEqual(
      new Set(['txt', 'md', 'html']),
    );
    for (const bytes of files.values()) expect(bytes.length).toBeGreaterThan(1200);
  });

  it('should exit non-zero with a message and the usage on a bad argument', () => {
    const { code, stderr } = runCorpus('--articles', 'ten', '--out', freshDir());
    expect(code).toBe(2);
    expect(stderr).toMatch(/--articles must be a whole number from 1 to 1000000, not "ten"/);
    expect(stderr).toMatch(/usage: npm run corpus/);
  });

  it('should say what is wrong with each bad command line', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--articles', '0', '--out', 'x'], /--articles must be a whole number/],
      [['--articles', '2.5', '--out', 'x'], /--articles must be a whole number/],
      [['--articles', '5'], /--out is required/],
      [['--out', 'x'], /--articles is required/],
      [['--articles', '5', '--out', 'x', '--seed', '-1'], /--seed must be a whole number/],
      [['--articles', '5', '--out', 'x', '--color'], /unknown argument "--color"/],
      [['--articles', '5', 'x'], /unknown argument "x"/],
      [['--out'], /--out needs a value/],
    ];
    for (const [args, message] of cases) expect(() => parseCorpusArgs(args)).toThrow(message);
    expect(parseCorpusArgs(['--articles=5', '--out=x'])).toEqual({
      articles: 5,
      out: 'x',
      seed: 1,
    });
  });

  it('should refuse a folder that already holds files', async () => {
    const dir = freshDir();
    await writeCorpus(dir, 2, 1);
    await expect(writeCorpus(dir, 2, 1)).rejects.toThrow(/is not empty/);
  });
});

describe('generated articles', () => {
  let articles: GeneratedArticle[];
  let dataset: Dataset;

  beforeAll(() => {
    articles = Array.from({ length: 50 }, (_, i) => generateArticle(1, i));
    dataset = buildDataset(articles.map((a) => ({ source: a.fileName, text: a.text })));
  });

  it('should be the same article for the same seed and index, whatever the corpus size', () => {
    expect(generateArticle(1, 42)).toEqual(articles[42]);
    expect(generateArticle(2, 42).text).not.toBe(articles[42]!.text);
  });

  it('should be read back by the extractor: publication dates, the happening, countries, topics', () => {
    const dated = articles.filter((a) => a.truth.published);
    const readDates = dataset.articles.filter(
      (a, i) => a.published === articles[i]!.truth.published,
    );
    expect(readDates.length).toBe(articles.length);
    expect(dated.length).toBeLessThan(articles.length); // some are undated

    const happeningFound = dataset.articles.filter((article, i) => {
      const { start, end } = articles[i]!.truth;
      return dataset.events.some((e) =>
        e.mentions.some(
          (m) => m.articleId === article.id && m.date.start === start && m.date.end === end,
        ),
      );
    });
    expect(happeningFound.length).toBeGreaterThanOrEqual(0.9 * articles.length);
    expect(
      dataset.events.filter((e) => e.precision === 'day' || e.precision === 'range').length,
    ).toBeGreaterThan(50);

    for (const [i, article] of dataset.articles.entries()) {
      const truth = articles[i]!.truth;
      expect(article.countries).toEqual(expect.arrayContaining(truth.countries));
      expect(article.topics).toEqual(expect.arrayContaining(truth.topics));
    }
    expect(dataset.countries.length).toBeGreaterThan(25);
    expect(new Set(dataset.articles.flatMap((a) => a.topics)).size).toBeGreaterThanOrEqual(15);
  });
});
