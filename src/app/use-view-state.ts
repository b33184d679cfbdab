/**
 * The URL-backed view state as a hook: reading subscribes to history changes (back/forward),
 * writing pushes a history entry so that every filter step can be undone with Back.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './url-state';

const CHANGE = 'summit-timeline:navigate';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
};

const currentSearch = (): string => window.location.search;

/** [state, setState]: the view in the URL, and a setter that navigates to a new view. */
export const useViewState = (): [ViewState, (next: ViewState) => void] => {
  const search = useSyncExternalStore(subscribe, currentSearch, () => '');
  const state = parseView(search);
  const setState = useCallback((next: ViewState) => {
    const query = serializeViewState(next, window.location.search);
    if (query === window.location.search) return;
    window.history.pushState(
      null,
      '',
      `${window.location.pathname}${query}${window.location.hash}`,
    );
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  return [state, setState];
};

// Parsing is cheap, but a stable object per URL keeps memoised consumers from recomputing.
let lastSearch: string | null = null;
let lastState: ViewState | null = null;
const parseView = (search: string): ViewState => {
  if (search !== lastSearch || !lastState) {
    lastSearch = search;
    lastState = parseViewState(search);
  }
  return lastState;
};
