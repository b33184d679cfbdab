/** Site chrome detection: lines that belong to the page around an article, not to the article. */
import { hasWords, isAsciiAlnum, isSpaceCode } from './line-shape';

// Whole-line patterns. Each is anchored so a sentence that merely mentions "share" or "cookies" survives.
// All are case-insensitive and anchored at the start, so they can run as one regex (CHROME_LINE).
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
  // Copyright and legal footers.
  /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|by\b))/i,
  /^(?:privacy\s+policy|terms\s+(?:of\s+(?:use|service)|&\s+conditions)|contact\s+us|about\s+us)(?:\s*[|·•]\s*.{0,100})?$/i,
  // Agency trailers and update stamps.
  /^(?:tags?|topics?|filed\s+under|categories|category|section|keywords)\s*:.{0,200}$/i,
  /^(?:authors?|writer|reporter)\s*:\s*.{1,100}$|^(?:posted|words)\s+by\s+.{1,100}$/i,
  /^this\s+article\s+is\s+more\s+than\s+\S+\s+(?:years?|months?|days?)\s+old$/i,
];

// One alternation anchored once: a single regex call per line instead of one per pattern.
const CHROME_LINE = new RegExp(
  `^(?:${CHROME_LINES.map((re) => `(?:${re.source})`).join('|')})`,
  'i',
);

// Section labels in capitals only: "READ MORE …", but not "Read more of the report below".
const CAPS_LABEL = /^(?:READ MORE|ALSO READ|SEE ALSO|RELATED|WATCH)\b.*$/;

// Breadcrumbs ("News | NATO", "Home > World > Europe") and lines with no words at all (separators, bullets, rules).
const BREADCRUMB_OR_RULE =
  /^(?:[\p{L}&'’ -]{1,25}(?:(?:\s*[>»›|]\s*|\s\/\s)[\p{L}&'’ -]{1,25}){1,5}|[\p{P}\p{S}\s]+)$/u;

// A breadcrumb needs a separator; a rule cannot open with a letter or digit.
const mayBeBreadcrumbOrRule = (text: string): boolean =>
  !isAsciiAlnum(text.charCodeAt(0)) ||
  text.includes('>') ||
  text.includes('|') ||
  text.includes('/') ||
  text.includes('»') ||
  text.includes('›');

// Credit and copyright lines are recognised by how they end. A regex anchored only at the end tries
// every start position, so each is guarded by a substring it needs, which rejects prose lines cheaply.
const PHOTO_AGENCY =
  /\b(?:Getty\s+Images|AP\s+Photo|AFP\s+via\s+Getty|Shutterstock|Alamy(?:\s+Stock\s+Photo)?)\s*\)?\.?$/;
const AGENCY_PHOTOGRAPHER =
  /(?:^|\s)(?:REUTERS|AFP|AP|EPA(?:-EFE)?|XINHUA|ANADOLU|GETTY)\/[\p{Lu}][\p{L}'’ .-]{1,60}(?:\/[\w ]+)?\)?\.?$/u;
const RIGHTS_RESERVED = /\ball\s+rights\s+reserved\.?$/i;

// PHOTO_AGENCY needs one of these names just before its optional final spaces, ")" and ".".
const AGENCY_ENDINGS = ['Images', 'Photo', 'Getty', 'Shutterstock', 'Alamy'];
const mayEndWithAgency = (text: string): boolean => {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 46) end--;
  if (text.charCodeAt(end - 1) === 41) end--;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return AGENCY_ENDINGS.some((name) => text.startsWith(name, end - name.length));
};

// RIGHTS_RESERVED ends in "d" or "d." (either case).
const mayEndWithReserved = (text: string): boolean => {
  const last = text.charCodeAt(text.length - 1);
  const d = last === 46 ? text.charCodeAt(text.length - 2) : last;
  return d === 100 || d === 68;
};

