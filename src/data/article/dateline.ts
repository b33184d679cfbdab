/** Publication dates: explicit calendar days in date strings and in an article's dateline. */
import * as chrono from 'chrono-node';
import { isParagraphLine } from './line-shape';
import { mayHoldChronoDate, readPlainDate } from './date-shortcuts';
import { rememberRecent } from './recent';

/** A dateline found among an article's first lines. */
export interface Dateline {
  /** The publication day, YYYY-MM-DD. */
  published: string;
  /** Index into the lines that were searched. */
  lineIndex: number;
  /** True when the whole line is the dateline; false when it only opens a body paragraph. */
  wholeLine: boolean;
  /** Where the body text starts in that line (0 … line length); the line length when wholeLine. */
  bodyStart: number;
}

// A fixed reference keeps parsing deterministic; every date we accept has an explicit year anyway.
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const isoDay = (year: number, month: number, day: number): string | null => {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  // Day-of-month bound computed in UTC so the local zone never shifts it.
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
};

interface DateMatch {
  day: string;
  index: number;
  length: number;
}

// A dateline must name its year: "July 8 (Reuters)" or "2 hours ago" can't date an article alone.
const HAS_YEAR = /(?:^|\D)(?:19|20)\d\d(?!\d)/;
// Looser than HAS_YEAR: holds for any text containing a substring that HAS_YEAR accepts.
const ANY_YEAR = /(?:19|20)\d\d/;
const US_SLASHED = /^\d{1,2}\/\d{1,2}\/\d{4}/;
const ISO_SHAPE = /^(\d{4})-(\d{1,2})-(\d{1,2})\b/;

