/**
 * The dialog's state and actions: runs one library change at a time, reports its progress and
 * per-file messages, and puts the new dataset into the dataset query so every view updates.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { datasetQueryOptions, loadDefaultDataset } from '../../app/dataset-query';
import type { Dataset } from '../../data/schema';
import type { FileMessage } from './file-report';
import {
  addFiles,
  importDataset,
  removeArticle,
  resetLibrary,
  type ChangeResult,
} from './library-actions';
import { pastedArticleFile, type PastedArticle } from './pasted-article';
import { readLibraryView, type LibraryView } from './library-view';

export interface LibraryReport {
  summary: string;
  messages: FileMessage[];
  /** Set when the change failed as a whole; nothing stored before is lost. */
  error: string | null;
}

export const useLibrary = () => {
  const client = useQueryClient();
  const [view, setView] = useState<LibraryView | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState('');
  const [report, setReport] = useState<LibraryReport | null>(null);
  // A ref, not the state: two clicks in one frame must not start two changes.
  const running = useRef(false);

  // Reads can finish out of order (the one on opening may end after a change's): only the
  // latest read is shown.
  const latestRead = useRef(0);
  const refresh = async () => {
    const read = ++latestRead.current;
    const next = await readLibraryView();
    if (read === latestRead.current) setView(next);
  };
  useEffect(() => {
    const read = ++latestRead.current;
    void readLibraryView().then((next) => read === latestRead.current && setView(next));
    return () => {
      // Unmounted: no read in flight may set state any more.
      latestRead.current += 1;
    };
  }, []);

  /** Runs one change; true when it changed the dataset. */
  const run = async (
    change: (onProgress: (status: string) => void) => Promise<ChangeResult>,
  ): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setReport(null);
    try {
      const result = await change(setProgress);
      if (result.dataset) client.setQueryData(datasetQueryOptions().queryKey, result.dataset);
      setReport({ summary: result.summary, messages: result.messages, error: null });
      return result.dataset !== null;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setReport({ summary: '', messages: [], error: message });
      return false;
    } finally {
      // The list first: when the dialog stops being busy, everything in it is up to date.
      await refresh();
      running.current = false;
      setBusy(false);
      setProgress('');
    }
  };

  return {
    view,
    busy,
    progress,
    report,
    addFiles: (files: readonly File[]) =>
      run((onProgress) => addFiles(files, loadDefaultDataset, onProgress)),
    addPasted: (article: PastedArticle) =>
      run((onProgress) => addFiles([pastedArticleFile(article)], loadDefaultDataset, onProgress)),
    remove: (id: number) => run(() => removeArticle(id, loadDefaultDataset)),
    reset: () => run(() => resetLibrary(loadDefaultDataset)),
    importFile: (file: File) => run(() => importDataset(file)),
    /** The dataset on screen, for export. */
    currentDataset: (): Dataset | undefined => client.getQueryData(datasetQueryOptions().queryKey),
  };
};

export type Library = ReturnType<typeof useLibrary>;
