/**
 * Pure rules of the combined dataset: what it is built from, and the key that says whether a
 * cached build still matches.
 */
import type { ArticleInput } from '../../data/dataset';
import { articleInputFromDataset } from '../../data/article-input';
import type { Dataset } from '../../data/schema';
import type { AddedArticle } from './library-types';

/** The inputs of the combined dataset: the base's articles first, then the added ones in order. */
export const combinedInputs = (
  base: Dataset,
  added: readonly Pick<AddedArticle, 'source' | 'text'>[],
): ArticleInput[] => [
  ...base.articles.map(articleInputFromDataset),
  ...added.map(({ source, text }) => ({ source, text })),
];

/** 32-bit FNV-1a of a string, in hex: a cheap fingerprint, not a security measure. */
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
};

/**
 * The key of a combined build: the extraction code's version, the base's content and the added
 * articles' ids (an id is never reused, and an article never changes once added).
 */
export const combinedKey = (version: string, base: Dataset, addedIds: readonly number[]): string =>
  [version, `${base.articles.length}:${fnv1a(JSON.stringify(base))}`, addedIds.join(',')].join(
    '\n',
  );
