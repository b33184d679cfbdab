/**
 * What the exported slide says, as plain data: title, what is shown and the filters in words,
 * the events that fit, the source articles with their dates and the "as of" stamp. Pure, so the
 * wording and the selection are tested without rendering.
 */
import type { ViewState } from '../../app/url-state';
import type { DatasetEvent, IsoDay } from '../../data/schema';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { FilterResult } from '../../shared/filter-events';
import {
  selectSlideEvents,
  toSlideEvent,
  type SlideDensity,
  type SlideEvent,
} from './slide-events';
import {
  articleDay,
  describeArticleDate,
  describeSlideFilters,
  describeSlideSubtitle,
  describeStamp,
} from './slide-words';

/** How many lines the footer has for source articles ("and N more" takes the last one). */
export const MAX_SLIDE_SOURCES = 4;

export interface SlideSource {
  id: string;
  title: string;
  /** E.g. "published 6 July 2024" or "undated, inferred 9 July 2024". */
  date: string;
}

export interface SlideContent {
  title: string;
  /** Larger type when there are few events. */
  density: SlideDensity;
  /** What is shown, e.g. "3 of 7 events, 9–11 July 2024". */
  subtitle: string;
  /** The filters in words, e.g. "Topic: Interoperability · Country: New Zealand". */
  filters: string;
  events: SlideEvent[];
  /** Matching events left off the slide. */
  moreEvents: number;
  sources: SlideSource[];
  moreSources: number;
  /** E.g. "As of 9 July 2024 · exported 20 May 2026". */
  stamp: string;
}

/** The articles the events rest on, oldest first, each with its date in words. */
export const slideSources = (
  events: readonly DatasetEvent[],
  index: DatasetIndex,
): SlideSource[] => {
  const ids = new Set(events.flatMap((e) => e.mentions.map((m) => m.articleId)));
  return [...ids]
    .flatMap((id) => index.articles.get(id) ?? [])
    .sort((a, b) => articleDay(a).localeCompare(articleDay(b)) || a.title.localeCompare(b.title))
    .map((article) => ({
      id: article.id,
      title: article.title || article.source,
      date: describeArticleDate(article),
    }));
};

/** All sources when they fit the footer, else one line fewer and "and N more sources". */
export const fitSources = (
  sources: readonly SlideSource[],
  max = MAX_SLIDE_SOURCES,
): Pick<SlideContent, 'sources' | 'moreSources'> => {
  const shown = sources.length <= max ? sources.length : max - 1;
  return { sources: sources.slice(0, shown), moreSources: sources.length - shown };
};

/** Everything the slide of the current view says. */
export const buildSlideContent = (
  index: DatasetIndex,
  view: ViewState,
  result: FilterResult,
  today: IsoDay,
): SlideContent => {
  const { shown, more, density } = selectSlideEvents(result.events);
  const sources = slideSources(result.events, index);
  return {
    title: 'Summit Timeline',
    density,
    subtitle: describeSlideSubtitle(result.events, index.events.length),
    filters: describeSlideFilters(view, result, index),
    events: shown.map((event) => toSlideEvent(event, index, result)),
    moreEvents: more,
    ...fitSources(sources),
    stamp: describeStamp(index, today),
  };
};
