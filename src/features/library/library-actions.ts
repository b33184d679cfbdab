/**
 * The library's changes, each in the same shape: work out the new effective dataset first, then
 * store it with the change in one transaction. A failure at any step leaves storage as it was.
 */
import type { Dataset } from '../../data/schema';
import { combinedInputs, combinedKey } from './combine';
import { readDatasetFile } from './dataset-file';
import { loadBase, type LoadDefault } from './effective-dataset';
import { getExtractor } from './extractor';
import { describeAdded, screenOutcomes, type FileMessage } from './file-report';
import {
  clearLibrary,
  deleteAddedArticle,
  readLibrary,
  storeAddedArticles,
  storeImportedBase,
} from './library-store';
import type { NewArticle } from './library-types';
import { describeFailure } from './storage-errors';

/** What a change reports: per-file messages, and the new dataset when anything changed. */
export interface ChangeResult {
  dataset: Dataset | null;
  messages: FileMessage[];
  /** One sentence for the whole change, e.g. "Removed briefing.txt." */
  summary: string;
}

/** Runs `work`, rewording a failure as "what: reason" (a full storage is named as such). */
const attempt = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw new Error(describeFailure(what, error), { cause: error });
  }
};

/** The body of addFiles. */
const addReadable = async (
  files: readonly File[],
  loadDefault: LoadDefault,
  onProgress: (status: string) => void,
): Promise<ChangeResult> => {
  const extractor = await getExtractor();
  const outcomes = await extractor.readFiles(files, ({ index, total, name }) =>
    onProgress(`Reading ${index} of ${total}: ${name}`),
  );
  const snapshot = await readLibrary();
  const { accepted, skippedMessages } = screenOutcomes(outcomes, snapshot.added);
  const messagesInOrder = (added: Map<number, FileMessage>) =>
    outcomes.flatMap((_, i) => added.get(i) ?? skippedMessages.get(i) ?? []);
  if (accepted.length === 0) {
    return { dataset: null, messages: messagesInOrder(new Map()), summary: 'Nothing was added.' };
  }

  const base = await loadBase(snapshot, loadDefault);
  const addedAt = Date.now();
  const articles: NewArticle[] = accepted.map(({ name, text }) => ({
    source: name,
    text,
    addedAt,
  }));
  onProgress(
    `Extracting events from ${base.articles.length + snapshot.added.length + articles.length} articles…`,
  );
  const dataset = await extractor.build(combinedInputs(base, [...snapshot.added, ...articles]));
  onProgress('Saving…');
  await storeAddedArticles(articles, (ids) => ({
    key: combinedKey(extractor.version, base, [...snapshot.added.map((a) => a.id), ...ids]),
    dataset,
  }));
  // buildDataset keeps its inputs' order: the new articles follow the base and earlier ones.
  const firstNew = base.articles.length + snapshot.added.length;
  const added = new Map(
    accepted.map(({ position, name }, i) => [position, describeAdded(name, dataset, firstNew + i)]),
  );
  return {
    dataset,
    messages: messagesInOrder(added),
    summary: `Added ${accepted.length} of ${files.length} file${files.length === 1 ? '' : 's'}.`,
  };
};

/** Adds a batch of files: every readable one is added, the others are named with the reason. */
export const addFiles = (
  files: readonly File[],
  loadDefault: LoadDefault,
  onProgress: (status: string) => void,
): Promise<ChangeResult> =>
  attempt('Nothing was added', () => addReadable(files, loadDefault, onProgress));

/** Removes one added article and rebuilds the dataset without it. */
export const removeArticle = (id: number, loadDefault: LoadDefault): Promise<ChangeResult> =>
  attempt('The article was not removed', async () => {
    const snapshot = await readLibrary();
    const removed = snapshot.added.find((a) => a.id === id);
    if (!removed) throw new Error('that article was already removed (in another tab?)');
    const remaining = snapshot.added.filter((a) => a.id !== id);
    const base = await loadBase(snapshot, loadDefault);
    let dataset = base;
    let cache = null;
    if (remaining.length > 0) {
      const extractor = await getExtractor();
      dataset = await extractor.build(combinedInputs(base, remaining));
      cache = {
        key: combinedKey(
          extractor.version,
          base,
          remaining.map((a) => a.id),
        ),
        dataset,
      };
    }
    await deleteAddedArticle(id, cache);
    return { dataset, messages: [], summary: `Removed ${removed.source}.` };
  });

/** Clears added articles and any import: the default corpus is the dataset again. */
export const resetLibrary = (loadDefault: LoadDefault): Promise<ChangeResult> =>
  attempt('Nothing was reset', async () => {
    // Load first: if dataset.json is unreachable, nothing is cleared.
    const dataset = await loadDefault();
    await clearLibrary();
    return { dataset, messages: [], summary: 'Reset to the default corpus.' };
  });

/**
 * Imports a dataset JSON file as the new base. The added articles are cleared: their content is
 * already in an exported dataset. A bad file changes nothing and says what is wrong.
 */
export const importDataset = async (file: File): Promise<ChangeResult> => {
  const parsed = await readDatasetFile(file);
  if (!parsed.ok) throw new Error(parsed.problem);
  try {
    await storeImportedBase({
      fileName: file.name,
      importedAt: Date.now(),
      dataset: parsed.dataset,
    });
  } catch (error) {
    throw new Error(describeFailure(`${file.name} was not imported`, error), { cause: error });
  }
  const { articles, events } = parsed.dataset;
  return {
    dataset: parsed.dataset,
    messages: [],
    summary: `Imported ${file.name}: ${articles.length} articles, ${events.length} events.`,
  };
};
