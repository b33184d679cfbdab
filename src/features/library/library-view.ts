/** What the dialog lists about the stored library: the added articles and the base in use. */
import { checkImportedBase } from './effective-dataset';
import { readLibrary } from './library-store';

export interface LibraryView {
  added: Array<{ id: number; source: string; addedAt: number }>;
  imported: { fileName: string; importedAt: number; articles: number } | null;
  /** Why the stored library cannot be used, e.g. no IndexedDB or an outdated import; or null. */
  problem: string | null;
}

/** The library as the dialog shows it; a storage failure becomes the view's problem. */
export const readLibraryView = async (): Promise<LibraryView> => {
  try {
    const { added, imported } = await readLibrary();
    const checked = imported && checkImportedBase(imported);
    return {
      added: added.map(({ id, source, addedAt }) => ({ id, source, addedAt })),
      imported: imported && {
        fileName: imported.fileName,
        importedAt: imported.importedAt,
        articles: imported.dataset.articles.length,
      },
      problem: checked && !checked.ok ? checked.problem : null,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      added: [],
      imported: null,
      problem: `This browser does not let the page store articles (${reason}).`,
    };
  }
};