/** The first chrono result in text that pins down a calendar day with a written year. */
const firstExplicitDay = (text: string): DateMatch | null => {
  // Every accepted result contains a written year, so text without one can skip chrono (the costly part).
  if (!ANY_YEAR.test(text)) return null;
  // So can the commonest datelines, whose reading by chrono is known.
  const plain = readPlainDate(text);
  if (plain) return plain;
  // Day-first (en-GB) reads "06 Jul 2024" and "06.07.2024" as most of the world writes them…
  for (const result of chrono.en.GB.parse(text, REFERENCE)) {
    let chosen = result;
    // …but slashed numeric dates in English news are overwhelmingly US month-first.
    if (US_SLASHED.test(result.text)) {
      const us = chrono.parse(result.text, REFERENCE)[0];
      if (us) chosen = us;
    }
    const start = chosen.start;
    if (!HAS_YEAR.test(result.text)) continue;
    if (!start.isCertain('month') || !start.isCertain('day')) continue;
    // "2024-13-01" is no date: chrono would swap day and month rather than reject it.
    const iso = ISO_SHAPE.exec(result.text);
    if (iso && (Number(iso[2]) !== start.get('month') || Number(iso[3]) !== start.get('day'))) {
      continue;
    }
    const day = isoDay(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
    if (day) return { day, index: result.index, length: result.text.length };
  }
  return null;
};

const ISO_PREFIX = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

/** A date string with an explicit year → YYYY-MM-DD, e.g. "2023-07-11T10:00:00Z" or "11 July 2023" → "2023-07-11"; else null. */
export const parseExplicitDate = (text: string): string | null => {
  // Machine timestamps are taken as written: the publisher's own calendar day, no zone shifting.
  const iso = ISO_PREFIX.exec(text);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (text.length > 200) return null;
  return firstExplicitDay(text)?.day ?? null;
};

// "Published:", "Issued on:", an RSS "pubDate:", Hansard's "Volume 760: debated on".
const LABEL =
  /^(?:vol(?:ume)?\.?\s*\d+\s*[:,]\s*)?(?:(?:first|originally)\s+)?(?:published|posted|updated|last\s+updated|last\s+modified|modified|date|dated|released|issued|created|filed|pubdate|debated|delivered|broadcast|aired)(?:\s+(?:on|at))?\s*[:\-–—]?\s*/i;
const UPDATE_LABEL = /^(?:last\s+)?(?:updated|modified)/i;

// What may surround the date on a dateline: times, zones, weekdays, relative "updated" notes.
const RESIDUE_NOISE: readonly RegExp[] = [
  /\b(?:first\s+|originally\s+)?(?:published|posted|updated|last\s+updated|last\s+modified|modified|released|issued|filed|date|dated|on|at)\b/gi,
  /\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?/gi,
  /\b\d{1,2}\s*[ap]\.?m\.?/gi,
  /\b(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|IST|JST|KST|HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT|MSK|ET|PT|CT|MT|Z)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?/g,
  /[+-]\d{2}:?\d{2}\b/g,
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b\.?/gi,
  /\b(?:\d+|an?|one|two|few)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago\b/gi,
  /\b(?:just\s+now|yesterday|today)\b/gi,
  // "at 10:41 am (Paris)": the place a time is given in.
  /\(\p{Lu}[\p{L} ]{1,30}\)/gu,
];

/** Words left on a date line once the date and its usual companions are removed. */
const residueWords = (text: string): string[] => {
  let rest = text;
  for (const noise of RESIDUE_NOISE) rest = rest.replace(noise, ' ');
  return rest.split(/[\s,;()[\]/|·•–—-]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
};

// A place written in capitals ("WASHINGTON", "NEW YORK") may sit in front of the date.
const isCapsWord = (w: string): boolean => /^[\p{Lu}.'’&]+$/u.test(w) && /\p{L}{2}/u.test(w);

interface DateSegment {
  day: string;
  updated: boolean;
}

const readDateSegment = (segment: string): DateSegment | null => {
  const label = LABEL.exec(segment);
  const updated = label ? UPDATE_LABEL.test(label[0]) : false;
  const body = label ? segment.slice(label[0].length) : segment;
  const found = firstExplicitDay(body);
  if (!found) return null;
  const rest = body.slice(0, found.index) + ' ' + body.slice(found.index + found.length);
  const words = residueWords(rest);
  if (words.length > 3 || !words.every(isCapsWord)) return null;
  return { day: found.day, updated };
};

// Segments that may share a dateline with the date: bylines, a desk ("World Desk / SITE.COM /
// Updated: …"), release and issue numbers, reading time, "Updated 2 hours ago", a media label and
// its length ("Transcript · … · 41 min"), what kind of text it is ("Media release – 3 June 2024",
// "The week in review | Friday 22 November").
const COMPANION =
  /^(?:by\s+\S.*|(?:media|press|news)\s+(?:release|statement|advisory)|(?:the\s+)?(?:week|weekend|day|month|year)\s+in\s+review|(?:weekly|daily|morning|evening)\s+(?:brief(?:ing)?|digest|round-?up|newsletter|update)|.*\b(?:desk|staff|bureau|correspondents?|newsroom|reporters?)\b.*|(?:press\s+)?(?:release|ref(?:erence)?|bulletin|statement)\s+(?:no\.?|number|#)\s*[\w/-]+|(?:issue|edition|vol(?:ume)?\.?|episode)\s+(?:no\.?\s*|#)?\d+|transcript|video|audio|podcast|\d+\s*(?:min(?:ute)?s?|hrs?|hours?)|\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read|(?:reading|read)\s+time:?.*|(?:last\s+)?(?:updated|modified)\b.*|\d+\s+(?:hours?|minutes?|mins?|days?)\s+ago)$/iu;
// Case matters here, so these are apart from COMPANION's case-blind words: a place or agency in
// capitals ("WASHINGTON", "KYODO NEWS"), a few section names ("World, All").
const CAPITALS_COMPANION = /^[\p{Lu}\s.'’&]+$/u;
const SECTIONS_COMPANION = /^(?:\p{Lu}[\p{L}&]*(?:,\s*|\s+|$)){1,3}$/u;
const isCompanion = (segment: string): boolean =>
  COMPANION.test(segment) || CAPITALS_COMPANION.test(segment) || SECTIONS_COMPANION.test(segment);

/** The dateline reading of a line short enough to be one and holding a year; costly, as it may run chrono. */
const readDatedLine = (rawLine: string): DateSegment | null => {
  // "By Jane Doe on January 03, 2024 at 11:47 AM": the byline and the date are two segments.
  const line = /^by\s/i.test(rawLine)
    ? rawLine.replace(/\s+on\s+(?=(?:[A-Za-z]+\.?\s+)?\d)/, ' | ')
    : rawLine;
  let date: DateSegment | null = null;
  // "Posted Mon 5 Aug 2024 at 7:48pm, updated Mon 5 Aug 2024 at 10:02pm": a comma before an
  // update note separates two segments as a bar does.
  for (const raw of line.split(
    /[|·•]|\s[-–—/]\s|(?:,\s*|\s+)(?=(?:last\s+)?(?:updated|modified)\b)/i,
  )) {
    const segment = raw.trim();
    if (segment === '') continue;
    const here: DateSegment | null = date ? null : readDateSegment(segment);
    if (here) date = here;
    else if (!isCompanion(segment) && residueWords(segment).length > 0) return null;
  }
  return date;
};

// The dateline, title and body passes of one parse ask about the same few header lines.
const readDatedLineOnce = rememberRecent(readDatedLine, 4);

/** Whether a line is a dateline on its own: a date with an explicit year plus only labels, times, zones, bylines and separators. */
const readDateLine = (line: string): DateSegment | null =>
  // Only a segment with a written year can supply the date, and without a date the line is not a dateline.
  line.length > 160 || !ANY_YEAR.test(line) ? null : readDatedLineOnce(line);

/** Whether a line is just a date (with optional label/time/byline), e.g. "Published: 20 June 2025". */
export const isDateOnlyLine = (line: string): boolean => readDateLine(line) !== null;

// "WASHINGTON, July 8, 2024 (Reuters) - …": place and date, an optional agency, then a dash.
const BODY_DATELINE =
  /^([^\n]{1,100}?)\s*(\([A-Za-z][A-Za-z .&-]{0,30}\)|\/[A-Za-z][A-Za-z .&-]{0,30}\/)?\s*(--|[-–—:])\s+(?=\S)/;
const FUNCTION_WORDS =
  /^(?:on|in|at|by|the|a|an|since|until|from|before|after|during|as|of|for|and|but|this|that|last|next|early|late)$/i;

/** A function word as prose writes it: "On", "the" — but "THE HAGUE" is a place in capitals. */
const isFunctionWord = (word: string): boolean =>
  FUNCTION_WORDS.test(word) && word !== word.toUpperCase();

/** A dateline opening a paragraph: where the story starts and the day, if the prefix names a year. */
export interface DatelinePrefix {
  /** Offset where the story text starts, after the dash. */
  end: number;
  /** YYYY-MM-DD, or null for "July 8 (Reuters) -" where the year is not given. */
  day: string | null;
  /** The month and day of a dateline without its year ("July 8 (Reuters) -"), else null. */
  monthDay: { month: number; day: number } | null;
}

const findDatelinePrefix = (line: string): DatelinePrefix | null => {
  const m = BODY_DATELINE.exec(line);
  if (!m) return null;
  const prefix = m[1] ?? '';
  // "On July 9, 2024 - a Tuesday - …" is a sentence; datelines open with the place or the date.
  if (isFunctionWord(/^\S+/.exec(prefix)?.[0] ?? '')) return null;
  // A colon only separates a dateline when an agency is named ("…(IANS):"), else "July 9, 2024: NATO…" is a timeline entry.
  if (m[3] === ':' && !m[2]) return null;
  const explicit = firstExplicitDay(prefix);
  let found: { index: number; length: number } | null = explicit;
  let monthDay: DatelinePrefix['monthDay'] = null;
  if (!found) {
    if (!mayHoldChronoDate(prefix)) return null;
    const any = chrono.parse(prefix, REFERENCE)[0];
    if (!any || !any.start.isCertain('month') || !any.start.isCertain('day')) return null;
    found = { index: any.index, length: any.text.length };
    monthDay = { month: any.start.get('month') ?? 1, day: any.start.get('day') ?? 1 };
  }
  const rest = prefix.slice(0, found.index) + ' ' + prefix.slice(found.index + found.length);
  const words = residueWords(rest);
  const placeLike = words.every((w) => /^\p{Lu}/u.test(w) && !isFunctionWord(w));
  if (words.length > 5 || !placeLike) return null;
  return { end: m[0].length, day: explicit?.day ?? null, monthDay };
};

/**
 * The date-bearing dateline that opens a paragraph, e.g. "WASHINGTON, July 8 (Reuters) - NATO …" → {end: 33, day: null};
 * null if there is none. Remembered because the dateline search and the body's opening both ask about the first paragraph.
 */
export const readDatelinePrefix = rememberRecent(findDatelinePrefix, 2);

/** Find the publication date among an article's first lines (≤ maxLines, before the 2nd paragraph), e.g. "06 Jul 2024" or "WASHINGTON, July 8, 2024 (Reuters) - …"; null if none has an explicit year. */
export const findDateline = (lines: readonly string[], maxLines = 15): Dateline | null => {
  let fallback: Dateline | null = null;
  let paragraphs = 0;
  for (let i = 0; i < Math.min(lines.length, maxLines); i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const standalone = readDateLine(line);
    if (standalone) {
      const found = { published: standalone.day, lineIndex: i, wholeLine: true, bodyStart: 0 };
      // "Updated" dates lose to a published date found later in the header.
      if (!standalone.updated) return { ...found, bodyStart: line.length };
      fallback ??= { ...found, bodyStart: line.length };
      continue;
    }
    // Datelines sit in the header or open the story; a date line after the first paragraphs is body content.
    const paragraph = isParagraphLine(line);
    // "THE HAGUE, 28 September 2025 (AP) - Leaders met." opens the story however short it is.
    if (paragraphs === 0) {
      const body = readDatelinePrefix(line);
      if (body?.day) {
        return { published: body.day, lineIndex: i, wholeLine: false, bodyStart: body.end };
      }
    }
    if (paragraph) {
      paragraphs++;
      if (paragraphs >= 2) break;
    }
  }
  return fallback;
};

/** How many non-empty lines at the end of an article may hold its date stamp. */
const TRAILING_LINES = 4;

/**
 * A date stamp among the last lines, e.g. "2024/11/05 11:52 KST" under a wire story whose
 * dateline ("SEOUL, Nov. 5 (Yonhap) --") has no year: some sites print the date only there.
 */
export const findTrailingDateline = (
  lines: readonly string[],
): { published: string; lineIndex: number } | null => {
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < TRAILING_LINES; i--) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    seen++;
    const stamp = readDateLine(line);
    if (stamp) return { published: stamp.day, lineIndex: i };
  }
  return null;
};
