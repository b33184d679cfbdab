/** One article file (.txt, .md, .html) → title, publication day, cleaned text and sentences. */
import type { ParsedArticle } from '../types';
import { isBoilerplateLine, isPlacedByline } from './boilerplate';
import { lineKey, removeRepeatedLines, sameKeyAs } from './line-keys';
import { findDateline, findTrailingDateline, isDateOnlyLine, readDatelinePrefix } from './dateline';
import { readFrontMatter } from './front-matter';
import { cleanHtmlRemnants, hasHtmlRemnants, htmlToText, looksLikeHtmlDocument } from './html';
import { markdownToText } from './markdown';
import { splitSentences } from './sentences';
import { isProseLine, tidyLines } from './line-shape';
import { bodyStartIndex, findTitleIndex } from './title';
import { unwrapHardWrappedLines } from './unwrap';

interface Extracted {
  lines: string[];
  /** Title and date the format itself declared (front matter, <title>, <meta>). */
  title: string | null;
  published: string | null;
}

const extensionOf = (source: string): string => {
  const name = source.replace(/[?#].*$/, '');
  const dot = name.lastIndexOf('.');
  return dot < 0 || dot < name.lastIndexOf('/') ? '' : name.slice(dot + 1).toLowerCase();
};

const extract = (source: string, raw: string): Extracted => {
  const ext = extensionOf(source);
  const unmarked = raw.replace(/^\uFEFF/, '');
  // Decoded files already have LF line ends; a fast substring check spares the replace its scan.
  const text = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  const markdown = ext === 'md' || ext === 'markdown' || ext === 'mdx';
  const htmlExt = ext === 'html' || ext === 'htm' || ext === 'xhtml';
  // A ".html" file with no markup at all is plain text; parsing it as HTML would merge its lines.
  const isHtml = htmlExt
    ? /<[a-z!/?][^<>]{0,300}>/i.test(text)
    : !markdown && looksLikeHtmlDocument(text);
  if (isHtml) {
    const page = htmlToText(text);
    // htmlToText's lines are tidy already.
    const lines = page.text === '' ? [] : page.text.split('\n');
    return { lines, title: page.title, published: page.published };
  }
  // Front matter is unambiguous enough to honour in .txt files too.
  const front = readFrontMatter(text);
  let body = front.body;
  let title = front.title;
  if (hasHtmlRemnants(body)) body = cleanHtmlRemnants(body);
  if (markdown) {
    const md = markdownToText(body);
    body = md.text;
    title ??= md.heading;
  } else {
    body = unwrapHardWrappedLines(body);
  }
  return { lines: tidyLines(body), title, published: front.published };
};

const TITLE_SEARCH_LINES = 30;
const HEADER_LIMIT = 30;
const MAX_FALLBACK_TITLE = 150;

/** When nothing looks like a headline, the opening sentence (shortened) stands in for one. */
const fallbackTitle = (line: string): string => {
  const first = splitSentences(line)[0]?.text ?? line;
  if (first.length <= MAX_FALLBACK_TITLE) return first;
  const cut = first.slice(0, MAX_FALLBACK_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
};

// A slashed date whose first number cannot be a month ("14/12/2023"), or one whose second
// cannot be a day ("12/14/2023").
const DAY_FIRST_DATE = /\b(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])\/(?:\d{4}|\d{2})\b/;
const MONTH_FIRST_DATE = /\b(?:0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|3[01])\/(?:\d{4}|\d{2})\b/;

/** Whether an article writes its slashed dates day first, and never month first. */
const writesDayFirst = (raw: string): boolean =>
  raw.includes('/') && DAY_FIRST_DATE.test(raw) && !MONTH_FIRST_DATE.test(raw);

/** Parse one article: dispatch on extension (.md front matter, .html/.htm, .txt cleaned of HTML remnants), drop site chrome, find title and published day, split sentences. */
export const parseArticle = (source: string, raw: string): ParsedArticle => {
  const extracted = extract(source, raw);
  const lines = [...extracted.lines];
  const dateline = findDateline(lines);
  const trailing = extracted.published || dateline ? null : findTrailingDateline(lines);
  const published = extracted.published ?? dateline?.published ?? trailing?.published ?? null;
  const dropped = new Set<number>();
  if (dateline?.wholeLine) dropped.add(dateline.lineIndex);
  if (trailing) dropped.add(trailing.lineIndex);
  // "WASHINGTON, July 8, 2024 (Reuters) - NATO …": keep the story, not its dateline, whose date is the
  // publication day rather than an event.
  const opening = bodyStartIndex(lines);
  const prefix = readDatelinePrefix(lines[opening] ?? '');
  if (prefix) lines[opening] = (lines[opening] ?? '').slice(prefix.end);
  // Lines before the opening are unchanged, so only a shortened opening line can move the body's start.
  const bodyStart = prefix ? bodyStartIndex(lines, opening) : opening;

  let title = extracted.title;
  let titleIndex = -1;
  if (title) {
    const keyLength = lineKey(title).length;
    const isTitle = sameKeyAs(title);
    titleIndex = lines
      .slice(0, TITLE_SEARCH_LINES)
      .findIndex((line) => line.length <= 3 * keyLength + 20 && isTitle(line));
  } else {
    titleIndex = findTitleIndex(lines, dateline?.wholeLine ? dateline.lineIndex : null, bodyStart);
    title = titleIndex >= 0 ? (lines[titleIndex] ?? null) : null;
  }
  const headlineFound = title !== null;
  const isTitle = title === null ? null : sameKeyAs(title);
  // Header-only checks stop after a few dozen lines even when no paragraph starts the body.
  const headerEnd = Math.min(bodyStart, HEADER_LIMIT);

  const body: string[] = [];
  let bodyHeaderLines = 0;
  lines.forEach((line, i) => {
    if (dropped.has(i) || line === '' || isBoilerplateLine(line)) return;
    // Length guard first: comparing a huge line's key with a title's is waste.
    if (isTitle !== null && line.length <= 3 * (title ?? '').length + 20 && isTitle(line)) return;
    // Everything short above the headline is masthead: site name, section, breadcrumbs.
    if (i < titleIndex && !isProseLine(line)) return;
    // A second stamp ("Updated 10 Jul 2024 …") in the header is not article text.
    if (i < headerEnd && isDateOnlyLine(line)) return;
    if (dateline?.wholeLine && i === dateline.lineIndex - 1 && isPlacedByline(line)) return;
    body.push(line);
    if (i < headerEnd) bodyHeaderLines++;
  });
  const kept = removeRepeatedLines(body, {
    headerEnd: bodyHeaderLines,
    ...(title === null ? {} : { keep: title }),
  });

  let lead = kept;
  if (!headlineFound) {
    // No headline: the opening sentence stands in, and short label lines before it ("World") are masthead.
    const firstProse = Math.max(0, kept.findIndex(isProseLine));
    lead = kept.slice(firstProse);
    title = lead[0] ? fallbackTitle(lead[0]) : '';
  }
  const text = (headlineFound ? [title ?? '', ...lead] : lead).join('\n\n');
  return {
    source,
    title: title ?? '',
    published,
    text,
    sentences: splitSentences(text),
    ...(writesDayFirst(raw) ? { dayFirst: true } : {}),
    ...(prefix?.monthDay && !published ? { datelineMonthDay: prefix.monthDay } : {}),
  };
};
