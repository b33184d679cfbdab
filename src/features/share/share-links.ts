/**
 * The link and embed code of a view, built with the URL-state serializers so that a shared link
 * reads exactly like the app's own URLs. Pure: the page's location is passed in.
 */
import {
  serializeDisplayState,
  serializeViewState,
  type EmbedView,
  type Theme,
  type ViewState,
} from '../../app/url-state';

/** The parts of `window.location` the links are built from. */
export interface PageLocation {
  origin: string;
  pathname: string;
  search: string;
}

/** The views an iframe can show, in the order the dialog offers them. */
export const EMBED_VIEW_OPTIONS: ReadonlyArray<{ value: EmbedView; label: string }> = [
  { value: 'timeline', label: 'Timeline' },
  { value: 'partners', label: 'Partners' },
  { value: 'topics', label: 'Topic chart' },
  { value: 'dashboard', label: 'Dashboard (timeline, chart and partners)' },
];

/**
 * The link to the current view, without the open event (a link is for the view, not the
 * reader), e.g. "https://host/?country=NZ".
 */
export const viewLink = (location: PageLocation, view: ViewState): string =>
  `${location.origin}${location.pathname}${serializeViewState({ ...view, event: null }, location.search)}`;

/**
 * The iframe address of `embedView` under the current filters (and theme, if one is chosen),
 * e.g. "https://host/?embed=1&view=timeline&country=NZ".
 */
export const embedSrc = (
  location: PageLocation,
  view: ViewState,
  embedView: EmbedView,
  theme: Theme | null,
): string => {
  const display = serializeDisplayState({
    embed: true,
    view: embedView,
    theme,
    present: false,
    step: 1,
  });
  return `${location.origin}${location.pathname}${serializeViewState({ ...view, event: null }, display)}`;
};

/** The filters as the URL has them, e.g. "country: NZ; topic: cybersecurity" ("" for none). */
export const describeUrlFilters = (view: ViewState): string =>
  [
    view.countries.length > 0 && `country: ${view.countries.join(', ')}`,
    view.topics.length > 0 && `topic: ${view.topics.join(', ')}`,
    view.q && `search: “${view.q}”`,
    view.from && `from ${view.from}`,
    view.to && `to ${view.to}`,
  ]
    .filter(Boolean)
    .join('; ');

/** The iframe's accessible title, e.g. "Summit Timeline: timeline (country: NZ)". */
export const embedTitle = (embedView: EmbedView, view: ViewState): string => {
  const filters = describeUrlFilters(view);
  return `Summit Timeline: ${embedView}${filters ? ` (${filters})` : ''}`;
};

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML to paste into a host page: a full-width, borderless, lazily loaded iframe. */
export const iframeSnippet = (src: string, title: string): string =>
  `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