const endsWithCredit = (text: string): boolean =>
  (mayEndWithAgency(text) && PHOTO_AGENCY.test(text)) ||
  (text.includes('/') && AGENCY_PHOTOGRAPHER.test(text)) ||
  // "reserved." is at most the last nine characters.
  (mayEndWithReserved(text) && /reserved\.?$/i.test(text.slice(-9)) && RIGHTS_RESERVED.test(text));

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
const CREDIT_START =
  /^(?:additional\s+)?(?:reporting|writing|editing|compiled|written|reported|produced|graphics)\s+by\s/i;

/** Agency trailer: "Reporting by Jane Doe in Kyiv; Editing by John Roe" — but not "Reported by the FT, the deal …". */
const isCreditLine = (line: string): boolean => {
  // The first part must be a credit, so a line that doesn't open like one needs no splitting.
  if (line.length > 300 || !CREDIT_START.test(line)) return false;
  const parts = line.replace(/\.$/, '').split(/\s*;\s*/);
  return parts.every((part) => {
    const names = CREDIT.exec(part)?.[1];
    return names !== undefined && isByline(`By ${names}`);
  });
};

/** "World News World News": a short phrase printed twice in one line by a scraped menu or breadcrumb. */
const isDoubledPhrase = (line: string): boolean => {
  // Checking the length first spares splitting every prose line.
  if (hasWords(line, 17) || !hasWords(line, 2)) return false;
  // The first word must come back after a space (lower-casing whole words, like the line, cannot cross
  // spaces); most lines fail this before any splitting.
  const lower = line.toLowerCase();
  let start = 0;
  while (isSpaceCode(lower.charCodeAt(start))) start++;
  let end = start;
  while (end < lower.length && !isSpaceCode(lower.charCodeAt(end))) end++;
  const word = lower.slice(start, end);
  let at = lower.indexOf(word, end);
  while (at >= 0 && !isSpaceCode(lower.charCodeAt(at - 1))) at = lower.indexOf(word, at + 1);
  if (at < 0) return false;
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length % 2 !== 0) return false;
  const half = words.length / 2;
  for (let i = 0; i < half; i++) {
    if (words[i]?.toLowerCase() !== words[i + half]?.toLowerCase()) return false;
  }
  return true;
};

const UPDATE_START = /^(?:last\s+)?updated\b/i;

// "Updated 3 hours ago", "Last updated: July 9, 2024 10:00 ET" — but not "Updated guidance was issued."
const isUpdateStamp = (line: string): boolean =>
  line.length <= 100 &&
  UPDATE_START.test(line) &&
  /\d|\bago\b|\b(?:yesterday|today|just\s+now)\b/i.test(line) &&
  !/[a-z]{3,}\.$/.test(line);

// Every check above that looks at how a line opens needs one of these openings (CAPS_LABEL's without its
// case), so one regex clears most lines of all of them.
const OPENINGS = new RegExp(
  `^(?:${[...CHROME_LINES, CAPS_LABEL, /^by\s/, CREDIT_START, UPDATE_START]
    .map((re) => `(?:${re.source})`)
    .join('|')})`,
  'i',
);

/** Whether a line is site chrome rather than article text, e.g. "Share this article", "4 min read", "By Jane Doe, Reuters", "ADVERTISEMENT". */
export const isBoilerplateLine = (line: string): boolean => {
  const text = line.trim();
  if (text === '') return true;
  // Long lines are prose; every chrome pattern is short except captions and cookie notices.
  if (text.length > 400) return false;
  const opensLikeChrome =
    OPENINGS.test(text) &&
    (CHROME_LINE.test(text) ||
      CAPS_LABEL.test(text) ||
      isByline(text) ||
      isCreditLine(text) ||
      isUpdateStamp(text));
  return (
    opensLikeChrome ||
    (mayBeBreadcrumbOrRule(text) && BREADCRUMB_OR_RULE.test(text)) ||
    endsWithCredit(text) ||
    isDoubledPhrase(text)
  );
};
