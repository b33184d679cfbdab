/** HTML pages and scraped-HTML remnants → plain text lines, plus the page's own headline and date. */
import { decodeHTML, decodeHTMLStrict } from 'entities';
import { parseAttributes } from './html-attributes';
import { collapseSpaces, hasWords, isSpaceCode, tidyLines } from './line-shape';
import {
  DateRank,
  emptyPageMeta,
  pickPublished,
  pickTitle,
  readJsonLd,
  readMetaTag,
  type PageMeta,
} from './html-meta';

/** Plain text of an HTML page, one block per line, with what the page says about itself. */
export interface HtmlText {
  text: string;
  title: string | null;
  published: string | null;
}

const set = (names: string): ReadonlySet<string> => new Set(names.split(' '));

const VOID = set('area base br col embed hr img input link meta param source track wbr keygen');
// Raw-text elements: their content is not markup, so it is found by searching for the end tag.
const RAW_TEXT = set('script style textarea title xmp noscript noembed noframes');
const BLOCK = set(
  'address article aside blockquote br caption center dd details dialog div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre ' +
    'section summary table tbody tfoot thead tr ul',
);
const CELL = set('td th');
// Elements whose source line breaks are only formatting, even in scraped text that otherwise keeps them.
const INLINE_FLOW = set('p h1 h2 h3 h4 h5 h6 li dt dd td th blockquote figcaption caption');
// Page furniture whose text is never the article's.
const SKIPPED = set(
  'svg math iframe nav footer aside template object canvas select button video audio ' +
    'picture map figcaption dialog menu',
);
const HIDDEN_ROLES = set(
  'navigation banner contentinfo complementary search dialog alertdialog menu menubar toolbar',
);
// Tag names stripped from scraped text; anything else in angle brackets may be real text ("<Reuters>").
const REMNANT_TAGS = new Set([
  ...VOID,
  ...RAW_TEXT,
  ...BLOCK,
  ...CELL,
  ...SKIPPED,
  ...set(
    'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span ' +
      'strong sub sup time u var html head body strike tt',
  ),
]);
// Class/id words of ad slots, share bars, related-story rails and the like.
const CHROME_CLASS_WORDS = set(
  'ad ads advert adverts advertisement advertising adslot adunit sponsor sponsored share ' +
    'sharing social related recommended recirc newsletter cookie cookies consent gdpr promo ' +
    'promotion sidebar breadcrumb breadcrumbs comments subscribe subscription paywall popup ' +
    'modal outbrain taboola toolbar',
);
// Words that also mark chrome as the start of a longer class word ("relatedposts", "sharedaddy").
const CHROME_CLASS_PREFIXES =
  /^(?:related|share|sharing|social|newsletter|sidebar|cookie|sponsor|advert|recommend|subscri|breadcrumb|outbrain|taboola|paywall|popup|promo)/;
const CHROME_CLASS_TOKENS = set('sr-only visually-hidden screen-reader-text hidden hide');
const NEVER_CHROME = set('html body main article');

type Mode = 'document' | 'remnants';

interface ScanOptions {
  mode: Mode;
  /** Also drop elements whose class/id names chrome (ads, share bars, related stories). */
  chromeClasses: boolean;
  /** Start offsets of skipped elements that never closed; a retry keeps their content. */
  ignoreSkipAt: ReadonlySet<number>;
}

interface ScanResult {
  text: string;
  meta: PageMeta;
  unclosedSkipAt: number | null;
}

const hasChromeClass = (attrs: ReadonlyMap<string, string>): boolean => {
  const tokens = `${attrs.get('class') ?? ''} ${attrs.get('id') ?? ''}`.toLowerCase().split(/\s+/);
  return tokens.some((token) => {
    if (CHROME_CLASS_TOKENS.has(token)) return true;
    // "ad-free", "no-ads", "has-sidebar" describe the element, they don't make it an ad.
    if (/(?:^|[-_])(?:free|no|has|with|without)(?:[-_]|$)/.test(token)) return false;
    return token
      .split(/[-_]+/)
      .some((part) => CHROME_CLASS_WORDS.has(part) || CHROME_CLASS_PREFIXES.test(part));
  });
};

