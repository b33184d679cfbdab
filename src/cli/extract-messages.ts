/** The messages between the extraction CLI and its worker threads (all structured-clone safe). */
import type { ArticleInput, ExtractedArticle } from '../data/index';

/** A chunk of consecutive articles, starting at input position `first`. */
export interface ExtractRequest {
  first: number;
  inputs: ArticleInput[];
  ids: string[];
}

export type ExtractReply =
  | { first: number; extracted: ExtractedArticle[] }
  | { first: number; failed: { source: string; message: string } };
