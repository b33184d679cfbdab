import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, datasetSchema, type ArticleInput } from '../../src/data/index';
import { scoreAgainstGold, type Gold } from './gold-scoring';

const readFolder = (dir: string): ArticleInput[] =>
  readdirSync(dir)
    .sort()
    .map((name) => ({ source: name, text: readFileSync(join(dir, name), 'utf8') }));

const readGold = (file: string): Gold => JSON.parse(readFileSync(file, 'utf8')) as Gold;

describe('buildDataset on the seed corpus', () => {
  const dataset = buildDataset(readFolder('seeds'));
  const gold = readGold('tests/fixtures/seeds.gold.json');

  it('should match the hand-checked annotation of the seeds', () => {
    const score = scoreAgainstGold(gold, dataset);
    expect(score.missed).toEqual([]);
    expect(score.wrong).toEqual([]);
    expect(score.countryF1).toBeGreaterThanOrEqual(0.95);
    expect(score.topicF1).toBeGreaterThanOrEqual(0.85);
    expect(score.publishedRight).toBe(2);
  });

  it('should infer the undated article’s year from the text and flag it as inferred', () => {
    const undated = dataset.articles.find((a) => a.published === null);
    expect(undated?.referenceInferred).toBe(true);
    expect(undated?.referenceDate.slice(0, 4)).toBe('2024');
    expect(undated?.referenceReason).toMatch(/anniversary/);
  });

  it('should not date reading times or durations', () => {
    const texts = dataset.events.flatMap((e) => e.mentions.map((m) => m.dateText.toLowerCase()));
    expect(texts).not.toContain('4 min read');
    expect(texts.some((t) => t.startsWith('for '))).toBe(false);
  });

  it('should merge the summit announced in both articles into one three-day event', () => {
    const summit = dataset.events.find((e) => e.start === '2024-07-09' && e.end === '2024-07-11');
    expect(summit).toBeDefined();
    expect(summit?.precision).toBe('range');
    expect(new Set(summit?.mentions.map((m) => m.articleId)).size).toBe(2);
    expect(summit?.title.toLowerCase()).toContain('summit');
  });

  it('should keep the one-day forum and the partner talks as events of their own', () => {
    const days = dataset.events.filter((e) => e.precision === 'day').map((e) => e.start);
    expect(days).toEqual(expect.arrayContaining(['2024-07-09', '2024-07-11']));
  });

  it('should give every mention a span inside its article that holds its date text', () => {
    const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
    for (const mention of dataset.events.flatMap((e) => e.mentions)) {
      const text = texts.get(mention.articleId) ?? '';
      expect(text.slice(mention.span[0], mention.span[1])).toBe(mention.dateText);
      expect(text.slice(mention.sentenceSpan[0], mention.sentenceSpan[1])).toBe(mention.sentence);
    }
  });

  it('should tag an event with the topics of the sentences around its date', () => {
    const talks = dataset.events.find((e) => e.start === '2024-07-11' && e.precision === 'day');
    expect(talks?.topics).toEqual(expect.arrayContaining(['defense-industry', 'interoperability']));
  });

  it('should summarise every country with its name, mention count and a quote naming it', () => {
    const codes = new Set(dataset.articles.flatMap((a) => a.countries));
    expect(dataset.countries.map((c) => c.code).sort()).toEqual([...codes].sort());
    const korea = dataset.countries.find((c) => c.code === 'KR');
    expect(korea).toMatchObject({ name: 'South Korea' });
    expect(korea!.mentions).toBeGreaterThanOrEqual(4);
    const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
    const quote = korea!.quote!;
    expect(texts.get(quote.articleId)!.slice(...quote.sentenceSpan)).toBe(quote.sentence);
    expect(dataset.topics).toHaveLength(17);
  });

  it('should produce output that passes the schema', () => {
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });
});

