/** The records the library keeps in IndexedDB, and what reading a batch of files reports. */
import type { Dataset } from '../../data/schema';

/** An article the user added, stored as the raw input the data module reads. */
export interface AddedArticle {
  /** Auto-incremented by IndexedDB, so ids follow the order articles were added in. */
  id: number;
  /** The file name (or a name made from a pasted title), e.g. "briefing.txt". */
  source: string;
  /** The decoded text, before any cleaning: re-extraction starts from it. */
  text: string;
  /** When it was added, in milliseconds since 1970. */
  addedAt: number;
}

/** An added article before IndexedDB has given it an id. */
export type NewArticle = Omit<AddedArticle, 'id'>;

/** A dataset imported from a JSON file, which replaces the default corpus as the base. */
export interface ImportedBase {
  fileName: string;
  importedAt: number;
  dataset: Dataset;
}

/** The combined dataset of the last build, and what it was built from. */
export interface CachedDataset {
  key: string;
  dataset: Dataset;
}

/** How far reading a batch has got, e.g. { index: 3, total: 5, name: "foo.txt" }. */
export interface ReadProgress {
  /** 1-based position of the file being read. */
  index: number;
  total: number;
  name: string;
}

/** One file of a batch: its decoded text, or why it was skipped. */
export type ReadOutcome =
  { name: string; ok: true; text: string } | { name: string; ok: false; problem: string };
