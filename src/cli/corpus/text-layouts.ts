/**
 * Plain-text and Markdown layouts of a story, one per house style the extractor meets in the
 * wild: news-in-brief pages, agency copy, a Guardian-style header, an ISO dateline, a
 * "Published:" label, US copy, an Asia-desk "Posted on" line, front matter, and undated text.
 */
import { bodyBlocks, readingTime, type ArticleCopy } from './article-copy';
import { datelineForms } from './calendar';
import type { Random } from './random';
import { list, titleCase } from './words';

const SECTIONS = ['World', 'Defence & Security', 'Asia-Pacific', 'Europe', 'Diplomacy', 'Politics'];
const AGENCIES = ['Reuters', 'AFP', 'AP', 'Yonhap', 'Kyodo', 'IANS'];
const DESKS = ['Asia Desk', 'Europe Desk', 'Security Desk', 'Diplomatic Correspondent'];

const join = (blocks: readonly string[]): string => `${blocks.join('\n\n')}\n`;

const dates = (copy: ArticleCopy) => datelineForms(copy.story.published, copy.minutesOfDay);

/** "News In Brief World", "Share Us", "06 Jul 2024", "4 min read", "News Synopsis". */
const newsInBrief = (random: Random, copy: ArticleCopy): string => {
  const section = `News In Brief ${random.pick(SECTIONS)}`;
  return join([
    `${section}\n${section}`,
    copy.title,
    'Share Us',
    `${copy.title}\n${dates(copy).compact}\n${readingTime(copy)}`,
    'News Synopsis',
    copy.standfirst,
    copy.lead,
    ...bodyBlocks(copy, true),
  ]);
};

/** "WASHINGTON, July 8, 2024 (Reuters) - …" */
const agency = (random: Random, copy: ArticleCopy): string => {
  const date = copy.story.style === 'us' ? dates(copy).american : dates(copy).british;
  return join([
    copy.title,
    `By ${list(copy.byline)}`,
    `${copy.story.host.toUpperCase()}, ${date} (${random.pick(AGENCIES)}) - ${copy.lead}`,
    ...bodyBlocks(copy, false),
  ]);
};

/** Section, headline, standfirst, byline, "Mon 10 Jul 2023 14:02 BST", "Share". */
const guardian = (_random: Random, copy: ArticleCopy): string => {
  const month = Number(copy.story.published.slice(5, 7));
  const zone = month >= 4 && month <= 10 ? 'BST' : 'GMT';
  return join([
    'World news\nWorld news',
    copy.title,
    copy.standfirst,
    `${list(copy.byline)} in ${copy.story.host}`,
    `${dates(copy).guardian} ${zone}`,
    'Share',
    copy.lead,
    ...bodyBlocks(copy, false),
  ]);
};

/** "2022-06-30" on its own line, then the headline. */
const isoDateline = (_random: Random, copy: ArticleCopy): string =>
  join([
    dates(copy).iso,
    copy.title,
    `By our correspondent in ${copy.story.host}`,
    copy.lead,
    ...bodyBlocks(copy, false),
  ]);

/** "Published: 20 June 2025" and "THE HAGUE - …" */
const publishedLabel = (random: Random, copy: ArticleCopy): string =>
  join([
    copy.title,
    `Published: ${dates(copy).british}\n${random.pick(SECTIONS)} | ${readingTime(copy)}`,
    `${copy.story.host.toUpperCase()} - ${copy.lead}`,
    ...bodyBlocks(copy, false),
  ]);

/** Title Case headline, "By …", "July 7, 2023", "VILNIUS, Lithuania - …" */
const american = (_random: Random, copy: ArticleCopy): string =>
  join([
    titleCase(copy.title),
    `By ${copy.byline[0]}\n${dates(copy).american}`,
    `${copy.story.host.toUpperCase()}, ${copy.story.hostCountry.name.replace(/^the /, '')} - ${copy.lead}`,
    ...bodyBlocks(copy, false),
  ]);

/** "Posted on 12 Sep 2024 | Asia Desk" */
const postedOn = (random: Random, copy: ArticleCopy): string =>
  join([
    copy.title,
    `Posted on ${dates(copy).posted} | ${random.pick(DESKS)}`,
    copy.lead,
    ...bodyBlocks(copy, false),
  ]);

// Single quotes never need escaping inside double quotes in YAML; double quotes do.
const yamlString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** YAML front matter (title, published, author, tags) and Markdown headings. */
export const markdown = (random: Random, copy: ArticleCopy): string =>
  join([
    [
      '---',
      `title: ${yamlString(copy.title)}`,
      `published: ${copy.story.published}`,
      `author: ${copy.byline[0]}`,
      `section: ${random.pick(SECTIONS)}`,
      `tags: [${copy.story.topics.join(', ')}]`,
      `reading_time: ${readingTime(copy).replace(' read', '')}`,
      '---',
    ].join('\n'),
    `# ${copy.title}`,
    `*${copy.standfirst}*`,
    copy.lead,
    ...copy.paragraphs.flatMap((p) => (p.heading ? [`## ${p.heading}`, p.text] : [p.text])),
  ]);

/** No dateline at all: the extractor must infer the date from the text. */
export const undated = (_random: Random, copy: ArticleCopy): string =>
  join([copy.title, copy.lead, ...bodyBlocks(copy, false)]);

export const TEXT_LAYOUTS = {
  newsInBrief,
  agency,
  guardian,
  isoDateline,
  publishedLabel,
  american,
  postedOn,
} as const;
