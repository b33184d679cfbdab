/** The page's own statements about its headline and publication date: <title>, <h1>, <meta>, JSON-LD, <time>. */
import { lineKey } from './line-keys';
import { parseExplicitDate } from './dateline';

/** How sure a date source is; higher wins. */
export const DateRank = {
  /** A bare <time datetime> outside <article>/<main> (a masthead may show today's date). */
  pageTime: 1,
  /** A bare <time datetime> inside <article>/<main>. */
  articleTime: 2,
  /** A generic `<meta name="date">` or a non-article JSON-LD datePublished. */
  genericMeta: 3,
  /** <time itemprop="datePublished"> or <time pubdate>. */
  markedTime: 4,
  /** JSON-LD NewsArticle/Article datePublished. */
  jsonLd: 5,
  /** <meta property="article:published_time"> and its synonyms. */
  publishedMeta: 6,
} as const;

/** What a scan of the page collected, before choosing. */
export interface PageMeta {
  docTitle: string | null;
  /** og:title, twitter:title, JSON-LD headline … in the order met. */
  metaTitles: string[];
  h1s: string[];
  dates: { value: string; rank: number }[];
}

/** A fresh, empty PageMeta. */
export const emptyPageMeta = (): PageMeta => ({
  docTitle: null,
  metaTitles: [],
  h1s: [],
  dates: [],
});

const PUBLISHED_META = new Set([
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'published_time',
  'datepublished',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'article.published',
  'article_date_original',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'cxenseparse:recs:publishtime',
]);
const GENERIC_DATE_META = new Set(['date', 'dc.date', 'dcterms.date', 'citation_date']);
const TITLE_META = new Set(['og:title', 'twitter:title', 'parsely-title', 'headline', 'dc.title']);

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Record what a <meta> tag says about the title or publication date. */
export const readMetaTag = (attrs: ReadonlyMap<string, string>, meta: PageMeta): void => {
  const key = (
    attrs.get('property') ??
    attrs.get('name') ??
    attrs.get('itemprop') ??
    ''
  ).toLowerCase();
  const content = collapse(attrs.get('content') ?? '');
  if (key === '' || content === '') return;
  if (PUBLISHED_META.has(key)) meta.dates.push({ value: content, rank: DateRank.publishedMeta });
  else if (GENERIC_DATE_META.has(key))
    meta.dates.push({ value: content, rank: DateRank.genericMeta });
  else if (TITLE_META.has(key)) meta.metaTitles.push(content);
};

const ARTICLE_TYPES = /(?:^|[^a-z])(?:\w*article|blogposting|report|newsarticle|liveblogposting)$/i;

const typesOf = (node: Record<string, unknown>): string[] => {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
};

/** Record headline and datePublished from a JSON-LD block; malformed JSON is ignored. */
export const readJsonLd = (json: string, meta: PageMeta): void => {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return;
  }
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((child) => visit(child, depth + 1));
      return;
    }
    const obj = node as Record<string, unknown>;
    const isArticle = typesOf(obj).some((t) => ARTICLE_TYPES.test(t));
    const headline = obj['headline'];
    const published = obj['datePublished'];
    if (isArticle && typeof headline === 'string' && collapse(headline) !== '') {
      meta.metaTitles.push(collapse(headline));
    }
    if (typeof published === 'string') {
      const rank = isArticle ? DateRank.jsonLd : DateRank.genericMeta;
      meta.dates.push({ value: published, rank });
    }
    visit(obj['@graph'], depth + 1);
    visit(obj['mainEntity'], depth + 1);
  };
  visit(data, 0);
};

/** The best publication day the page declares, YYYY-MM-DD, or null. */
export const pickPublished = (meta: PageMeta): string | null => {
  let best: { day: string; rank: number } | null = null;
  for (const { value, rank } of meta.dates) {
    if (best && rank <= best.rank) continue;
    const day = parseExplicitDate(value);
    if (day) best = { day, rank };
  }
  return best?.day ?? null;
};

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** "Headline | Section | Site" → "Headline": peel short trailing site/section names off a <title>. */
export const stripSiteName = (title: string): string => {
  const parts = title.split(/(\s+(?:[|–—»·]|-{1,2}|::)\s+)/);
  // parts alternates text, separator, text …
  while (parts.length >= 3) {
    const last = parts[parts.length - 1] ?? '';
    const rest = parts.slice(0, -2).join('');
    if (words(last) > 4 || words(rest) < 2) break;
    parts.splice(-2, 2);
  }
  return collapse(parts.join(''));
};

const similar = (a: string, b: string): boolean => {
  const ka = lineKey(a);
  const kb = lineKey(b);
  if (ka === '' || kb === '') return false;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return long.includes(short) && short.length >= long.length * 0.5;
};

/** The headline: an <h1> the <title>/og:title agrees with, else og:title/headline, else the <title> minus site name, else the first <h1>. */
export const pickTitle = (meta: PageMeta): string | null => {
  const declared = [...meta.metaTitles, ...(meta.docTitle ? [meta.docTitle] : [])]
    .map(stripSiteName)
    .filter((t) => t !== '');
  const h1s = meta.h1s.filter((h) => h !== '');
  const agreed = h1s.find((h) => words(h) >= 2 && declared.some((d) => similar(h, d)));
  if (agreed) return agreed;
  if (declared[0]) return declared[0];
  return h1s.find((h) => words(h) >= 3) ?? h1s[0] ?? null;
};
