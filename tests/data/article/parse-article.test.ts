import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/data/article/parse-article';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string): string => readFileSync(`${root}${path}`, 'utf8');
const parseFile = (path: string) => parseArticle(path.split('/').pop() ?? path, read(path));

interface Gold {
  articles: Record<string, { title: string; published: string | null }>;
}
const gold = JSON.parse(read('tests/fixtures/seeds.gold.json')) as Gold;

const expectConsistentSentences = (article: ReturnType<typeof parseArticle>): void => {
  expect(article.sentences.length).toBeGreaterThan(0);
  for (const s of article.sentences) {
    expect(article.text.slice(s.span[0], s.span[1])).toBe(s.text);
  }
};

describe('parseArticle on the seed articles', () => {
  it.each(Object.keys(gold.articles))('should match the gold title and date of %s', (name) => {
    const article = parseFile(`seeds/${name}`);
    const expected = gold.articles[name];
    expect(article.source).toBe(name);
    expect(article.title).toBe(expected?.title);
    expect(article.published).toBe(expected?.published);
    expect(article.text.split('\n')[0]).toBe(expected?.title);
    expectConsistentSentences(article);
  });

  it('should remove the site chrome of the first seed and keep its subheadings', () => {
    const article = parseFile('seeds/000_cb2e87bc628ada95.txt');
    for (const chrome of [
      'Share Us',
      '4 min read',
      'News Synopsis',
      'News In Brief Events & MICE',
      '06 Jul 2024',
    ]) {
      expect(article.text).not.toContain(chrome);
    }
    // The headline appears twice in the page; the text carries it once.
    expect(article.text.split(article.title).length - 1).toBe(1);
    expect(article.text).toContain('\n\nSupport for Ukraine\n\n');
    expect(article.text).toMatch(/\n\nThe upcoming NATO summit in Washington/);
  });

  it('should keep the second seed whole, with its first line as title', () => {
    const raw = read('seeds/001_41b2f1d924316376.txt');
    const article = parseFile('seeds/001_41b2f1d924316376.txt');
    expect(article.text.replace(/\s+/g, ' ')).toBe(raw.trim().replace(/\s+/g, ' '));
  });
});

describe('parseArticle on other formats', () => {
  it('should parse a Reuters-style text with byline, update stamp and agency dateline', () => {
    const article = parseFile('tests/fixtures/articles/reuters-style.txt');
    expect(article.title).toBe(
      'NATO allies pledge five air defence systems for Ukraine at Washington summit',
    );
    expect(article.published).toBe('2024-07-10');
    expect(article.text).not.toMatch(
      /^World$|^Europe$|By Jane Doe|Updated 2 hours|Advertisement|Reporting by|\(Reuters\)/m,
    );
    expect(article.text.split('\n\n')[1]).toMatch(/^NATO leaders on Wednesday pledged/);
    expectConsistentSentences(article);
  });

  it('should parse Markdown with front matter, headings, lists and links', () => {
    const article = parseFile('tests/fixtures/articles/summit-briefing.md');
    expect(article.title).toBe('Allies Agree Defence Industry Pledge Ahead of Vilnius Summit');
    expect(article.published).toBe('2023-07-07');
    expect(article.text).toBe(
      [
        'Allies Agree Defence Industry Pledge Ahead of Vilnius Summit',
        "NATO defence ministers agreed on Friday to boost ammunition production, according to a senior official, ahead of the leaders' summit in Vilnius next week.",
        'What was agreed',
        'A joint procurement plan for 155mm shells.',
        'New stockpile targets, e.g. for air defence interceptors.',
        '"We are moving from pledges to production," the official said.',
      ].join('\n\n'),
    );
    expectConsistentSentences(article);
  });

  it('should parse a scraped HTML page with nav, scripts, ads and related links', () => {
    const article = parseFile('tests/fixtures/articles/scraped-page.html');
    expect(article.title).toBe('Leaders Gather in Washington for NATO’s 75th Anniversary Summit');
    expect(article.published).toBe('2024-07-09');
    for (const chrome of [
      'Skip to content',
      'Home',
      'Advertisement',
      'Facebook',
      'Getty',
      'Related',
      'Five things',
      'enable JavaScript',
      'rights reserved',
      'dataLayer',
      'Draft paragraph',
      'By Alex Rivera',
      'font-family',
    ]) {
      expect(article.text).not.toContain(chrome);
    }
    expect(article.text).toContain('eastern flank & new investments');
    expect(article.text).toContain('“This is a moment of great consequence,”');
    expectConsistentSentences(article);
  });

  it('should take the date stamp under a story whose dateline has no year', () => {
    const article = parseArticle(
      'wire.txt',
      [
        'Missiles fired hours before the election',
        '',
        'SEOUL, Nov. 5 (Wire) -- North Korea fired missiles early Tuesday, the military said.',
        '',
        'Keywords',
        '#North Korea #missile launch',
        '2024/11/05 11:52 KST',
      ].join('\n'),
    );
    expect(article.published).toBe('2024-11-05');
    expect(article.text).not.toContain('11:52');
    // A date in the last paragraph of prose is no stamp.
    expect(
      parseArticle(
        'story.txt',
        'Talks end\n\nMinisters met on Friday.\n\nThey meet again on 4 June 2024.',
      ).published,
    ).toBeNull();
  });

  it('should clean HTML remnants from a .txt file', () => {
    const article = parseFile('tests/fixtures/articles/scraped-remnants.txt');
    expect(article.title).toBe('Japan and NATO Deepen Cyber Cooperation');
    expect(article.published).toBe('2024-06-03');
    expect(article.text).not.toMatch(/<|&amp;|&mdash;|Share this article|not text/);
    expect(article.text).toContain('TOKYO — Japan and NATO agreed');
  });

  it('should rejoin hard-wrapped paragraphs', () => {
    const article = parseFile('tests/fixtures/articles/hard-wrapped.txt');
    expect(article.title).toBe('Baltic States Seek Permanent Air Defence Rotation');
    expect(article.published).toBe('2024-07-09');
    expect(article.text.split('\n\n')).toHaveLength(4);
    expect(article.sentences.map((s) => s.text)[1]).toMatch(/^Estonia, Latvia.*Washington\.$/);
  });
});