const isHiddenOrChrome = (
  name: string,
  attrs: ReadonlyMap<string, string>,
  opts: ScanOptions,
  articleDepth: number,
): boolean => {
  if (SKIPPED.has(name)) return true;
  // A site header sits outside <article>/<main>; an article's own header holds its headline and byline.
  if (name === 'header') return articleDepth === 0;
  if (attrs.size === 0 || NEVER_CHROME.has(name)) return false;
  if (attrs.has('hidden') || attrs.get('aria-hidden') === 'true') return true;
  if (HIDDEN_ROLES.has((attrs.get('role') ?? '').toLowerCase())) return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.get('style') ?? '')) return true;
  return opts.chromeClasses && hasChromeClass(attrs);
};

// Tag names are ASCII: a letter, then letters, digits, ':' or '-'. Character codes, not regexes, as this runs per character.
const isNameStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 58) || c === 45;

/** Scan HTML once, left to right; every search moves forward, so the cost stays linear in the input. */
const scan = (html: string, opts: ScanOptions): ScanResult => {
  const n = html.length;
  const out: string[] = [];
  const meta = emptyPageMeta();
  const decode = opts.mode === 'document' ? decodeHTML : decodeHTMLStrict;
  let skip: { name: string; depth: number; at: number } | null = null;
  let h1: string[] | null = null;
  let articleDepth = 0;
  // Inside <p>…</p> of scraped text a newline is source wrapping, not a paragraph break.
  let inFlow = false;
  // No '>' exists at or after this offset; remembered so stray '<'s don't rescan the tail.
  let noGtFrom = n + 1;

  const nextGt = (from: number): number => {
    if (from >= noGtFrom) return -1;
    const k = html.indexOf('>', from);
    if (k < 0) noGtFrom = from;
    return k;
  };

  // Whether an '=' (then only spaces) ends html[lo, k): a quote there opens an attribute value.
  const followsEquals = (k: number, lo: number): boolean => {
    let j = k - 1;
    while (j >= lo && isSpaceCode(html.charCodeAt(j))) j--;
    return j >= lo && html.charCodeAt(j) === 61;
  };

  // Where a character next occurs; the last answer is reused until the scan passes it, so no text is searched twice.
  const finder = (ch: string): ((from: number) => number) => {
    let found = -1;
    let searchedFrom = n + 1;
    return (from) => {
      if (from < searchedFrom || (found >= 0 && found < from)) {
        found = html.indexOf(ch, from);
        searchedFrom = from;
      }
      return found;
    };
  };
  const nextDoubleQuote = finder('"');
  const nextSingleQuote = finder("'");

  // The tag ends at the first '>' outside a quoted attribute value; a quote left open for long is malformed.
  const tagEnd = (from: number): number => {
    const gt = nextGt(from);
    if (gt < 0) return -1;
    let quote = 0;
    let k = from;
    // Jump from quote to quote rather than visiting every character of long attribute lists.
    while (k < gt) {
      const double = nextDoubleQuote(k);
      const single = nextSingleQuote(k);
      const q = double < 0 ? single : single < 0 ? double : Math.min(double, single);
      if (q < 0 || q >= gt) break;
      k = q + 1;
      if (!followsEquals(q, Math.max(from, q - 8))) continue;
      const close = q === double ? nextDoubleQuote(k) : nextSingleQuote(k);
      if (close < 0 || close >= gt) {
        quote = html.charCodeAt(q);
        break;
      }
      k = close + 1;
    }
    if (!quote) return gt;
    for (k = gt; k < n && k - gt < 256; k++) {
      const c = html.charCodeAt(k);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 62) {
        return k;
      }
    }
    return gt;
  };

  const findEndTag = (name: string, from: number): number => {
    let k = from;
    for (;;) {
      k = html.indexOf('</', k);
      if (k < 0) return n;
      const after = html.charCodeAt(k + 2 + name.length);
      if (html.slice(k + 2, k + 2 + name.length).toLowerCase() === name && !isNameChar(after)) {
        return k;
      }
      k += 2;
    }
  };

  const emitText = (raw: string): void => {
    // Skipped text outside an <h1> goes nowhere, so it needs no decoding.
    if (raw === '' || (skip && !h1)) return;
    let t = raw.includes('&') ? decode(raw) : raw;
    // In a page, source line breaks are just spaces; in scraped text they are the paragraph breaks.
    // Markup between tags is often indentation only, which collapses to a single space.
    if (opts.mode === 'document' || inFlow)
      t = t !== '' && t.trim() === '' ? ' ' : collapseSpaces(t);
    if (!skip) out.push(t);
    h1?.push(t);
  };
  const breakLine = (): void => {
    if (!skip) out.push('\n');
    h1?.push(' ');
  };
  const closeH1 = (): void => {
    if (h1) meta.h1s.push(h1.join('').replace(/\s+/g, ' ').trim());
    h1 = null;
  };

  let textStart = 0;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1];

    if (html.startsWith('<!--', lt)) {
      emitText(html.slice(textStart, lt));
      const close = html.indexOf('-->', lt + 4);
      i = textStart = close < 0 ? n : close + 3;
      continue;
    }
    if ((next === '!' || next === '?') && opts.mode === 'document') {
      emitText(html.slice(textStart, lt));
      const gt = nextGt(lt);
      i = textStart = gt < 0 ? n : gt + 1;
      continue;
    }

    const closing = next === '/';
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    if (isNameStart(html.charCodeAt(nameStart))) {
      while (isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const after = html.charCodeAt(nameEnd);
    const known = opts.mode === 'document' || REMNANT_TAGS.has(name);
    // The name must end at a space, '/', '>' or the end of the input.
    const ended = nameEnd >= n || isSpaceCode(after) || after === 47 || after === 62;
    if (name === '' || !known || !ended) {
      i = lt + 1; // a '<' that starts no tag is text
      continue;
    }
    const gt = tagEnd(nameEnd);
    if (gt < 0) {
      i = lt + 1;
      continue;
    }
    emitText(html.slice(textStart, lt));
    i = textStart = gt + 1;
    const selfClosing = html[gt - 1] === '/';

    if (closing) {
      if (name === 'h1') closeH1();
      if (skip) {
        if (name === skip.name && --skip.depth === 0) {
          skip = null;
          breakLine();
        }
        continue;
      }
      if (name === 'article' || name === 'main') articleDepth = Math.max(0, articleDepth - 1);
      if (BLOCK.has(name) || CELL.has(name)) inFlow = false;
      if (BLOCK.has(name)) breakLine();
      else if (CELL.has(name)) emitText(' ');
      continue;
    }

    const attrs =
      gt > nameEnd ? parseAttributes(html.slice(nameEnd, gt)) : new Map<string, string>();
    if (RAW_TEXT.has(name) && !selfClosing) {
      const end = findEndTag(name, gt + 1);
      const content = html.slice(gt + 1, end);
      if (name === 'title' && !skip && meta.docTitle === null) {
        meta.docTitle = decodeHTML(content).replace(/\s+/g, ' ').trim();
      } else if (name === 'script' && /ld\+json/i.test(attrs.get('type') ?? '')) {
        readJsonLd(content, meta);
      }
      const closeGt = end < n ? nextGt(end) : -1;
      i = textStart = closeGt < 0 ? n : closeGt + 1;
      continue;
    }
    if (name === 'meta') readMetaTag(attrs, meta);
    if (name === 'time') {
      const value = attrs.get('datetime');
      const marked = attrs.has('pubdate') || /datepublished/i.test(attrs.get('itemprop') ?? '');
      // A <time> in a related-stories rail or footer dates another page; one in a header may date this one.
      if (value && (marked || !skip || skip.name === 'header')) {
        const plain = articleDepth > 0 ? DateRank.articleTime : DateRank.pageTime;
        meta.dates.push({ value, rank: marked ? DateRank.markedTime : plain });
      }
    }
    if (name === 'h1' && meta.h1s.length < 5) {
      closeH1();
      h1 = [];
    }
    const container = !VOID.has(name) && !selfClosing;
    if (skip) {
      if (name === skip.name && container) skip.depth++;
      continue;
    }
    if (name === 'article' || name === 'main') articleDepth++;
    // A new block ends an unclosed <p>, as in HTML; <br> is a deliberate break, not a new block.
    if ((BLOCK.has(name) || CELL.has(name)) && name !== 'br')
      inFlow = INLINE_FLOW.has(name) && container;
    if (BLOCK.has(name)) breakLine();
    else if (CELL.has(name)) emitText(' ');
    if (
      container &&
      !opts.ignoreSkipAt.has(lt) &&
      isHiddenOrChrome(name, attrs, opts, articleDepth)
    ) {
      skip = { name, depth: 1, at: lt };
    }
  }
  emitText(html.slice(textStart));
  closeH1();
  return { text: tidyLines(out.join('')).join('\n'), meta, unclosedSkipAt: skip?.at ?? null };
};

