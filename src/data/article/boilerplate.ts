/** Site chrome detection: lines that belong to the page around an article, not to the article. */
import { isProseLine } from './line-shape';

// Whole-line patterns. Each is anchored so a sentence that merely mentions "share" or "cookies" survives.
const CHROME_LINES: readonly RegExp[] = [
  // Sharing and social widgets.
  /^share(?:\s+(?:us|this|it|now|article|story|page|this\s+(?:article|story|page|post)))?(?:\s+(?:on|via|with)\s+[\w .]+)?\s*:?$/i,
  // One separator or space run between words keeps this free of ambiguous (slow) backtracking.
  /^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|flipboard|e-?mail|print|copy\s+link|copy|link|tweet|share|save|bookmark|comments?|gift(?:\s+(?:this\s+)?article)?|messenger|threads|bluesky)(?:\s*[|·•,/]\s*|\s+|$))+$/i,
  /^follow\s+(?:us|@\S+)\b.{0,80}$/i,
  // Reading time and audio widgets.
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*min(?:ute)?s?\.?\s+read(?:ing)?(?:\s+time)?\.?$/i,
  /^(?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*\d+\s*(?:min(?:ute)?s?|m)\.?$/i,
  /^listen(?:\s+to\s+(?:this\s+)?(?:article|story))?(?:\s*[·|:-]?\s*\d+\s*min(?:ute)?s?)?$/i,
  // Section labels and teaser headings.
  /^(?:news\s+)?(?:synopsis|summary|highlights|story\s+highlights|key\s+points|key\s+takeaways|in\s+brief|at\s+a\s+glance|tl;?dr)\s*:?$/i,
  /^(?:top\s+stories|trending(?:\s+now)?|most\s+(?:read|popular|viewed)|latest(?:\s+news)?|breaking(?:\s+news)?|editor'?s\s+picks?|popular\s+now|more\s+news)$/i,
  // Ads and paywall.
  /^(?:advertisement|advertising|ad|sponsored(?:\s+content)?|paid\s+content|partner\s+content|promoted(?:\s+content)?)$/i,
  /^(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?$/i,
  /^(?:continue\s+reading(?:\s+(?:below|the\s+main\s+story))?|scroll\s+to\s+continue(?:\s+with\s+content)?)$/i,
  // Navigation.
  /^(?:skip\s+to\s+(?:main\s+)?(?:content|navigation|search)|skip\s+navigation|jump\s+to\s+.{1,40}|back\s+to\s+top|toggle\s+navigation|main\s+menu|menu|search|home|close|open|next|previous|prev|more|load\s+more|show\s+more|read\s+more|see\s+more|view\s+more|loading\.*|sign\s+in|sign\s+up|log\s+in|login|register|my\s+account)$/i,
  /^(?:show|hide|toggle)\s+caption$|^(?:enlarge\s+this\s+image|view\s+image\s+in\s+fullscreen|close\s+dialogue|next\s+image|previous\s+image)$/i,
  // Newsletter and subscription prompts.
  /^(?:subscribe(?:\s+now)?|subscribe\s+to\s+.{1,60}|sign\s+up\s+(?:for|to)\s+.{0,60}newsletters?.{0,40}|get\s+(?:our|the)\s+.{0,40}newsletter.{0,40}|newsletters?|join\s+our\s+(?:newsletter|mailing\s+list).{0,40}|already\s+a\s+subscriber\??.{0,40})$/i,
  // Links to other stories.
  /^(?:read\s+more|also\s+read|read\s+also|see\s+also|related|related\s+(?:articles?|stories|coverage|news|content|topics|reading)|more\s+(?:from|on)\s+.{1,40}|recommended(?:\s+(?:for\s+you|stories|articles))?|you\s+may\s+also\s+like|you\s+might\s+also\s+like|more\s+on\s+this\s+story|more\s+stories|further\s+reading|must\s+read|don'?t\s+miss|watch|video|gallery)(?:\s*[:|»›>–—-]\s*.*)?$/i,
  /^(?:READ MORE|ALSO READ|SEE ALSO|RELATED|WATCH)\b.*$/,
  /^click\s+here\b.*$/i,
  /^save\s+(?:this\s+)?articles?\b.{0,80}$|^(?:add\s+to|create\s+your\s+own)\s+reading\s+list.{0,40}$/i,
  // Comments.
  /^(?:\d+\s+)?comments?$|^(?:leave|add|post|view|show)\s+(?:a\s+)?comments?$/i,
  // Cookie and consent notices.
  /^(?:we(?:\s+and\s+our\s+\w+)?\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies|by\s+(?:continuing|using)\s+.{0,80}\bcookies|cookie\s+(?:settings|policy|preferences|notice|consent))\b.{0,300}$/i,
  /^(?:(?:accept|reject|allow|manage)(?:\s+all)?(?:\s+(?:cookies|preferences|settings))?|i\s+agree|got\s+it|ok(?:ay)?)$/i,
  // Captions and credit lines.
  /^(?:image|images|photo|photos|photograph|picture|pic|video|graphic|illustration|file\s+photo|credit|credits|photo\s+credit|image\s+credit|source)\s*[:：]\s*.{1,300}$/i,
  /^\(?(?:photo|image|picture|video|file\s+photo)s?\s+(?:by|courtesy(?:\s+of)?|credit)\b.{1,200}\)?$/i,
  /\b(?:Getty\s+Images|AP\s+Photo|AFP\s+via\s+Getty|Shutterstock|Alamy(?:\s+Stock\s+Photo)?)\s*\)?\.?$/,
  /(?:^|\s)(?:REUTERS|AFP|AP|EPA(?:-EFE)?|XINHUA|ANADOLU|GETTY)\/[\p{Lu}][\p{L}'’ .-]{1,60}(?:\/[\w ]+)?\)?\.?$/u,
  // Copyright and legal footers.
  /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|by\b))/i,
  /\ball\s+rights\s+reserved\.?$/i,
  /^(?:privacy\s+policy|terms\s+(?:of\s+(?:use|service)|&\s+conditions)|contact\s+us|about\s+us)(?:\s*[|·•]\s*.{0,100})?$/i,
  // Agency trailers and update stamps.
  /^(?:tags?|topics?|filed\s+under|categories|category|section|keywords)\s*:.{0,200}$/i,
  /^(?:authors?|writer|reporter)\s*:\s*.{1,100}$|^(?:posted|words)\s+by\s+.{1,100}$/i,
  /^this\s+article\s+is\s+more\s+than\s+\S+\s+(?:years?|months?|days?)\s+old$/i,
  // Breadcrumbs: "News | NATO", "Home > World > Europe".
  /^[\p{L}&'’ -]{1,25}(?:(?:\s*[>»›|]\s*|\s\/\s)[\p{L}&'’ -]{1,25}){1,5}$/u,
  // Lines with no words at all: separators, bullets, rules.
  /^[\p{P}\p{S}\s]+$/u,
];

