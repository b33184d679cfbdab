/**
 * buildDataset: article files → Dataset. The one pipeline the CLI, the app's build step and the
 * browser worker all run: parse, find sentences' countries/topics/people, decide each article's
 * reference date, resolve dated mentions, merge them into events.
 */
import { parseArticle } from './article/index';
import { findTemporalMentions, type TemporalMention } from './dates/temporal';
import { decideReference, type ReferenceDecision, type ReferencePeer } from './dates/reference';
import { mergeMentions, type MentionInput } from './events/merge';
import { articleFacts, type ArticleFacts } from './sentence-facts';
import { summariseCountries, topicSummaries } from './corpus-summary';
import type { Dataset, DatasetArticle } from './schema';
import { salientTerms } from './terms';
import { TOPICS } from './topics';
import type { ParsedArticle } from './types';

/** One article file's name and decoded text. */
export interface ArticleInput {
  source: string;
  text: string;
}

export interface BuildOptions {
  /** The date to record when nothing dates an article at all (defaults to the corpus's latest date). */
  today?: string;
}

interface Prepared {
  id: string;
  parsed: ParsedArticle;
  facts: ArticleFacts;
}

const TOPIC_ORDER = new Map(TOPICS.map((t, i) => [t.id, i]));

const articleId = (source: string, used: Set<string>): string => {
  const base =
    source
      .replace(/^.*[\\/]/, '')
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'article';
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
};

const prepare = (input: ArticleInput, used: Set<string>): Prepared => {
  const parsed = parseArticle(input.source, input.text);
  return { id: articleId(input.source, used), parsed, facts: articleFacts(parsed) };
};

const byTopicOrder = (a: string, b: string): number =>
  (TOPIC_ORDER.get(a) ?? 99) - (TOPIC_ORDER.get(b) ?? 99);

/** A year written out in the expression itself ("July 9, 2024", "in 2023") needs no reference date. */
const statesItsYear = (mention: TemporalMention): boolean =>
  /\b(?:1[89]|20)\d{2}\b/.test(mention.dateText);

/**
 * Topics of a dated sentence and of its neighbours in the same paragraph: a sentence that dates
 * something ("Talks will follow on Thursday") is usually explained by the sentences around it.
 */
const topicsInContext = (article: Prepared, index: number): string[] => {
  const { sentences } = article.parsed;
  const sameParagraph = (a: number, b: number): boolean =>
    !article.parsed.text.slice(sentences[a]!.span[1], sentences[b]!.span[0]).includes('\n');
  const topics = new Set(article.facts.sentences[index]!.topics);
  if (index > 0 && sameParagraph(index - 1, index)) {
    article.facts.sentences[index - 1]!.topics.forEach((t) => topics.add(t));
  }
  // The next sentence usually says what a dated one is about ("…convene next week." "These
  // discussions will focus on cyber…"), across a paragraph break when nothing else does.
  if (index + 1 < sentences.length && (topics.size === 0 || sameParagraph(index, index + 1))) {
    article.facts.sentences[index + 1]!.topics.forEach((t) => topics.add(t));
  }
  return [...topics].sort(byTopicOrder);
};

const toMentionInputs = (article: Prepared, reference: ReferenceDecision): MentionInput[] => {
  const { sentences } = article.parsed;
  const mentions = findTemporalMentions(
    sentences,
    reference.referenceDate,
    reference.inferred,
  ).filter((m) => reference.trustworthy || statesItsYear(m));
  return mentions.map((m) => {
    const sentence = sentences[m.sentenceIndex]!;
    const facts = article.facts.sentences[m.sentenceIndex]!;
    return {
      articleId: article.id,
      sentence: sentence.text,
      sentenceSpan: sentence.span,
      sentenceIndex: m.sentenceIndex,
      dateText: m.dateText,
      span: m.span,
      date: m.date,
      precision: m.precision,
      inferred: reference.inferred && !statesItsYear(m),
      countries: facts.countries,
      topics: topicsInContext(article, m.sentenceIndex),
      people: facts.people,
    };
  });
};

const toDatasetArticle = (article: Prepared, reference: ReferenceDecision): DatasetArticle => {
  const { parsed } = article;
  return {
    id: article.id,
    source: parsed.source,
    title: parsed.title,
    published: parsed.published,
    referenceDate: reference.referenceDate,
    referenceInferred: reference.inferred,
    referenceReason: reference.reason,
    countries: article.facts.countries,
    topics: [...new Set(article.facts.sentences.flatMap((f) => f.topics))].sort(byTopicOrder),
    people: article.facts.people,
    text: parsed.text,
  };
};

/**
 * Reference dates for every article: publication dates first, then inferred ones for undated
 * articles, which may borrow from dated articles about the same story.
 */
const decideReferences = (
  prepared: readonly Prepared[],
  fallback: string,
): Map<string, ReferenceDecision> => {
  const references = new Map<string, ReferenceDecision>();
  const undated = prepared.filter((a) => !a.parsed.published);
  const dated = prepared.filter((a) => a.parsed.published);
  for (const article of dated) {
    references.set(
      article.id,
      decideReference(article.parsed.published, [], new Set(), [], fallback),
    );
  }
  if (undated.length === 0) return references;
  // Comparing stories needs their vocabularies: only worth computing when something is undated.
  const peers: ReferencePeer[] = dated.map((a) => ({
    source: a.parsed.source,
    referenceDate: a.parsed.published!,
    terms: salientTerms(a.parsed.text),
  }));
  for (const article of undated) {
    const terms = salientTerms(article.parsed.text);
    references.set(
      article.id,
      decideReference(null, article.parsed.sentences, terms, peers, fallback),
    );
  }
  return references;
};

/**
 * Builds the Dataset of a corpus, e.g. the two seed articles → their articles and merged events.
 * Articles with a publication date are dated first so that undated ones can borrow from them.
 */
export const buildDataset = (
  inputs: readonly ArticleInput[],
  options: BuildOptions = {},
): Dataset => {
  const used = new Set<string>();
  const prepared = inputs.map((input) => prepare(input, used));
  const published = prepared
    .map((a) => a.parsed.published)
    .filter((d): d is string => d !== null)
    .sort();
  const fallback = published.at(-1) ?? options.today ?? new Date().toISOString().slice(0, 10);

  const references = decideReferences(prepared, fallback);
  const mentions = prepared.flatMap((a) => toMentionInputs(a, references.get(a.id)!));
  // Built to the schema's types; callers that take data from outside validate with datasetSchema.
  return {
    articles: prepared.map((a) => toDatasetArticle(a, references.get(a.id)!)),
    events: mergeMentions(mentions),
    countries: summariseCountries(prepared),
    topics: topicSummaries(),
  };
};
