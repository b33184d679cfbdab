/**
 * Scraped-web layouts of a story: a whole HTML page with head metadata, scripts, navigation,
 * share buttons and ads, and the half-stripped "remnants" a scraper leaves in a .txt file
 * (stray tags, entities, "Advertisement", newsletter prompts).
 */
import { bodyBlocks, readingTime, type ArticleCopy } from './article-copy';
import { datelineForms, fullDate } from './calendar';
import type { Random } from './random';

const SITES = [
  'Northern Ledger',
  'Pacific Review',
  'Atlantic Wire',
  'Defence Daily',
  'The Meridian',
];

/** Text as a CMS writes it: escaped, with typographic quotes and apostrophes as entities. */
const html = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/(^|[\s(])"/g, '$1&ldquo;')
    .replace(/"/g, '&rdquo;')
    .replace(/'/g, '&rsquo;')
    .replace(/ - /g, ' &mdash; ');

/** A full article page: the extractor must find the story among head tags, scripts and chrome. */
export const htmlPage = (random: Random, copy: ArticleCopy): string => {
  const site = random.pick(SITES);
  const dates = datelineForms(copy.story.published, copy.minutesOfDay);
  const shown = fullDate(copy.story.published, copy.story.style);
  const paragraphs = bodyBlocks(copy, false).map((text, i) =>
    i > 0 && i % 4 === 0
      ? `<div class="ad-slot">Advertisement</div>\n<p>${html(text)}</p>`
      : `<p>${html(text)}</p>`,
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${html(copy.title)} | ${site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${html(copy.title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${dates.timestamp}">
<link rel="stylesheet" href="/static/css/main.${random.int(100000, 999999).toString(16)}.css">
<style>
  body { font-family: Georgia, serif; margin: 0 auto; max-width: 720px; }
  .ad-slot { min-height: 250px; background: #f4f4f4; text-align: center; }
</style>
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({ event: "pageview", section: "world", release: "2021-05-14" });
</script>
</head>
<body>
<nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/defence">Defence</a> <a href="/subscribe">Subscribe</a></nav>
<article>
<header>
<h1>${html(copy.title)}</h1>
<p class="standfirst">${html(copy.standfirst)}</p>
<p class="byline">By ${html(copy.byline.join(' and '))} &middot; <time datetime="${dates.timestamp}">${shown}</time> &middot; ${readingTime(copy)}</p>
<div class="share">Share Us <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>
</header>
<p>${html(copy.lead)}</p>
${paragraphs.join('\n')}
</article>
<aside class="related"><h2>Related articles</h2><ul><li><a href="/a/1">More from ${site}</a></li></ul></aside>
<footer>&copy; ${site}. All rights reserved.</footer>
</body>
</html>
`;
};

/** What a careless scraper keeps: stray tags, entities and site chrome between the paragraphs. */
export const htmlRemnants = (random: Random, copy: ArticleCopy): string => {
  const dates = datelineForms(copy.story.published, copy.minutesOfDay);
  const lines = [
    '</div>',
    '<div class="breadcrumb">Home &gt; World &gt; Defence</div>',
    copy.title,
    `By ${copy.byline[0]}&nbsp;|&nbsp;${dates.american}`,
    readingTime(copy),
    '<p>',
    'Click here to subscribe to our Defence Daily newsletter',
    '</p>',
    `${copy.story.host.toUpperCase()} &mdash; ${html(copy.lead)}<br>`,
    '&nbsp;',
  ];
  for (const [i, text] of bodyBlocks(copy, false).entries()) {
    lines.push(`<p>${html(text)}</p>`);
    if (i % 3 === 1) lines.push(random.pick(['Advertisement', '</div>', 'Share Us', '&nbsp;']));
  }
  lines.push('</div>', '<div class="footer">Related: more stories from our Defence desk</div>');
  return `${lines.join('\n')}\n`;
};
