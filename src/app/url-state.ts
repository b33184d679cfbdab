/**
 * The view's state as it lives in the URL query string — the one place it is parsed and written:
 * `?topic=cybersecurity,disinformation&country=JP&q=industry&from=2024-07-01&to=2024-07-31&event=ID`.
 * Pure functions: no React, no window.
 */

export interface ViewState {
  /** Topic ids; an event matches any of them. */
  topics: string[];
  /** ISO alpha-2 country codes; an event matches any of them. */
  countries: string[];
  /** Free-text search. */
  q: string;
  /** Inclusive date range, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** The event open in the source reader. */
  event: string | null;
}

/** Which part of the dashboard an embed shows. */
export type EmbedView = 'timeline' | 'partners' | 'topics' | 'dashboard';
export type Theme = 'light' | 'dark' | 'contrast';

/**
 * How the page is presented rather than what it shows: embed mode for iframes, the colour theme
 * and presentation mode. Parsed here too so that the URL has one reader.
 */
export interface DisplayState {
  /** `?embed=1`: just one view, no header or filter bar, for iframes in slides and intranets. */
  embed: boolean;
  view: EmbedView;
  /** `?theme=`; null follows the system's prefers-color-scheme. */
  theme: Theme | null;
  /** `?present=1`: full-screen presentation mode, one event per step. */
  present: boolean;
  /** `?step=N`, 1-based, in presentation mode. */
  step: number;
}

const EMBED_VIEWS: readonly EmbedView[] = ['timeline', 'partners', 'topics', 'dashboard'];
const THEMES: readonly Theme[] = ['light', 'dark', 'contrast'];

const flag = (value: string | null): boolean => value === '1' || value === 'true';

/** Reads how the page is presented, e.g. "?embed=1&view=topics&theme=dark". */
export const parseDisplayState = (search: string): DisplayState => {
  const params = new URLSearchParams(search);
  const view = params.get('view') as EmbedView | null;
  const theme =
    params.get('theme') === 'high-contrast' ? 'contrast' : (params.get('theme') as Theme | null);
  const step = Number.parseInt(params.get('step') ?? '', 10);
  return {
    embed: flag(params.get('embed')),
    view: view && EMBED_VIEWS.includes(view) ? view : 'dashboard',
    theme: theme && THEMES.includes(theme) ? theme : null,
    present: flag(params.get('present')),
    step: Number.isFinite(step) && step >= 1 ? step : 1,
  };
};

/** Writes the display state into a query string, keeping every other parameter. */
export const serializeDisplayState = (display: DisplayState, currentSearch = ''): string => {
  const params = new URLSearchParams(currentSearch);
  const put = (key: string, value: string | null) => {
    if (value) params.set(key, value);
    else params.delete(key);
  };
  put('embed', display.embed ? '1' : null);
  put('view', display.embed && display.view !== 'dashboard' ? display.view : null);
  put('theme', display.theme);
  put('present', display.present ? '1' : null);
  put('step', display.present && display.step > 1 ? String(display.step) : null);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
};

export const EMPTY_VIEW: ViewState = {
  topics: [],
  countries: [],
  q: '',
  from: null,
  to: null,
  event: null,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const list = (value: string | null, normalise: (item: string) => string): string[] => [
  ...new Set(
    (value ?? '')
      .split(',')
      .map((item) => normalise(item.trim()))
      .filter(Boolean),
  ),
];

const day = (value: string | null): string | null => (value && DAY.test(value) ? value : null);

/** Reads the view from a query string, e.g. "?country=nz" → countries ["NZ"]. */
export const parseViewState = (search: string): ViewState => {
  const params = new URLSearchParams(search);
  return {
    topics: list(params.get('topic'), (t) => t.toLowerCase()),
    countries: list(params.get('country'), (c) => c.toUpperCase()),
    q: (params.get('q') ?? '').trim(),
    from: day(params.get('from')),
    to: day(params.get('to')),
    event: params.get('event') || null,
  };
};

/**
 * Writes the view into a query string, keeping parameters it does not own (embed, theme…) and
 * leaving out empty filters, e.g. {countries: ["NZ"]} → "?country=NZ".
 */
export const serializeViewState = (state: ViewState, currentSearch = ''): string => {
  const params = new URLSearchParams(currentSearch);
  const put = (key: string, value: string | null) => {
    if (value) params.set(key, value);
    else params.delete(key);
  };
  put('topic', state.topics.join(','));
  put('country', state.countries.join(','));
  put('q', state.q.trim());
  put('from', state.from);
  put('to', state.to);
  put('event', state.event);
  // Commas are legible in a shared link; URLSearchParams would write them as %2C.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
};

/** Whether any filter (not the open event) is set. */
export const hasFilters = (state: ViewState): boolean =>
  state.topics.length > 0 ||
  state.countries.length > 0 ||
  state.q !== '' ||
  state.from !== null ||
  state.to !== null;

/** The same view with every filter cleared. */
export const clearFilters = (state: ViewState): ViewState => ({
  ...EMPTY_VIEW,
  event: state.event,
});

/** Adds `value` to a list if absent, removes it if present. */
export const toggle = (values: readonly string[], value: string): string[] =>
  values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
