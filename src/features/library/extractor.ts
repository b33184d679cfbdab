/**
 * What the library needs from extraction, behind one interface: a Web Worker in the browser, and
 * the same functions in-process in the tests (jsdom has no Worker).
 */
import type { ArticleInput } from '../../data/dataset';
import type { Dataset } from '../../data/schema';
import type { ReadOutcome, ReadProgress } from './library-types';

export interface Extractor {
  /**
   * Changes whenever the extraction code does, so a dataset cached by an older build is rebuilt
   * rather than served.
   */
  readonly version: string;
  /** Decodes each file, reporting each one as it starts; bad files come back as problems. */
  readFiles: (
    files: readonly File[],
    onProgress?: (progress: ReadProgress) => void,
  ) => Promise<ReadOutcome[]>;
  /** The Dataset of `inputs`, validated by the schema. */
  build: (inputs: readonly ArticleInput[]) => Promise<Dataset>;
}

let shared: Promise<Extractor> | null = null;

/** The page's extractor, created on first use: the worker's code loads only when needed. */
export const getExtractor = (): Promise<Extractor> =>
  (shared ??= import('./worker-extractor').then((m) => m.createWorkerExtractor()));

/** Replaces the page's extractor (null: back to the worker); the tests run it in-process. */
export const setExtractor = (extractor: Extractor | null): void => {
  shared = extractor && Promise.resolve(extractor);
};
