/**
 * Countries, topics and people of each sentence of an article. Countries and people are found in
 * one pass over the whole article — a person introduced with a role ("Defence Secretary Jane
 * Roe") is then recognised bare ("Roe said") — and each match is handed to the sentence whose
 * span holds it.
 */
import { findCountries } from './countries';
import { findPeople, mergePeople } from './people';
import type { Person } from './schema';
import { topicsOf } from './topics';
import type { ParsedArticle, Sentence, Span } from './types';

export interface SentenceFacts {
  countries: string[];
  topics: string[];
  people: string[];
}

export interface ArticleFacts {
  /** One entry per sentence of the article, in order. */
  sentences: SentenceFacts[];
  /** Countries of the whole article, in order of first mention. */
  countries: string[];
  /** How many times the article names each country. */
  countryMentions: Map<string, number>;
  people: Person[];
}

/** Index of the sentence whose span holds `offset`, or -1 (binary search: spans are ordered). */
const sentenceAt = (sentences: readonly Sentence[], offset: number): number => {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to] = sentences[mid]!.span;
    if (offset < from) high = mid - 1;
    else if (offset >= to) low = mid + 1;
    else return mid;
  }
  return -1;
};

const addTo = <T>(lists: T[][], index: number, value: T): void => {
  const list = lists[index];
  if (list && !list.includes(value)) list.push(value);
};

const distributeBySpan = <T extends { span: Span }>(
  sentences: readonly Sentence[],
  matches: readonly T[],
): T[][] => {
  const bySentence: T[][] = sentences.map(() => []);
  for (const match of matches) {
    const index = sentenceAt(sentences, match.span[0]);
    if (index >= 0) bySentence[index]!.push(match);
  }
  return bySentence;
};

/** The facts of every sentence of `article`, e.g. "Seoul and Tokyo …" → countries KR, JP. */
export const articleFacts = (article: ParsedArticle): ArticleFacts => {
  const { sentences, text } = article;
  const countryMatches = findCountries(text);
  const personMatches = findPeople(text);
  const people = mergePeople(personMatches);
  const knownNames = people.map((p) => p.name);

  const countries: string[][] = sentences.map(() => []);
  for (const match of countryMatches)
    addTo(countries, sentenceAt(sentences, match.span[0]), match.code);
  const peopleBySentence = distributeBySpan(sentences, personMatches).map((matches) =>
    matches.length === 0 ? [] : [...new Set(mergePeople(matches, knownNames).map((p) => p.name))],
  );

  return {
    sentences: sentences.map((sentence, i) => ({
      countries: countries[i]!,
      topics: topicsOf(sentence.text),
      people: peopleBySentence[i]!,
    })),
    countries: [...new Set(countryMatches.map((m) => m.code))],
    countryMentions: countryMatches.reduce(
      (counts, m) => counts.set(m.code, (counts.get(m.code) ?? 0) + 1),
      new Map<string, number>(),
    ),
    people,
  };
};
