/**
 * Extraction on the calling thread, with the worker's own functions: what the tests use, since
 * jsdom has no Worker. The app itself always extracts in the worker.
 */
import { buildCheckedDataset, readArticleFiles } from './extraction-jobs';
import type { Extractor } from './extractor';

export const inProcessExtractor: Extractor = {
  version: 'in-process',
  readFiles: (files, onProgress = () => {}) => readArticleFiles(files, onProgress),
  build: async (inputs) => buildCheckedDataset(inputs),
};
