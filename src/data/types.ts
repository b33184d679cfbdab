/** Shared internal types of the data module (the public Dataset types live in schema.ts). */

/** Half-open character offsets [from, to) into an article's cleaned text. */
export type Span = readonly [from: number, to: number];

/** A sentence of the cleaned article text, with its offsets. */
export interface Sentence {
  text: string;
  span: Span;
}

/** One article after parsing: cleaned text, title and the dateline if it had one. */
export interface ParsedArticle {
  source: string;
  title: string;
  /** Publication date read from front matter or a dateline, as YYYY-MM-DD, or null. */
  published: string | null;
  /** Body text with boilerplate removed; every span in the dataset points into this. */
  text: string;
  sentences: Sentence[];
  /** Whether its slashed dates are day-first ("09/12/2022" = 9 December), as "14/12/2023" shows. */
  dayFirst?: boolean;
  /** The month and day of a dateline that gives no year ("THE HAGUE, June 25 (Reuters) -"). */
  datelineMonthDay?: { month: number; day: number };
}

/** A country found in text. */
export interface CountryMatch {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** The words that named it, as written. */
  matched: string;
  span: Span;
}

/** A person found in text, with a role when the text gives one. */
export interface PersonMatch {
  name: string;
  role: string | null;
  span: Span;
}

/** A topic phrase found in text. */
export interface TopicMatch {
  topic: string;
  matched: string;
  span: Span;
}
