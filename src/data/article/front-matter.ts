/** YAML (---) or TOML (+++) front matter at the top of a Markdown article: title, date and the body after it. */
import { parseExplicitDate } from './dateline';

/** What front matter said, and the text after it. */
export interface FrontMatter {
  title: string | null;
  /** YYYY-MM-DD from `published:`/`date:` (or synonyms), or null. */
  published: string | null;
  /** Every top-level scalar key, lower-cased, with its unquoted value. */
  fields: Record<string, string>;
  /** The article after the front matter (the whole text when there is none). */
  body: string;
}

const DATE_KEYS = [
  'published',
  'date',
  'pubdate',
  'publishdate',
  'publish_date',
  'published_at',
  'publishedat',
  'date_published',
  'datepublished',
  'created',
] as const;
const TITLE_KEYS = ['title', 'headline'] as const;

/** Unquote a scalar: "a \"b\"" → a "b", 'It''s' → It's, plain values lose a trailing # comment. */
const unquote = (raw: string): string => {
  const v = raw.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    return v
      .slice(1, -1)
      .replace(/\\(["\\/])/g, '$1')
      .replace(/\\n/g, ' ');
  }
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'"))
    return v.slice(1, -1).replace(/''/g, "'");
  return v.replace(/\s+#.*$/, '').trim();
};

const firstField = (fields: Record<string, string>, keys: readonly string[]): string | null => {
  for (const key of keys) {
    const value = fields[key];
    if (value) return value;
  }
  return null;
};

/** Split off front matter, e.g. "---\ntitle: X\ndate: 2023-07-11\n---\nBody" → {title: "X", published: "2023-07-11", body: "Body"}. */
export const readFrontMatter = (text: string): FrontMatter => {
  const none: FrontMatter = { title: null, published: null, fields: {}, body: text };
  const open = /^\uFEFF?(---|\+\+\+)[ \t]*\n/.exec(text);
  if (!open) return none;
  const fence = open[1] ?? '---';
  // YAML may also close with "..."; the closing fence must sit on its own line.
  const closeRe = fence === '---' ? /^(?:---|\.\.\.)[ \t]*$/m : /^\+\+\+[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const close = closeRe.exec(rest);
  if (!close) return none;
  const separator = fence === '---' ? ':' : '=';

  const fields: Record<string, string> = {};
  for (const line of rest.slice(0, close.index).split('\n')) {
    // Only top-level "key: value" scalars; nested maps and lists are skipped.
    if (/^\s/.test(line) || line.startsWith('#') || line.startsWith('-')) continue;
    const at = line.indexOf(separator);
    if (at <= 0) continue;
    const key = line.slice(0, at).trim().toLowerCase();
    const value = unquote(line.slice(at + 1));
    if (/^[\w.-]+$/.test(key) && value !== '' && !(key in fields)) fields[key] = value;
  }

  // "---" lines with no "key: value" between them are horizontal rules, not front matter.
  if (Object.keys(fields).length === 0) return none;
  const dateValue = firstField(fields, DATE_KEYS);
  return {
    title: firstField(fields, TITLE_KEYS),
    published: dateValue ? parseExplicitDate(dateValue) : null,
    fields,
    body: rest.slice(close.index + close[0].length).replace(/^\n+/, ''),
  };
};