describe('buildDataset on held-out articles in other styles', () => {
  it('should reach the accuracy targets on articles written for evaluation', () => {
    const score = scoreAgainstGold(
      readGold('tests/fixtures/unseen.gold.json'),
      buildDataset(readFolder('tests/fixtures/unseen')),
    );
    expect(score.dateF1).toBeGreaterThanOrEqual(0.85);
    expect(score.countryF1).toBeGreaterThanOrEqual(0.97);
    expect(score.topicF1).toBeGreaterThanOrEqual(0.75);
    expect(score.publishedRight).toBe(10);
  });

  // Sets written later by helpers who had not read the code, each in styles the others lack.
  it.each([
    ['blind', 'AP wire, BBC, Korean press, live blog, US dates', 0.9, 0.8, 12],
    ['blind2', 'digest, transcript, Reuters, Guardian', 0.9, 0.8, 12],
    ['blind3', 'newsletter, timeline, PDF text, e-mail, podcast', 0.9, 0.75, 12],
    ['blind4', 'RSS, Hansard, embargoed release, long-read, list', 0.9, 0.8, 12],
    ['blind5', 'everyday wire and newspaper copy', 0.85, 0.75, 10],
    ['blind6', 'everyday copy from other outlets', 0.9, 0.7, 8],
    ['blind7', 'yearless wire dateline, release, round-up, live page', 0.85, 0.7, 9],
  ])(
    'should reach them on %s (%s), written by someone who had not read the code',
    (folder, _styles, minDateF1, minTopicF1, published) => {
      const score = scoreAgainstGold(
        readGold(`tests/fixtures/${folder}.gold.json`),
        buildDataset(readFolder(`tests/fixtures/${folder}`)),
      );
      expect(score.dateF1).toBeGreaterThanOrEqual(minDateF1);
      expect(score.countryF1).toBeGreaterThanOrEqual(0.97);
      expect(score.topicF1).toBeGreaterThanOrEqual(minTopicF1);
      expect(score.publishedRight).toBe(published);
    },
  );

  it('should not date an undated article by the year of a plan it mentions', () => {
    const [article] = buildDataset(
      [
        {
          source: 'takeaways.txt',
          text: 'Five takeaways\n\nLeaders met for two days. Progress will be reviewed in 2029.',
        },
      ],
      { today: '2026-01-01' },
    ).articles;
    expect(article?.referenceDate.startsWith('2029')).toBe(false);
  });

  it("should date a wire story by its yearless dateline and its lead's weekday", () => {
    // 25 June fell on a Wednesday in 2025 and 2014; the latest such year up to 2026 is 2025,
    // whatever older years the story names.
    const text =
      'Allies back 5% goal\n\nTHE HAGUE, June 25 (Reuters) - NATO leaders agreed on Wednesday to ' +
      "raise their spending target, the biggest rise since a pledge made in 2014. Japan's leader " +
      'did not attend, citing U.S. strikes on Iran at the weekend. Leaders met for dinner on ' +
      'Tuesday evening.';
    const { articles, events } = buildDataset([{ source: 'wire.txt', text }], {
      today: '2026-11-23',
    });
    expect(articles[0]).toMatchObject({
      published: null,
      referenceDate: '2025-06-25',
      referenceInferred: true,
    });
    expect(articles[0]?.referenceReason).toMatch(/dateline/);
    const dinner = events.find((e) => e.mentions.some((m) => m.dateText.includes('Tuesday')));
    expect(dinner?.start).toBe('2025-06-24');
    // The dateline's day is known, so what the story recounts lies before it, not after.
    const weekend = events.find((e) => e.mentions.some((m) => m.dateText.includes('weekend')));
    expect(weekend).toMatchObject({ start: '2025-06-21', end: '2025-06-22' });
  });

  it('should read slashed dates day first in an article that writes them so', () => {
    const dated = (text: string) =>
      buildDataset([{ source: 'uk.txt', text }]).events.flatMap((e) =>
        e.mentions.map((m) => [m.dateText, m.date.start]),
      );
    const body =
      'Jet programme costs rise\n\n{dateline}\n\nThe treaty was signed on 09/12/2022 in Tokyo.';
    expect(dated(body.replace('{dateline}', '14/12/2023'))).toContainEqual([
      '09/12/2022',
      '2022-12-09',
    ]);
    // Month first, as US copy writes it, when nothing says otherwise.
    expect(dated(body.replace('{dateline}', '12/14/2023'))).toContainEqual([
      '09/12/2022',
      '2022-09-12',
    ]);
  });

  it('should borrow the date of another article about the same story when nothing else dates it', () => {
    const dated = {
      source: 'dated.txt',
      text: 'Baltic ministers meet on undersea cable security\n\n12 March 2025\n\nDefence ministers from Estonia, Finland and Sweden met in Tallinn on Wednesday to discuss protecting undersea cables in the Baltic Sea.',
    };
    const undated = {
      source: 'undated.txt',
      text: 'Ministers discuss undersea cables\n\nDefence ministers from Estonia, Finland and Sweden discussed protecting undersea cables in the Baltic Sea on Wednesday, officials in Tallinn said.',
    };
    const dataset = buildDataset([dated, undated]);
    const article = dataset.articles.find((a) => a.source === 'undated.txt');
    expect(article).toMatchObject({
      published: null,
      referenceInferred: true,
      referenceDate: '2025-03-12',
    });
    expect(article?.referenceReason).toContain('dated.txt');
  });
});