describe('parseArticle title finding', () => {
  it('should take the headline right before the dateline, skipping a byline between them', () => {
    const article = parseArticle(
      'x.txt',
      'Politics\n\nAllies Agree on New Spending Goal\nBy Jane Doe\nPublished: 20 June 2025\n\nThe allies agreed to raise their spending goal after two days of talks in The Hague.',
    );
    expect(article.title).toBe('Allies Agree on New Spending Goal');
    expect(article.published).toBe('2025-06-20');
    expect(article.text).not.toContain('Politics');
  });

  it('should skip a masthead printed twice and pick the first substantial headline', () => {
    const article = parseArticle(
      'x.txt',
      'Daily Wire Desk\nDaily Wire Desk\nPoland Orders More Tanks From South Korea\n\nPoland signed a deal on Friday for more tanks, the defence ministry said in a statement.',
    );
    expect(article.title).toBe('Poland Orders More Tanks From South Korea');
    expect(article.text).not.toContain('Daily Wire Desk');
  });

  it('should fall back to the opening sentence when no line looks like a headline', () => {
    const article = parseArticle(
      'x.txt',
      'NATO leaders met in Washington on Tuesday to discuss support for Ukraine. They agreed on air defence.',
    );
    expect(article.title).toBe(
      'NATO leaders met in Washington on Tuesday to discuss support for Ukraine.',
    );
    expect(article.text.startsWith(article.title)).toBe(true);
    expect(article.published).toBeNull();
  });

  it('should not take a sentence-case standfirst before the date for the headline', () => {
    const article = parseArticle(
      'x.txt',
      [
        'Nato',
        'This article is more than 1 year old',
        "Nato leaders agree Ukraine's path to membership is 'irreversible'",
        'Summit communique says alliance will continue to support Kyiv on its path to membership',
        'Jane Doe in Washington',
        'Wed 10 Jul 2024 20.01 BST',
        'Share',
        'Nato leaders have declared that Ukraine is on an "irreversible" path to membership of the alliance.',
      ].join('\n'),
    );
    expect(article.title).toBe("Nato leaders agree Ukraine's path to membership is 'irreversible'");
    expect(article.published).toBe('2024-07-10');
    expect(article.text).not.toMatch(/more than 1 year old|Jane Doe|^Nato$|^Share$/m);
    expect(article.text).toContain('Summit communique says');
  });

  it('should take a title-case headline before the date over a site name above it', () => {
    const article = parseArticle(
      'x.txt',
      'The Korea Herald International Edition\nSouth Korea And Japan To Join NATO Summit As Partners\nPublished : July 8, 2024 - 10:15\nPresident Yoon Suk Yeol will attend the NATO summit in Washington this week, his office said on Monday.',
    );
    expect(article.title).toBe('South Korea And Japan To Join NATO Summit As Partners');
    expect(article.published).toBe('2024-07-08');
    expect(article.text).not.toContain('Korea Herald');
  });

  it('should drop a lone section label when falling back to the opening sentence', () => {
    const article = parseArticle(
      'x.txt',
      'World\nLeaders met in Washington on Tuesday. They agreed.',
    );
    expect(article.title).toBe('Leaders met in Washington on Tuesday.');
    expect(article.text).toBe('Leaders met in Washington on Tuesday. They agreed.');
  });

  it('should not mistake horizontal rules in a .txt for front matter', () => {
    const article = parseArticle(
      'x.txt',
      '---\nAllies Meet in Brussels\n---\nThe allies met on Tuesday.',
    );
    expect(article.title).toBe('Allies Meet in Brussels');
  });

  it('should use a Markdown heading as the title when there is no front matter', () => {
    const article = parseArticle('x.md', '# Allies Meet\n\nSome *body* text\nwrapped here.\n');
    expect(article.title).toBe('Allies Meet');
    expect(article.text).toBe('Allies Meet\n\nSome body text wrapped here.');
  });

  it('should treat a .txt holding a whole HTML document as HTML', () => {
    const article = parseArticle(
      'x.txt',
      '<!DOCTYPE html><html><head><title>Allies Meet | Site</title></head><body><p>Body text.</p></body></html>',
    );
    expect(article.title).toBe('Allies Meet');
    expect(article.text).toBe('Allies Meet\n\nBody text.');
  });

  it('should read a markup-free .html file as plain text', () => {
    const article = parseArticle('x.html', 'Allies Meet Again\n\nBody one.\nBody two.');
    expect(article.text).toBe('Allies Meet Again\n\nBody one.\n\nBody two.');
  });

  it('should handle CRLF input and a BOM', () => {
    const article = parseArticle(
      'x.txt',
      '\uFEFFAllies Meet Again\r\n\r\nBody one.\r\nBody two.\r\n',
    );
    expect(article.title).toBe('Allies Meet Again');
    expect(article.text).toBe('Allies Meet Again\n\nBody one.\n\nBody two.');
  });
});