// Words a byline may carry besides names: "By Jane Doe, Staff Reporter in Kyiv".
const BYLINE_WORDS = new Set([
  'and',
  'with',
  'in',
  'at',
  'for',
  'of',
  'the',
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'der',
  'la',
  'le',
  'bin',
  'al',
  'staff',
  'reporter',
  'correspondent',
  'editor',
  'writer',
  'contributor',
  'agencies',
  'agency',
]);
const NOT_A_NAME =
  /^(?:the|then|this|that|these|those|now|contrast|comparison|law|default|far|mid|late|early|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|last|doing|using|all|some|most|many|several)$/i;

/** "By Jane Doe", "By Jane Doe and John Roe", "By JANE DOE, Reuters" — but not "By Thursday, leaders will …". */
const isByline = (line: string): boolean => {
  const m = /^by\s+(.{2,120})$/i.exec(line);
  if (!m) return false;
  // Whatever follows a separator ("| Updated …", "- 3 min read") is a different widget.
  const rest = (m[1] ?? '').replace(/\s*[|·•].*$|\s+[–—-]\s.*$/, '');
  // Names don't end a sentence or carry digits.
  if (/\d/.test(rest) || /[!?;]$/.test(rest) || /[a-z]{3,}\.$/.test(rest)) return false;
  const words = rest.split(/[\s,&/]+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  if (NOT_A_NAME.test(words[0] ?? '')) return false;
  let lower = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) continue;
    if (BYLINE_WORDS.has(w.toLowerCase())) continue;
    lower++;
  }
  return lower === 0 && /^\p{Lu}/u.test(words[0] ?? '');
};

