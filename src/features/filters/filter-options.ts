/**
 * The choices offered by the topic and country pickers, with how many events each would match
 * under the other filters. Pure: the pickers only render what these return.
 */
import type { FilterResult } from '../../shared/filter-events';
import type { DatasetIndex } from '../../shared/dataset-index';

import { IP4_PARTNERS } from '../../shared/nato-membership';

export interface FilterOption {
  id: string;
  label: string;
  /** Events this option would match combined with the other kinds of filter. */
  count: number;
  selected: boolean;
}

export interface FilterOptionGroup {
  /** Shown as a sub-legend; null when the group is the whole list. */
  label: string | null;
  options: FilterOption[];
}

const byLabel = (a: FilterOption, b: FilterOption): number => a.label.localeCompare(b.label);

/** Every topic of the data, alphabetically — a stable order, so options never jump as counts change. */
export const topicOptions = (index: DatasetIndex, result: FilterResult): FilterOption[] =>
  [...index.topicLabels]
    .map(([id, label]) => ({
      id,
      label,
      count: result.topicCounts.get(id) ?? 0,
      selected: result.activeTopics.includes(id),
    }))
    .sort(byLabel);

/** The data's countries: IP4 partners first, then the others, each group alphabetically. */
export const countryOptionGroups = (
  index: DatasetIndex,
  result: FilterResult,
): FilterOptionGroup[] => {
  const options = [...index.countries.values()].map((country) => ({
    id: country.code,
    label: country.name,
    count: result.countryCounts.get(country.code) ?? 0,
    selected: result.activeCountries.includes(country.code),
  }));
  const partners = options.filter((o) => IP4_PARTNERS.includes(o.id)).sort(byLabel);
  const others = options.filter((o) => !IP4_PARTNERS.includes(o.id)).sort(byLabel);
  if (partners.length === 0 || others.length === 0) {
    return [{ label: null, options: [...partners, ...others] }];
  }
  return [
    { label: 'Indo-Pacific partners (IP4)', options: partners },
    { label: 'Other countries', options: others },
  ];
};
