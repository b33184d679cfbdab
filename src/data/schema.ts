/**
 * The Dataset's zod schema: the contract between the data module, the CLI's JSON and the app.
 * Written with zod/mini, whose functions tree-shake, so validating in the browser costs a few
 * kilobytes of the first-load bundle rather than the whole of zod.
 */
import * as z from 'zod/mini';

/** An ISO calendar day, e.g. "2023-07-11". */
export const isoDaySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));

/** How exact a resolved date is: one day, an explicit span, a calendar week/month/year, or a vague period. */
export const precisionSchema = z.enum(['day', 'range', 'week', 'month', 'year', 'approximate']);

const nonEmpty = () => z.string().check(z.minLength(1, 'must not be empty'));
const countryCode = () => z.string().check(z.length(2, 'expected a 2-letter country code'));
const offset = () => z.int().check(z.nonnegative());
/** Character offsets [from, to) into an article's cleaned text. */
const spanSchema = z.tuple([offset(), offset()]);

export const dayRangeSchema = z.object({ start: isoDaySchema, end: isoDaySchema });

export const personSchema = z.object({
  name: nonEmpty(),
  role: z.nullable(z.string()),
});

export const mentionSchema = z.object({
  articleId: nonEmpty(),
  sentence: z.string(),
  dateText: z.string(),
  date: dayRangeSchema,
  precision: precisionSchema,
  /** Offsets of the temporal expression in the article's cleaned text. */
  span: spanSchema,
  /** Offsets of the whole evidence sentence in the article's cleaned text. */
  sentenceSpan: spanSchema,
  /** Whether this resolution rests on an inferred reference date. */
  inferred: z.boolean(),
});

export const articleSchema = z.object({
  id: nonEmpty(),
  source: nonEmpty(),
  title: z.string(),
  published: z.nullable(isoDaySchema),
  referenceDate: isoDaySchema,
  referenceInferred: z.boolean(),
  referenceReason: z.string(),
  countries: z.array(countryCode()),
  topics: z.array(z.string()),
  people: z.array(personSchema),
  /** The cleaned article text that every span points into. */
  text: z.string(),
});

export const eventSchema = z.object({
  id: nonEmpty(),
  title: nonEmpty(),
  start: isoDaySchema,
  end: isoDaySchema,
  precision: precisionSchema,
  /** Whether the event's best dates rest on an inferred reference date. */
  inferred: z.boolean(),
  topics: z.array(z.string()),
  countries: z.array(countryCode()),
  people: z.array(z.string()),
  mentions: z.array(mentionSchema).check(z.minLength(1, 'an event needs at least one mention')),
});

/** A sentence of an article quoted as evidence. */
export const quoteSchema = z.object({
  articleId: nonEmpty(),
  sentence: z.string(),
  sentenceSpan: spanSchema,
});

/** A country of the corpus with what the app needs to show it without a gazetteer. */
export const countrySummarySchema = z.object({
  code: countryCode(),
  name: nonEmpty(),
  /** How many times the corpus names it (by name, demonym, capital…). */
  mentions: offset(),
  /** A representative sentence naming it: a quotation when there is one. */
  quote: z.nullable(quoteSchema),
});

export const topicSummarySchema = z.object({ id: nonEmpty(), label: nonEmpty() });

export const datasetSchema = z.object({
  generatedAt: z.optional(z.string()),
  articles: z.array(articleSchema),
  events: z.array(eventSchema),
  countries: z.array(countrySummarySchema),
  topics: z.array(topicSummarySchema),
});

export type IsoDay = z.infer<typeof isoDaySchema>;
export type Precision = z.infer<typeof precisionSchema>;
export type DayRange = z.infer<typeof dayRangeSchema>;
export type Person = z.infer<typeof personSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type DatasetArticle = z.infer<typeof articleSchema>;
export type DatasetEvent = z.infer<typeof eventSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type CountrySummary = z.infer<typeof countrySummarySchema>;
export type TopicSummary = z.infer<typeof topicSummarySchema>;

interface SchemaIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
  expected?: unknown;
}

/** The first problem of a failed validation in words, e.g. "events.3.start: expected YYYY-MM-DD". */
export const describeSchemaError = (error: { issues: readonly SchemaIssue[] }): string => {
  const issue = error.issues[0];
  if (!issue) return 'invalid dataset';
  const path = issue.path.map(String).join('.') || '(root)';
  // zod/mini ships no English messages: say what type was expected when that is the problem.
  const message =
    issue.code === 'invalid_type' && issue.expected
      ? `expected ${String(issue.expected)}`
      : issue.message;
  return `${path}: ${message}`;
};
