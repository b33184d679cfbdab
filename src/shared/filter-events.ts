/**
 * Applies the view's filters to the indexed dataset: OR within a kind (any chosen topic), AND
 * across kinds (topic and country and text and dates). Also counts, for each topic and country,
 * the events it would match under the other filters — the numbers shown beside each option.
 */
import type { DatasetEvent } from '../data/schema';
import type { ViewState } from '../app/url-state';
import type { DatasetIndex } from './dataset-index';

export interface FilterResult {
  /** Matching events in chronological order. */
  events: DatasetEvent[];
  /** Events per topic / country under all the other filters. */
  topicCounts: Map<string, number>;
  countryCounts: Map<string, number>;
  /** The filter values that exist in the data (the ones in effect). */
  activeTopics: string[];
  activeCountries: string[];
  /** Ids in the URL that the data does not know: ignored, and listed for the user. */
  unknownTopics: string[];
  unknownCountries: string[];
}

/** 1 for each event (by position) that passes a filter; null when the filter is not set. */
type Mask = Uint8Array | null;

const fromPositions = (size: number, lists: ReadonlyArray<readonly number[] | undefined>): Mask => {
  const mask = new Uint8Array(size);
  for (const list of lists) list?.forEach((position) => (mask[position] = 1));
  return mask;
};

const textMask = (index: DatasetIndex, query: string): Mask => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return Uint8Array.from(index.searchText, (text) =>
    words.every((w) => text.includes(w)) ? 1 : 0,
  );
};

const dateMask = (index: DatasetIndex, from: string | null, to: string | null): Mask => {
  if (!from && !to) return null;
  // Overlap, not containment: a summit running into the chosen range belongs to it.
  return Uint8Array.from(index.events, (e) =>
    (!from || e.end >= from) && (!to || e.start <= to) ? 1 : 0,
  );
};

/** The events that pass every given filter, as one mask: null when none is set. */
const allOf = (size: number, masks: readonly Mask[]): Mask => {
  const set = masks.filter((mask): mask is Uint8Array => mask !== null);
  if (set.length <= 1) return set[0] ?? null;
  const combined = new Uint8Array(size);
  for (let p = 0; p < size; p += 1) combined[p] = set.every((mask) => mask[p]) ? 1 : 0;
  return combined;
};

const countBy = (
  keys: Iterable<string>,
  positions: Map<string, number[]>,
  mask: Mask,
): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const key of keys) {
    const list = positions.get(key) ?? [];
    let n = mask ? 0 : list.length;
    if (mask) for (const p of list) n += mask[p] ?? 0;
    counts.set(key, n);
  }
  return counts;
};

/** Filters the dataset by the view, e.g. {countries: ["NZ"]} → the events naming New Zealand. */
export const filterEvents = (index: DatasetIndex, view: ViewState): FilterResult => {
  const size = index.events.length;
  const activeTopics = view.topics.filter((t) => index.topicLabels.has(t));
  const activeCountries = view.countries.filter((c) => index.countries.has(c));
  const topicMask = activeTopics.length
    ? fromPositions(
        size,
        activeTopics.map((t) => index.byTopic.get(t)),
      )
    : null;
  const countryMask = activeCountries.length
    ? fromPositions(
        size,
        activeCountries.map((c) => index.byCountry.get(c)),
      )
    : null;
  const text = textMask(index, view.q);
  const dates = dateMask(index, view.from, view.to);
  const matching = allOf(size, [topicMask, countryMask, text, dates]);
  return {
    events: matching ? index.events.filter((_, p) => matching[p]) : [...index.events],
    topicCounts: countBy(
      index.topicLabels.keys(),
      index.byTopic,
      allOf(size, [countryMask, text, dates]),
    ),
    countryCounts: countBy(
      index.countries.keys(),
      index.byCountry,
      allOf(size, [topicMask, text, dates]),
    ),
    activeTopics,
    activeCountries,
    unknownTopics: view.topics.filter((t) => !index.topicLabels.has(t)),
    unknownCountries: view.countries.filter((c) => !index.countries.has(c)),
  };
};

export interface TopicFrequency {
  topic: string;
  label: string;
  /** Evidence sentences (mentions) of the matching events that carry the topic. */
  mentions: number;
  events: number;
}

/** Mentions per topic across `events`, most frequent first; topics with none are left out. */
export const topicFrequencies = (
  index: DatasetIndex,
  events: readonly DatasetEvent[],
): TopicFrequency[] => {
  const tally = new Map<string, TopicFrequency>();
  for (const event of events) {
    for (const topic of event.topics) {
      const entry = tally.get(topic) ?? {
        topic,
        label: index.topicLabels.get(topic) ?? topic,
        mentions: 0,
        events: 0,
      };
      entry.mentions += event.mentions.length;
      entry.events += 1;
      tally.set(topic, entry);
    }
  }
  return [...tally.values()].sort(
    (a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label),
  );
};