// "Jane Doe in Washington", "Jane Doe and John Roe in Kyiv": a byline without "By". Title-case
// headlines ("Leaders Meet in Warsaw") look the same, so callers only trust this next to a dateline.
const PLACED_BYLINE =
  /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}(?:\s(?:and|&)\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2})?\sin\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?$/u;

/** Whether a line reads like "Jane Doe in Washington" (a byline without "By"); only meaningful beside a dateline. */
export const isPlacedByline = (line: string): boolean => PLACED_BYLINE.test(line.trim());

const CREDIT =
  /^(?:additional\s+)?(?:reporting|writing|editing|compiled|written|reported|produced|graphics)\s+by\s+(.+)$/i;

/** Agency trailer: "Reporting by Jane Doe in Kyiv; Editing by John Roe" — but not "Reported by the FT, the deal …". */
const isCreditLine = (line: string): boolean => {
  if (line.length > 300) return false;
  const parts = line.replace(/\.$/, '').split(/\s*;\s*/);
  return parts.every((part) => {
    const names = CREDIT.exec(part)?.[1];
    return names !== undefined && isByline(`By ${names}`);
  });
};

/** "World News World News": a short phrase printed twice in one line by a scraped menu or breadcrumb. */
const isDoubledPhrase = (line: string): boolean => {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 16 || words.length % 2 !== 0) return false;
  const half = words.length / 2;
  for (let i = 0; i < half; i++) {
    if (words[i]?.toLowerCase() !== words[i + half]?.toLowerCase()) return false;
  }
  return true;
};

// "Updated 3 hours ago", "Last updated: July 9, 2024 10:00 ET" — but not "Updated guidance was issued."
const isUpdateStamp = (line: string): boolean =>
  line.length <= 100 &&
  /^(?:last\s+)?updated\b/i.test(line) &&
  /\d|\bago\b|\b(?:yesterday|today|just\s+now)\b/i.test(line) &&
  !/[a-z]{3,}\.$/.test(line);

/** Whether a line is site chrome rather than article text, e.g. "Share this article", "4 min read", "By Jane Doe, Reuters", "ADVERTISEMENT". */
export const isBoilerplateLine = (line: string): boolean => {
  const text = line.trim();
  if (text === '') return true;
  // Long lines are prose; every chrome pattern is short except captions and cookie notices.
  if (text.length > 400) return false;
  if (isByline(text) || isCreditLine(text) || isDoubledPhrase(text) || isUpdateStamp(text)) {
    return true;
  }
  return CHROME_LINES.some((re) => re.test(text));
};

/** Normalised form used to compare lines: case, punctuation and spacing don't make a line different. */
export const lineKey = (line: string): string =>
  // Only short lines (titles, labels) need loose matching; long prose repeats verbatim or not at all.
  line.length > 500
    ? line
    : line
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();

/** Options for removeRepeatedLines. */
export interface RepeatOptions {
  /** Lines before this index are the header (masthead, section names, title, dateline). */
  headerEnd?: number;
  /** A line never dropped as chrome (normally the title); its copies are still deduplicated. */
  keep?: string;
}

/**
 * Drop lines a page printed more than once: short non-prose lines repeated in the header (e.g. a section name
 * printed twice) or ≥ 3 times anywhere are chrome and go entirely; other repeats keep their first copy.
 */
export const removeRepeatedLines = (
  lines: readonly string[],
  options: RepeatOptions = {},
): string[] => {
  const headerEnd = options.headerEnd ?? 0;
  const keepKey = options.keep === undefined ? null : lineKey(options.keep);
  const keys = lines.map(lineKey);
  const counts = new Map<string, number>();
  const headerCounts = new Map<string, number>();
  keys.forEach((key, i) => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (i < headerEnd) headerCounts.set(key, (headerCounts.get(key) ?? 0) + 1);
  });

  const seen = new Set<string>();
  const kept: string[] = [];
  lines.forEach((line, i) => {
    const key = keys[i] ?? '';
    // A line that ends like a sentence is prose even when short; chrome lines rarely do.
    const short = !isProseLine(line);
    const chrome =
      key !== keepKey &&
      short &&
      ((headerCounts.get(key) ?? 0) >= 2 || (counts.get(key) ?? 0) >= 3);
    if (chrome || seen.has(key)) return;
    seen.add(key);
    kept.push(line);
  });
  return kept;
};
