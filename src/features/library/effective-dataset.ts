/**
 * The dataset the app shows: the base (dataset.json, or a dataset the user imported) alone, or
 * re-extracted together with the articles the user added. Loaded lazily by the dataset query.
 */
import { datasetSchema, describeSchemaError, type Dataset } from '../../data/schema';
import { combinedInputs, combinedKey } from './combine';
import { getExtractor } from './extractor';
import { readLibrary, storeCache, type LibrarySnapshot } from './library-store';
import type { ImportedBase } from './library-types';

/** Loads the default corpus's dataset (dataset.json). */
export type LoadDefault = () => Promise<Dataset>;

/**
 * The stored library, or an empty one when this browser offers no IndexedDB (some private
 * modes): the app then shows the default corpus, as if nothing had been added.
 */
const readLibraryOrEmpty = async (): Promise<LibrarySnapshot> => {
  try {
    return await readLibrary();
  } catch {
    return { added: [], imported: null, cached: null };
  }
};

/**
 * An imported base as it is read back: it was valid when imported, but a later version of the
 * app may expect more of a dataset, so it is checked again. Returns the dataset, or the problem.
 */
export const checkImportedBase = (
  imported: ImportedBase,
): { ok: true; dataset: Dataset } | { ok: false; problem: string } => {
  const parsed = datasetSchema.safeParse(imported.dataset);
  if (parsed.success) return { ok: true, dataset: parsed.data };
  return {
    ok: false,
    problem: `The dataset imported from ${imported.fileName} no longer fits this version of the app (${describeSchemaError(parsed.error)}), so the default corpus is shown. Reset to remove it.`,
  };
};

/**
 * The base the added articles are combined with. An imported base that no longer validates is
 * passed over rather than fatal: the page must still open so the user can reset it.
 */
export const loadBase = async (
  snapshot: LibrarySnapshot,
  loadDefault: LoadDefault,
): Promise<Dataset> => {
  const checked = snapshot.imported && checkImportedBase(snapshot.imported);
  return checked?.ok ? checked.dataset : loadDefault();
};

/** The effective dataset: base alone, the cached combination, or a fresh combined build. */
export const loadEffectiveDataset = async (loadDefault: LoadDefault): Promise<Dataset> => {
  const snapshot = await readLibraryOrEmpty();
  const base = await loadBase(snapshot, loadDefault);
  if (snapshot.added.length === 0) return base;
  const extractor = await getExtractor();
  const key = combinedKey(
    extractor.version,
    base,
    snapshot.added.map((a) => a.id),
  );
  if (snapshot.cached?.key === key) return snapshot.cached.dataset;
  const dataset = await extractor.build(combinedInputs(base, snapshot.added));
  // The cache only saves time on the next load: failing to write it (storage full) must not
  // stop this one. Adding articles, where storage matters, reports its errors.
  await storeCache({ key, dataset }).catch(() => undefined);
  return dataset;
};
