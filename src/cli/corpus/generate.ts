/**
 * One generated article from (seed, index): a story drawn from seeded choices, written as copy and
 * printed in one of the outlets' layouts. Pure: the same seed and index give the same bytes.
 */
import type { ArticleCopy } from './article-copy';
import { americanise } from './fill';
import { focusPhrases, headline, standfirst } from './headline';
import { htmlPage, htmlRemnants } from './html-layouts';
import { reporterName } from './people';
import { writeBody } from './paragraphs';
import { articleSeed, Random } from './random';
import { drawStory } from './story';
import { markdown, TEXT_LAYOUTS, undated } from './text-layouts';

/** What the article says, for tests that check the extractor reads it back. */
export interface ArticleTruth {
  /** The publication day the article states, or null when it states none. */
  published: string | null;
  /** First and last day of the happening it reports. */
  start: string;
  end: string;
  topics: string[];
  /** ISO codes of the countries taking part. */
  countries: string[];
}

export interface GeneratedArticle {
  /** e.g. "000042-allies-weigh-cyber-defence-and-ai.txt" */
  fileName: string;
  text: string;
  truth: ArticleTruth;
}

type Layout = (random: Random, copy: ArticleCopy) => string;

const LAYOUTS: Readonly<Record<string, { render: Layout; ext: string; weight: number }>> = {
  newsInBrief: { render: TEXT_LAYOUTS.newsInBrief, ext: 'txt', weight: 2 },
  agency: { render: TEXT_LAYOUTS.agency, ext: 'txt', weight: 2 },
  guardian: { render: TEXT_LAYOUTS.guardian, ext: 'txt', weight: 1.5 },
  isoDateline: { render: TEXT_LAYOUTS.isoDateline, ext: 'txt', weight: 1 },
  publishedLabel: { render: TEXT_LAYOUTS.publishedLabel, ext: 'txt', weight: 1 },
  american: { render: TEXT_LAYOUTS.american, ext: 'txt', weight: 1.5 },
  postedOn: { render: TEXT_LAYOUTS.postedOn, ext: 'txt', weight: 1 },
  markdown: { render: markdown, ext: 'md', weight: 2 },
  htmlPage: { render: htmlPage, ext: 'html', weight: 1.5 },
  htmlRemnants: { render: htmlRemnants, ext: 'txt', weight: 1 },
  undated: { render: undated, ext: 'txt', weight: 1 },
};
const LAYOUT_WEIGHTS = Object.fromEntries(
  Object.entries(LAYOUTS).map(([name, layout]) => [name, layout.weight]),
);

const slug = (title: string): string =>
  title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .split('-')
    .filter(Boolean)
    .slice(0, 7)
    .join('-');

/** Article number `index` (0-based) of the corpus with `seed`. */
export const generateArticle = (seed: number, index: number): GeneratedArticle => {
  const random = new Random(articleSeed(seed, index));
  const story = drawStory(random);
  const layoutName = random.weighted(LAYOUT_WEIGHTS);
  const layout = LAYOUTS[layoutName]!;
  const focus = focusPhrases(random, story);
  // Skewed towards short pieces, as news is: 1.5 KB to 6 KB of body text.
  const targetBytes = 1400 + Math.round(4200 * random.float() ** 1.6);
  const body = writeBody(random, story, focus, targetBytes, layoutName === 'undated');
  const copy: ArticleCopy = {
    story,
    title: headline(random, story, focus),
    standfirst: standfirst(random, story, focus),
    lead: body.lead,
    paragraphs: body.paragraphs,
    byline: random.chance(0.3)
      ? [reporterName(random), reporterName(random)]
      : [reporterName(random)],
    minutesOfDay: random.int(6 * 60, 22 * 60),
  };
  const printed = layout.render(random, copy);
  const text = story.style === 'us' ? americanise(printed) : printed;
  const number = String(index + 1).padStart(6, '0');
  const truth: ArticleTruth = {
    published: layoutName === 'undated' ? null : story.published,
    start: story.start,
    end: story.end,
    topics: story.topics,
    countries: story.participants.map((c) => c.code),
  };
  return { fileName: `${number}-${slug(copy.title)}.${layout.ext}`, text, truth };
};
