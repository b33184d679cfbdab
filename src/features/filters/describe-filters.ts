/**
 * The active filters in words, each with the view it leaves when removed — the content of the
 * summary under the filter bar. Pure, so the wording is tested without rendering.
 */
import type { ViewState } from '../../app/url-state';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { FilterResult } from '../../shared/filter-events';
import { formatDay } from '../../shared/date-words';

export interface FilterChip {
  /** Stable React key, e.g. "country:NZ". */
  key: string;
  /** What the chip says, e.g. "Country: New Zealand". */
  text: string;
  /** The remove button's accessible name. */
  removeLabel: string;
  /** The view without this filter. */
  remove: (view: ViewState) => ViewState;
}

const without = (values: readonly string[], value: string): string[] =>
  values.filter((v) => v !== value);

const topicChip = (id: string, label: string, ignored: boolean): FilterChip => {
  const text = ignored ? `Ignored unknown topic: ${id}` : `Topic: ${label}`;
  return {
    key: `topic:${id}`,
    text,
    removeLabel: ignored ? `Remove ignored topic: ${id}` : `Remove filter ${text}`,
    remove: (view) => ({ ...view, topics: without(view.topics, id) }),
  };
};

const countryChip = (code: string, name: string, ignored: boolean): FilterChip => {
  const text = ignored ? `Ignored unknown country: ${code}` : `Country: ${name}`;
  return {
    key: `country:${code}`,
    text,
    removeLabel: ignored ? `Remove ignored country: ${code}` : `Remove filter ${text}`,
    remove: (view) => ({ ...view, countries: without(view.countries, code) }),
  };
};

const simpleChip = (key: string, text: string, remove: FilterChip['remove']): FilterChip => ({
  key,
  text,
  removeLabel: `Remove filter ${text}`,
  remove,
});

/** The filters in effect, e.g. [Topic: Interoperability, Country: New Zealand, From: 9 Jul 2024]. */
export const activeFilterChips = (
  view: ViewState,
  result: FilterResult,
  index: DatasetIndex,
): FilterChip[] => [
  ...result.activeTopics.map((id) => topicChip(id, index.topicLabels.get(id) ?? id, false)),
  ...result.activeCountries.map((code) =>
    countryChip(code, index.countries.get(code)?.name ?? code, false),
  ),
  ...(view.q ? [simpleChip('q', `Search: “${view.q}”`, (v) => ({ ...v, q: '' }))] : []),
  ...(view.from
    ? [simpleChip('from', `From: ${formatDay(view.from)}`, (v) => ({ ...v, from: null }))]
    : []),
  ...(view.to ? [simpleChip('to', `To: ${formatDay(view.to)}`, (v) => ({ ...v, to: null }))] : []),
];

/** Ids in the URL that the data does not know, e.g. [Ignored unknown topic: foo]. */
export const ignoredFilterChips = (result: FilterResult): FilterChip[] => [
  ...result.unknownTopics.map((id) => topicChip(id, id, true)),
  ...result.unknownCountries.map((code) => countryChip(code, code, true)),
];

/** "Showing 2 of 7 events", or "Showing all 7 events" when nothing is filtered out. */
export const describeCount = (shown: number, total: number): string => {
  const noun = total === 1 ? 'event' : 'events';
  return shown === total ? `Showing all ${total} ${noun}` : `Showing ${shown} of ${total} ${noun}`;
};
