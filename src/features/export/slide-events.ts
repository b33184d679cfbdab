/**
 * The slide's events: which of the view's events fit its timeline (the best evidenced, when not
 * all do), and each one's dates, certainty, title, tags and evidence as the slide writes them.
 */
import type { DatasetEvent } from '../../data/schema';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { FilterResult } from '../../shared/filter-events';
import { describeEventDates } from '../../shared/date-words';
import { plural } from './slide-words';

/** How many events fit the slide's timeline; the rest are counted, not listed. */
export const MAX_SLIDE_EVENTS = 8;

/** A topic chip, or a country written with its flag. */
export interface SlideTag {
  kind: 'topic' | 'country';
  /** Topic id or ISO alpha-2 country code. */
  id: string;
  label: string;
}

export interface SlideEvent {
  id: string;
  /** E.g. "9–11 July 2024". */
  dates: string;
  /** How sure the dates are; drawn as a marker, and written out unless exact. */
  certainty: 'exact' | 'approximate' | 'inferred';
  title: string;
  /** The topics and countries that fit one line, those filtered by first; and how many more. */
  tags: SlideTag[];
  moreTags: number;
  /** E.g. "2 sources · 3 mentions". */
  evidence: string;
}

const sourcesOf = (event: DatasetEvent): number =>
  new Set(event.mentions.map((m) => m.articleId)).size;

const APPROXIMATE = new Set(['week', 'month', 'year', 'approximate']);

/**
 * Characters of topic and country names that fit an event's one line of tags on the slide, each
 * tag's padding (or flag) counted as a few more. Sized for a wide font (DejaVu Sans).
 */
export const TAG_BUDGET = 96;
const TAG_OVERHEAD = 5;

/**
 * The tags that fit the budget, in order; the rest are counted, e.g. seven topics and five
 * countries → the first three topics and "+9 more".
 */
export const fitTags = (
  tags: readonly SlideTag[],
  budget = TAG_BUDGET,
): Pick<SlideEvent, 'tags' | 'moreTags'> => {
  // Room for "+N more" whenever something might be left out.
  let left = budget - TAG_OVERHEAD * 2;
  const kept: SlideTag[] = [];
  for (const tag of tags) {
    if (tag.label.length + TAG_OVERHEAD > left) break;
    left -= tag.label.length + TAG_OVERHEAD;
    kept.push(tag);
  }
  return { tags: kept, moreTags: tags.length - kept.length };
};

/** The event's tags, the filtered-by topics and countries first: what the slide is about. */
const eventTags = (
  event: DatasetEvent,
  index: DatasetIndex,
  result: Pick<FilterResult, 'activeTopics' | 'activeCountries'>,
): SlideTag[] => {
  const topics = event.topics.map((id): SlideTag => ({
    kind: 'topic',
    id,
    label: index.topicLabels.get(id) ?? id,
  }));
  const countries = event.countries.map((id): SlideTag => ({
    kind: 'country',
    id,
    label: index.countries.get(id)?.name ?? id,
  }));
  const filtered = (tag: SlideTag) =>
    (tag.kind === 'topic' ? result.activeTopics : result.activeCountries).includes(tag.id);
  const all = [...topics, ...countries];
  return [...all.filter(filtered), ...all.filter((tag) => !filtered(tag))];
};

/** An event as the slide lists it. */
export const toSlideEvent = (
  event: DatasetEvent,
  index: DatasetIndex,
  result: Pick<FilterResult, 'activeTopics' | 'activeCountries'>,
): SlideEvent => ({
  id: event.id,
  dates: describeEventDates(event),
  certainty: event.inferred
    ? 'inferred'
    : APPROXIMATE.has(event.precision)
      ? 'approximate'
      : 'exact',
  title: event.title,
  ...fitTags(eventTags(event, index, result)),
  evidence: `${plural(sourcesOf(event), 'source')} · ${plural(event.mentions.length, 'mention')}`,
});

/**
 * The slide's room for events, in CSS pixels, when header and footer are at their tallest (two
 * lines of filters, four of sources), and what a row takes: one line of title, dates and tags,
 * and another line per extra line of title. Measured in Chromium with DejaVu Sans, a wide font;
 * slide.css must change with these numbers.
 */
export const EVENT_LIST_HEIGHT = 556;
const ROW_HEIGHT = { compact: 68, roomy: 92 } as const;
const TITLE_LINE_HEIGHT = { compact: 26, roomy: 34 } as const;
/** Characters of title that surely fit one line (20px and 26px semibold). */
const TITLE_LINE_CHARS = { compact: 64, roomy: 50 } as const;
/** Titles take at most two lines; longer ones end in an ellipsis. */
const MAX_TITLE_LINES = 2;

/** Up to this many events the slide uses larger type. */
export const ROOMY_EVENTS = 4;

export type SlideDensity = keyof typeof ROW_HEIGHT;

/** The height one event's row takes on the slide at `density`. */
export const estimateRowHeight = (title: string, density: SlideDensity): number => {
  const lines = Math.min(MAX_TITLE_LINES, Math.ceil(title.length / TITLE_LINE_CHARS[density]));
  return ROW_HEIGHT[density] + TITLE_LINE_HEIGHT[density] * (Math.max(1, lines) - 1);
};

/** The `max` best evidenced events (most sources, then mentions, then latest), in date order. */
const bestEvidenced = (events: readonly DatasetEvent[], max: number): DatasetEvent[] => {
  const rank = events
    .map((event, position) => ({ event, position }))
    .sort(
      (a, b) =>
        sourcesOf(b.event) - sourcesOf(a.event) ||
        b.event.mentions.length - a.event.mentions.length ||
        b.position - a.position,
    );
  const kept = new Set(rank.slice(0, max).map((r) => r.position));
  return events.filter((_, p) => kept.has(p));
};

/**
 * The events that fit the slide, in date order (`events` is in date order): all of them when
 * they fit, else the best evidenced that fit — at most `max`, and no more than the rows the
 * slide has room for.
 */
export const selectSlideEvents = (
  events: readonly DatasetEvent[],
  max = MAX_SLIDE_EVENTS,
): { shown: DatasetEvent[]; more: number; density: SlideDensity } => {
  const density: SlideDensity = events.length <= ROOMY_EVENTS ? 'roomy' : 'compact';
  const height = (list: readonly DatasetEvent[]) =>
    list.reduce((sum, event) => sum + estimateRowHeight(event.title, density), 0);
  let shown = events.length <= max ? [...events] : bestEvidenced(events, max);
  for (let n = shown.length - 1; n > 0 && height(shown) > EVENT_LIST_HEIGHT; n -= 1) {
    shown = bestEvidenced(events, n);
  }
  return { shown, more: events.length - shown.length, density };
};
