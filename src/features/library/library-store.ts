/**
 * The library in IndexedDB ("summit-timeline"): the articles the user added, as raw inputs, an
 * optional imported dataset that replaces the default corpus, and the last combined dataset so a
 * reload need not re-extract. Every change is one transaction: it happens whole or not at all.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AddedArticle, CachedDataset, ImportedBase, NewArticle } from './library-types';

export const DATABASE_NAME = 'summit-timeline';

interface LibrarySchema extends DBSchema {
  articles: { key: number; value: AddedArticle };
  /** Single records under fixed keys: the imported base and the cached combined dataset. */
  state: { key: 'base' | 'combined'; value: ImportedBase | CachedDataset };
}

type LibraryDb = IDBPDatabase<LibrarySchema>;

const open = (): Promise<LibraryDb> =>
  openDB<LibrarySchema>(DATABASE_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('articles', { keyPath: 'id', autoIncrement: true });
      db.createObjectStore('state');
    },
  });

/** Opens the database for one operation and always closes it, so no tab holds it open for long. */
const withDb = async <T>(work: (db: LibraryDb) => Promise<T>): Promise<T> => {
  const db = await open();
  try {
    return await work(db);
  } finally {
    db.close();
  }
};

/** Everything stored, read in one transaction so the parts agree with each other. */
export interface LibrarySnapshot {
  added: AddedArticle[];
  imported: ImportedBase | null;
  cached: CachedDataset | null;
}

export const readLibrary = (): Promise<LibrarySnapshot> =>
  withDb(async (db) => {
    const tx = db.transaction(['articles', 'state'], 'readonly');
    const [added, imported, cached] = await Promise.all([
      tx.objectStore('articles').getAll(),
      tx.objectStore('state').get('base') as Promise<ImportedBase | undefined>,
      tx.objectStore('state').get('combined') as Promise<CachedDataset | undefined>,
    ]);
    await tx.done;
    return { added, imported: imported ?? null, cached: cached ?? null };
  });

/** Stores new articles and the dataset that includes them together; returns their records. */
export const storeAddedArticles = (
  articles: readonly NewArticle[],
  cache: (ids: number[]) => CachedDataset,
): Promise<AddedArticle[]> =>
  withDb(async (db) => {
    const tx = db.transaction(['articles', 'state'], 'readwrite');
    const store = tx.objectStore('articles');
    const ids: number[] = [];
    for (const article of articles) ids.push(await store.add(article as AddedArticle));
    await tx.objectStore('state').put(cache(ids), 'combined');
    await tx.done;
    return articles.map((article, i) => ({ ...article, id: ids[i] ?? 0 }));
  });

/** Deletes one added article and stores the dataset without it (null: nothing left to cache). */
export const deleteAddedArticle = (id: number, cache: CachedDataset | null): Promise<void> =>
  withDb(async (db) => {
    const tx = db.transaction(['articles', 'state'], 'readwrite');
    await tx.objectStore('articles').delete(id);
    if (cache) await tx.objectStore('state').put(cache, 'combined');
    else await tx.objectStore('state').delete('combined');
    await tx.done;
  });

/** Makes `dataset` the base: the added articles go, since the imported file already holds them. */
export const storeImportedBase = (base: ImportedBase): Promise<void> =>
  withDb(async (db) => {
    const tx = db.transaction(['articles', 'state'], 'readwrite');
    await tx.objectStore('articles').clear();
    await tx.objectStore('state').delete('combined');
    await tx.objectStore('state').put(base, 'base');
    await tx.done;
  });

/** Saves the combined dataset alone, after a rebuild on load. */
export const storeCache = (cache: CachedDataset): Promise<void> =>
  withDb(async (db) => {
    await db.put('state', cache, 'combined');
  });

/** Forgets everything: the default corpus is the dataset again. */
export const clearLibrary = (): Promise<void> =>
  withDb(async (db) => {
    const tx = db.transaction(['articles', 'state'], 'readwrite');
    await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('state').clear()]);
    await tx.done;
  });
