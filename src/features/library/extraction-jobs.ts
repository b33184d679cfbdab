/**
 * The work the extraction worker does, as plain functions: the worker runs them off the main
 * thread, and the in-process extractor (tests, browsers without module workers) runs the same code.
 */
import {
  buildDataset,
  decodeArticleBytes,
  MAX_ARTICLE_BYTES,
  type ArticleInput,
} from '../../data/index';
import { datasetSchema, type Dataset } from '../../data/schema';
import type { ReadOutcome, ReadProgress } from './library-types';

/** The extensions the data module knows how to read (the CLI reads the same ones). */
const ARTICLE_EXTENSION = /\.(?:txt|md|markdown|html?)$/i;

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** decode.ts's reasons, reworded to follow "foo.txt: skipped — ". */
const reword = (problem: string): string =>
  problem === 'empty file' ? 'the file is empty' : problem.replace(/^file is /, 'the file is ');

/** Why a file is not even read, or null when its bytes should be decoded. */
const refuseBeforeReading = (file: File): string | null => {
  if (!ARTICLE_EXTENSION.test(file.name)) return 'only .txt, .md and .html files can be added';
  // Checked before reading: a huge file would be read into memory only to be refused.
  if (file.size > MAX_ARTICLE_BYTES) {
    return `the file is ${megabytes(file.size)}, over the ${MAX_ARTICLE_BYTES / (1024 * 1024)} MB limit`;
  }
  return null;
};

/**
 * Reads and decodes each file in turn with the data module's checks (empty, binary, not UTF-8,
 * too big). A file that fails never stops the others.
 */
export const readArticleFiles = async (
  files: readonly File[],
  onProgress: (progress: ReadProgress) => void,
): Promise<ReadOutcome[]> => {
  const outcomes: ReadOutcome[] = [];
  for (const [i, file] of files.entries()) {
    onProgress({ index: i + 1, total: files.length, name: file.name });
    const refused = refuseBeforeReading(file);
    if (refused) {
      outcomes.push({ name: file.name, ok: false, problem: refused });
      continue;
    }
    try {
      const decoded = decodeArticleBytes(file.name, new Uint8Array(await file.arrayBuffer()));
      outcomes.push(
        decoded.ok
          ? { name: file.name, ok: true, text: decoded.text }
          : { name: file.name, ok: false, problem: reword(decoded.problem) },
      );
    } catch (error) {
      // The file changed or vanished on disk after it was picked.
      const reason = error instanceof Error ? error.message : String(error);
      outcomes.push({
        name: file.name,
        ok: false,
        problem: `the file could not be read (${reason})`,
      });
    }
  }
  return outcomes;
};

/**
 * The Dataset of `inputs`, passed through the schema as dataset.json is: the app then holds every
 * dataset with the schema's key order, so an exported file reads back to the same bytes.
 */
export const buildCheckedDataset = (inputs: readonly ArticleInput[]): Dataset =>
  datasetSchema.parse(buildDataset(inputs));
