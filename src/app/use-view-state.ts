/**
 * The URL-backed state as hooks: reading subscribes to history changes (back/forward), writing
 * navigates. Filter changes push a history entry so that every step can be undone with Back;
 * display changes (presentation steps, theme) may replace the entry instead.
 */
import { useCallback, useSyncExternalStore } from 'react';
import {
  parseDisplayState,
  parseViewState,
  serializeDisplayState,
  serializeViewState,
  type DisplayState,
  type ViewState,
} from './url-state';

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

/** Goes to `query` (a "?…" string) within the page, as a new history entry unless `replace`. */
export const navigateToQuery = (query: string, replace = false): void => {
  if (query === window.location.search) return;
  const url = `${window.location.pathname}${query}${window.location.hash}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
};

/** Parses each distinct query string once, so memoised consumers get a stable object. */
const memoByQuery = <T>(parse: (search: string) => T): ((search: string) => T) => {
  let lastSearch: string | null = null;
  let last: T | null = null;
  return (search) => {
    if (search !== lastSearch || last === null) {
      lastSearch = search;
      last = parse(search);
    }
    return last;
  };
};

const parseView = memoByQuery(parseViewState);
const parseDisplay = memoByQuery(parseDisplayState);

/** [state, setState]: the filters in the URL, and a setter that navigates to a new view. */
export const useViewState = (): [ViewState, (next: ViewState) => void] => {
  const search = useSyncExternalStore(subscribe, currentSearch, () => '');
  const setState = useCallback((next: ViewState) => {
    navigateToQuery(serializeViewState(next, window.location.search));
  }, []);
  return [parseView(search), setState];
};

/**
 * Navigates to the view that `change` makes of the view in the URL now, e.g.
 * `updateView((view) => ({ ...view, q: 'summit' }))`. For callbacks that must keep one identity
 * across view changes (memoised children) or that belong to a panel drawn from deferred state:
 * they never act on a stale view.
 */
export const updateView = (change: (view: ViewState) => ViewState): void => {
  navigateToQuery(
    serializeViewState(change(parseView(window.location.search)), window.location.search),
  );
};

/** [display, setDisplay]: embed/theme/presentation state in the URL. */
export const useDisplayState = (): [
  DisplayState,
  (next: DisplayState, replace?: boolean) => void,
] => {
  const search = useSyncExternalStore(subscribe, currentSearch, () => '');
  const setDisplay = useCallback((next: DisplayState, replace = false) => {
    navigateToQuery(serializeDisplayState(next, window.location.search), replace);
  }, []);
  return [parseDisplay(search), setDisplay];
};
