/**
 * Corpus-level summaries the app shows without loading the data module: each country with its
 * name, how often the corpus names it and a representative quote, and the topic labels.
 */
import { countryName } from './countries';
import type { CountrySummary, Quote, TopicSummary } from './schema';
import { TOPICS } from './topics';
import type { ParsedArticle } from './types';
import type { ArticleFacts } from './sentence-facts';

export interface SummarisedArticle {
  id: string;
  parsed: ParsedArticle;
  facts: ArticleFacts;
}

const QUOTATION = /["“”]/;

/** How good a sentence is as a card's quote: a quotation that says something, not a heading. */
const quoteScore = (sentence: string): number => {
  const words = sentence.split(/\s+/).length;
  if (words < 6) return 0;
  return (QUOTATION.test(sentence) ? 2 : 1) + Math.min(words, 40) / 100;
};

/** Countries of the corpus, most mentioned first, each with a representative quote. */
export const summariseCountries = (articles: readonly SummarisedArticle[]): CountrySummary[] => {
  const mentions = new Map<string, number>();
  const quotes = new Map<string, { quote: Quote; score: number }>();
  for (const { id, parsed, facts } of articles) {
    for (const [code, count] of facts.countryMentions) {
      mentions.set(code, (mentions.get(code) ?? 0) + count);
    }
    facts.sentences.forEach((sentenceFacts, i) => {
      const sentence = parsed.sentences[i]!;
      const score = quoteScore(sentence.text);
      for (const code of sentenceFacts.countries) {
        const best = quotes.get(code);
        if (score > 0 && (!best || score > best.score)) {
          quotes.set(code, {
            score,
            quote: { articleId: id, sentence: sentence.text, sentenceSpan: [...sentence.span] },
          });
        }
      }
    });
  }
  return [...mentions]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, count]) => ({
      code,
      name: countryName(code),
      mentions: count,
      quote: quotes.get(code)?.quote ?? null,
    }));
};

/** The topic taxonomy's ids and labels, in taxonomy order. */
export const topicSummaries = (): TopicSummary[] => TOPICS.map(({ id, label }) => ({ id, label }));
