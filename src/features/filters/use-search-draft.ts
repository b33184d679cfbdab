/**
 * The free-text search as typed, written to the URL once typing settles (or at once on Enter), so
 * that a word typed is one history entry rather than one per keystroke.
 */
import { useCallback, useEffect } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import { useUrlDraft } from './use-url-draft';

export const SEARCH_DEBOUNCE_MS = 250;

// The URL keeps the query trimmed; a trailing space is the user about to type the next word.
const sameQuery = (draft: string, url: string): boolean => draft.trim() === url;

export interface SearchDraft {
  draft: string;
  setDraft: (value: string) => void;
  /** Writes the draft to the URL now (Enter / submit). */
  commit: () => void;
}

/** The search input's state: a draft following the URL's `q`, committed debounced. */
export const useSearchDraft = (): SearchDraft => {
  const { view, setView } = useDashboard();
  const [draft, setDraft] = useUrlDraft(view.q, sameQuery);

  useEffect(() => {
    if (sameQuery(draft, view.q)) return;
    // Each keystroke (or any other view change) restarts the wait, always with the latest view.
    const timer = window.setTimeout(() => setView({ ...view, q: draft }), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, view, setView]);

  const commit = useCallback(() => {
    if (!sameQuery(draft, view.q)) setView({ ...view, q: draft });
  }, [draft, view, setView]);

  return { draft, setDraft, commit };
};
