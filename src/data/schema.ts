import { z } from 'zod';

/** An ISO calendar day, e.g. "2024-07-09". */
export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** How exact a resolved date is: one day, an explicit span, a calendar week/month/year, or a vague period. */
export const precisionSchema = z.enum(['day', 'range', 'week', 'month', 'year', 'approximate']);

export const dayRangeSchema = z.object({ start: isoDaySchema, end: isoDaySchema });

export const personSchema = z.object({
  name: z.string().min(1),
  role: z.string().nullable(),
});

export const mentionSchema = z.object({
  articleId: z.string().min(1),
  sentence: z.string(),
  dateText: z.string(),
  date: dayRangeSchema,
  precision: precisionSchema,
  /** Character offsets [from, to) of the temporal expression in the article's cleaned text. */
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  /** Character offsets [from, to) of the whole evidence sentence in the article's cleaned text. */
  sentenceSpan: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  /** Whether this resolution rests on an inferred reference date. */
  inferred: z.boolean(),
});

export const articleSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  title: z.string(),
  published: isoDaySchema.nullable(),
  referenceDate: isoDaySchema,
  referenceInferred: z.boolean(),
  referenceReason: z.string(),
  countries: z.array(z.string().length(2)),
  topics: z.array(z.string()),
  people: z.array(personSchema),
  /** The cleaned article text that every span points into. */
  text: z.string(),
});

export const eventSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  start: isoDaySchema,
  end: isoDaySchema,
  precision: precisionSchema,
  /** Whether the event's best dates rest on an inferred reference date. */
  inferred: z.boolean(),
  topics: z.array(z.string()),
  countries: z.array(z.string().length(2)),
  people: z.array(z.string()),
  mentions: z.array(mentionSchema).min(1),
});

const spanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

/** A sentence of an article quoted as evidence. */
export const quoteSchema = z.object({
  articleId: z.string().min(1),
  sentence: z.string(),
  sentenceSpan: spanSchema,
});

/** A country of the corpus with what the app needs to show it without a gazetteer. */
export const countrySummarySchema = z.object({
  code: z.string().length(2),
  name: z.string().min(1),
  /** How many times the corpus names it (by name, demonym, capital…). */
  mentions: z.number().int().nonnegative(),
  /** A representative sentence naming it: a quotation when there is one. */
  quote: quoteSchema.nullable(),
});

export const topicSummarySchema = z.object({ id: z.string().min(1), label: z.string().min(1) });

export const datasetSchema = z.object({
  generatedAt: z.string().optional(),
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
