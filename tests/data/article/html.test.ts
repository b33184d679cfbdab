import { describe, expect, it } from 'vitest';
import {
  cleanHtmlRemnants,
  hasHtmlRemnants,
  htmlToText,
  looksLikeHtmlDocument,
} from '../../../src/data/article/html';

const page = (body: string, head = ''): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('htmlToText', () => {
  it('should drop scripts, styles, comments and other non-text elements', () => {
    const { text } = htmlToText(
      page(
        '<script>var s = "<p>no</p>"; if (a<b) {}</script><style>p{color:red}</style>' +
          '<!-- hidden <p>comment</p> --><p>Kept one.</p><noscript>Enable JS</noscript>' +
          '<template><p>tpl</p></template><svg><title>icon</title></svg><iframe src="x">frame</iframe>' +
          '<p>Kept two.</p>',
      ),
    );
    expect(text).toBe('Kept one.\nKept two.');
  });

  it('should turn block elements into lines and collapse whitespace within lines', () => {
    const { text } = htmlToText(
      page(
        '<h2>Sub\n  heading</h2><p>One   <b>bold</b>\n word.</p><ul><li>A</li><li>B</li></ul>x<br>y',
      ),
    );
    expect(text).toBe('Sub heading\nOne bold word.\nA\nB\nx\ny');
  });

  it('should decode named and numeric entities', () => {
    const { text } = htmlToText(
      page('<p>AT&amp;T&nbsp;said &#8220;yes&#8221; &rsquo;24 &eacute;t&eacute; &#x2014; ok</p>'),
    );
    expect(text).toBe('AT&T said “yes” ’24 été — ok');
  });

  it('should drop nav, footer, aside and the site header but keep the article headline', () => {
    const html = page(
      '<header><a>Logo</a><nav>Home World</nav></header><main><article><header><h1>The Headline Here</h1></header>' +
        '<p>Body text.</p><aside>Related stuff</aside></article></main><footer>© Site</footer>',
    );
    const result = htmlToText(html);
    expect(result.title).toBe('The Headline Here');
    expect(result.text).toBe('The Headline Here\nBody text.');
  });

  it('should drop ad, share and related blocks named by class and hidden elements', () => {
    const html = page(
      '<article><p>First paragraph of the story that is long enough to count as real body text here.</p>' +
        '<div class="ad-container"><div>Sponsored</div></div><div class="social-share">Tweet</div>' +
        '<div class="related-articles"><a>Other story</a></div><p hidden>secret</p>' +
        '<span aria-hidden="true">icon</span><p style="display: none">gone</p><p>Last.</p></article>',
    );
    expect(htmlToText(html).text).toBe(
      'First paragraph of the story that is long enough to count as real body text here.\nLast.',
    );
  });

  it('should fall back to structural cleaning when class guessing removes the whole body', () => {
    const html = page(
      '<div class="sidebar-layout"><p>The whole article lives in a container whose class name looks like chrome to us.</p></div>',
    );
    expect(htmlToText(html).text).toContain('The whole article lives');
  });

  it('should read the headline from h1, og:title or the title element minus the site name', () => {
    expect(
      htmlToText(
        page(
          '<h1>Allies Meet in Washington</h1>',
          '<title>Allies Meet in Washington | The Ledger</title>',
        ),
      ).title,
    ).toBe('Allies Meet in Washington');
    expect(
      htmlToText(page('<p>x</p>', '<title>Allies Meet in Washington - World - The Ledger</title>'))
        .title,
    ).toBe('Allies Meet in Washington');
    expect(
      htmlToText(
        page(
          '<h1 class="logo">Ledger</h1>',
          '<meta property="og:title" content="Allies Meet in Washington">',
        ),
      ).title,
    ).toBe('Allies Meet in Washington');
  });

  it('should read the publication date from meta, JSON-LD or time elements', () => {
    const meta = '<meta property="article:published_time" content="2024-07-09T08:30:00-04:00">';
    expect(htmlToText(page('<p>x</p>', meta)).published).toBe('2024-07-09');
    const ld =
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-07-11"}]}</script>';
    expect(htmlToText(page('<p>x</p>', ld)).published).toBe('2023-07-11');
    expect(htmlToText(page('<time datetime="2022-06-30">June 30</time><p>x</p>')).published).toBe(
      '2022-06-30',
    );
    expect(htmlToText(page('<p>x</p>')).published).toBeNull();
    const masthead = '<header><time datetime="2024-07-12">Today</time></header>';
    const story = '<article><time datetime="2024-07-09">9 July</time><p>x</p></article>';
    expect(htmlToText(page(masthead + story)).published).toBe('2024-07-09');
    const related = '<aside><time datetime="2020-01-01">old</time></aside><p>x</p>';
    expect(htmlToText(page(related)).published).toBeNull();
  });

  it('should cope with attributes containing > and with unclosed elements', () => {
    const html = page(
      '<p title="a > b">Text one.</p><nav><p>Story text that follows an unclosed nav element and must survive somehow.</p>',
    );
    const { text } = htmlToText(html);
    expect(text).toContain('Text one.');
    expect(text).toContain('Story text that follows');
    expect(text).not.toContain('a > b');
  });

  it('should cope with huge and malformed input', () => {
    // Backtracking regexes would blow the test timeout here; speed is measured in bench:extract.
    const nasty = [
      '<a x="'.repeat(200_000),
      '<'.repeat(500_000),
      '<div class="ad">'.repeat(50_000),
      '<!--'.repeat(100_000),
      '<p title=">'.repeat(100_000),
      '&amp'.repeat(200_000),
    ];
    for (const input of nasty) {
      expect(htmlToText(input).text).not.toMatch(/<div class="ad">|<!--/);
      expect(typeof cleanHtmlRemnants(input)).toBe('string');
    }
  });
});

describe('cleanHtmlRemnants', () => {
  it('should strip stray tags and entities but keep line breaks and non-tag angle brackets', () => {
    const text =
      'Title line\n<p>First &amp; second</p>\n<div>Next<br/>line</div>\nif a < b and <Reuters> said';
    expect(cleanHtmlRemnants(text)).toBe(
      'Title line\nFirst & second\nNext\nline\nif a < b and <Reuters> said',
    );
  });

  it('should join source-wrapped lines inside a scraped paragraph', () => {
    const text =
      'Headline Here\n<p>NATO leaders met\nin Washington.</p>\n<p>Second\nparagraph.</p>\nTrailing line';
    expect(cleanHtmlRemnants(text)).toBe(
      'Headline Here\nNATO leaders met in Washington.\nSecond paragraph.\nTrailing line',
    );
  });

  it('should drop script contents and decode only well-formed entities', () => {
    expect(cleanHtmlRemnants('A <script>x = 1</script>B R&D &copy; 2024 &copy')).toBe(
      'A B R&D © 2024 &copy',
    );
  });
});

describe('hasHtmlRemnants / looksLikeHtmlDocument', () => {
  it('should detect tags and entities in text', () => {
    expect(hasHtmlRemnants('Hello <p>world</p>')).toBe(true);
    expect(hasHtmlRemnants('Fish &amp; chips')).toBe(true);
    expect(hasHtmlRemnants('AT&T beat 3 < 4 estimates')).toBe(false);
  });

  it('should tell a whole document from text', () => {
    expect(looksLikeHtmlDocument('<!DOCTYPE html>\n<html>')).toBe(true);
    expect(looksLikeHtmlDocument('Title\n<p>text</p>')).toBe(false);
  });
});