// A page "has a body" when some line reads like a paragraph; chrome is made of short lines.
const hasBody = (text: string): boolean => text.split('\n').some((line) => hasWords(line, 15));

const scanWithRetries = (html: string, mode: Mode, chromeClasses: boolean): ScanResult => {
  const ignoreSkipAt = new Set<number>();
  let result = scan(html, { mode, chromeClasses, ignoreSkipAt });
  // An unclosed <nav> or ad <div> swallows the rest of the page; retry keeping that element's text.
  for (let attempt = 0; attempt < 3 && result.unclosedSkipAt !== null; attempt++) {
    if (hasBody(result.text)) break;
    ignoreSkipAt.add(result.unclosedSkipAt);
    result = scan(html, { mode, chromeClasses, ignoreSkipAt });
  }
  return result;
};

/** An HTML page → its text (one block per line; scripts, styles, nav, footers, ads and comments dropped), headline and publication day. */
export const htmlToText = (html: string): HtmlText => {
  let result = scanWithRetries(html, 'document', true);
  // Class names are a guess; if guessing removed every paragraph, fall back to structural tags only.
  if (!hasBody(result.text)) {
    const plain = scanWithRetries(html, 'document', false);
    if (hasBody(plain.text)) result = plain;
  }
  return {
    text: result.text,
    title: pickTitle(result.meta),
    published: pickPublished(result.meta),
  };
};

