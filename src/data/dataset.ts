/**
 * buildDataset: article files → Dataset. The one pipeline the CLI, the app's build step and the
 * browser worker all run: parse, find sentences' countries/topics/people, decide each article's
 * reference date, resolve dated mentions, merge them into events.
 */
import { parseArticle } from './article/index';
import { findTemporalMentions, type TemporalMention } from './dates/temporal';
import { PeerIndex } from './dates/peer-index';
import {
  collectEvidence,
  withDatelineDay,
  decideFromEvidence,
  textSettlesYear,
  type TextEvidence,
  decideReference,
  type ReferenceDecision,
  type ReferencePeer,
} from './dates/reference';
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

/**
 * One article after the stages that need nothing but the article itself. Plain data (structured
 * clone safe), so a worker can compute it and hand it back for `assembleDataset`.
 */
export interface ExtractedArticle {
  id: string;
  parsed: ParsedArticle;
  facts: ArticleFacts;
  /**
   * A dated article's reference and resolved mentions; null for an undated one, whose reference
   * depends on the rest of the corpus.
   */
  dated: Dating | null;
  /** Salient terms of the text, when worked out ahead (the corpus stage compares stories by them). */
  terms?: Set<string>;
  /**
   * An undated article's evidence, and its dating when the text alone settles the year: the
   * corpus stage then only confirms it instead of running chrono again.
   */
  undated?: { evidence: TextEvidence; tentative: Dating | null };
}

interface Dating {
  reference: ReferenceDecision;
  mentions: MentionInput[];
}

export interface ExtractOptions {
  /**
   * Do the corpus stage's per-article share here too (terms; undated articles' evidence), as a
   * worker should: it runs in parallel there, while the corpus stage runs on one thread.
   */
  ahead?: boolean;
}

type Prepared = Pick<ExtractedArticle, 'id' | 'parsed' | 'facts'>;

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

/** Unique article ids from file names, in order ("nato-summit", "nato-summit-2"…). */
export const articleIds = (sources: readonly string[]): string[] => {
  const used = new Set<string>();
  return sources.map((source) => articleId(source, used));
};

/** The per-article stages: parse, sentence facts and, when it has a publication date, its mentions. */
export const extractArticle = (
  input: ArticleInput,
  id: string,
  options: ExtractOptions = {},
): ExtractedArticle => {
  const parsed = parseArticle(input.source, input.text);
  const article = { id, parsed, facts: articleFacts(parsed) };
  const ahead = options.ahead ? { terms: salientTerms(parsed.text) } : {};
  if (parsed.published) {
    const reference = publishedReference(parsed.published);
    return {
      ...article,
      ...ahead,
      dated: { reference, mentions: toMentionInputs(article, reference) },
    };
  }
  if (!options.ahead) return { ...article, dated: null };
  const evidence = articleEvidence(parsed);
  // The fallback and peers only matter when the text does not settle the year.
  const reference = textSettlesYear(evidence)
    ? decideFromEvidence(evidence, new Set(), [], '')
    : null;
  const tentative = reference && { reference, mentions: toMentionInputs(article, reference) };
  return { ...article, ...ahead, dated: null, undated: { evidence, tentative } };
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

/** What an undated article's text and its yearless dateline, if any, say about when it was written. */
const articleEvidence = (parsed: ParsedArticle) =>
  withDatelineDay(collectEvidence(parsed.sentences, parsed.dayFirst), parsed);

const toMentionInputs = (article: Prepared, reference: ReferenceDecision): MentionInput[] => {
  const { sentences } = article.parsed;
  const mentions = findTemporalMentions(
    sentences,
    reference.referenceDate,
    // A day its dateline states caps what the story recounts, as a publication date does.
    reference.inferred && !reference.dayStated,
    article.parsed.dayFirst,
    article.parsed.text,
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

const publishedReference = (published: string): ReferenceDecision =>
  decideReference(published, [], new Set(), [], published);

/**
 * Reference dates and mentions of the undated articles, which may borrow from dated articles
 * about the same story.
 */
const dateUndated = (
  articles: readonly ExtractedArticle[],
  fallback: string,
): Map<string, { reference: ReferenceDecision; mentions: MentionInput[] }> => {
  const decided = new Map<string, { reference: ReferenceDecision; mentions: MentionInput[] }>();
  const undated = articles.filter((a) => !a.dated);
  if (undated.length === 0) return decided;
  // Comparing stories needs their vocabularies: only worth computing when something is undated.
  const peerList: ReferencePeer[] = articles.flatMap((a) =>
    a.dated
      ? [
          {
            source: a.parsed.source,
            referenceDate: a.dated.reference.referenceDate,
            terms: a.terms ?? salientTerms(a.parsed.text),
          },
        ]
      : [],
  );
  const peers = new PeerIndex(peerList);
  for (const article of undated) {
    const terms = article.terms ?? salientTerms(article.parsed.text);
    const evidence = article.undated?.evidence ?? articleEvidence(article.parsed);
    const reference = decideFromEvidence(evidence, terms, peers, fallback);
    const tentative = article.undated?.tentative;
    // Mentions depend on the reference day, whether it is inferred and whether it can be trusted.
    const same =
      tentative &&
      tentative.reference.referenceDate === reference.referenceDate &&
      tentative.reference.inferred === reference.inferred &&
      tentative.reference.trustworthy === reference.trustworthy &&
      tentative.reference.dayStated === reference.dayStated;
    decided.set(article.id, {
      reference,
      mentions: same ? tentative.mentions : toMentionInputs(article, reference),
    });
  }
  return decided;
};

/**
 * The corpus-wide stages over extracted articles: reference dates of undated articles (which
 * may borrow from dated ones), then merging every mention into events.
 */
export const assembleDataset = (
  articles: readonly ExtractedArticle[],
  options: BuildOptions = {},
): Dataset => {
  const published = articles
    .map((a) => a.parsed.published)
    .filter((d): d is string => d !== null)
    .sort();
  const fallback = published.at(-1) ?? options.today ?? new Date().toISOString().slice(0, 10);
  const undated = dateUndated(articles, fallback);
  const dating = (a: ExtractedArticle) => a.dated ?? undated.get(a.id)!;
  // Built to the schema's types; callers that take data from outside validate with datasetSchema.
  return {
    articles: articles.map((a) => toDatasetArticle(a, dating(a).reference)),
    events: mergeMentions(articles.flatMap((a) => dating(a).mentions)),
    countries: summariseCountries(articles),
    topics: topicSummaries(),
  };
};

/**
 * Builds the Dataset of a corpus, e.g. two articles about one summit → their articles and
 * merged events. The same as extracting every article and assembling them.
 */
export const buildDataset = (
  inputs: readonly ArticleInput[],
  options: BuildOptions = {},
): Dataset => {
  const ids = articleIds(inputs.map((input) => input.source));
  return assembleDataset(
    inputs.map((input, i) => extractArticle(input, ids[i]!)),
    options,
  );
};