/** Scraped text with leftover tags and entities → clean text, keeping its line breaks, e.g. "<p>Hi &amp; bye</p>" → "Hi & bye". */
export const cleanHtmlRemnants = (text: string): string =>
  scanWithRetries(text, 'remnants', false).text;

// Bounded attribute run: no nested quantifiers, so a long malformed line can't trigger backtracking blow-ups.
const REMNANT_TAG =
  /<\/?(?:p|div|span|br|a|b|i|em|strong|h[1-6]|li|ul|ol|img|script|style|section|article|header|footer|nav|aside|figure|figcaption|table|tr|td|th|tbody|thead|blockquote|iframe|noscript|meta|link|font|small|sup|sub|hr|button|form|input|time|main|picture|source|video|svg)(?:\s[^<>]{0,1000})?\/?>|<!--/i;
const ENTITY_AT = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/iy;

// Tried only where a search for "&" lands, rather than by a regex scan of the whole text.
const hasEntity = (text: string): boolean => {
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    ENTITY_AT.lastIndex = at;
    if (ENTITY_AT.test(text)) return true;
  }
  return false;
};

/** Whether plain text carries leftovers of HTML (tags like <p> or </div>, comments, entities like &amp;). */
export const hasHtmlRemnants = (text: string): boolean =>
  // A substring search for the opening character is much faster than either regex on clean text.
  (text.includes('<') && REMNANT_TAG.test(text)) || hasEntity(text);

/** Whether text is a whole HTML document (doctype, <html>, <head> or <body>) rather than text with stray tags. */
export const looksLikeHtmlDocument = (text: string): boolean =>
  // Every marker starts with "<"; a substring search rules out plain text before any regex scan.
  text.includes('<') &&
  (/^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]{0,200}>\s*<!doctype\s+html|<head[\s>])/i.test(
    text,
  ) ||
    /<body[\s>]/i.test(text.slice(0, 20000)));
