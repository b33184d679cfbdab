/**
 * The filter controls in the header: topics, countries, free text and dates. Every change goes
 * through setView, so it lands in the URL and Back/Forward step through it.
 */
import { useMemo, type FormEvent } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import { toggle } from '../../app/url-state';
import { Flag } from '../../ui/flag';
import { dateBounds } from './date-bounds';
import { DateRangeFields } from './date-range-fields';
import { countryOptionGroups, topicOptions } from './filter-options';
import { OptionPicker } from './option-picker';
import { SearchField } from './search-field';
import { useSearchDraft } from './use-search-draft';
import './filters.css';

/** The search landmark holding every filter control. */
export const FilterBar = () => {
  const { index, view, setView, result } = useDashboard();
  const search = useSearchDraft();
  const bounds = useMemo(() => dateBounds(index), [index]);
  const topicGroups = useMemo(
    () => [{ label: null, options: topicOptions(index, result) }],
    [index, result],
  );
  const countryGroups = useMemo(() => countryOptionGroups(index, result), [index, result]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    search.commit();
  };

  return (
    <form role="search" aria-label="Filter events" className="filter-bar" onSubmit={onSubmit}>
      <OptionPicker
        label="Topics"
        legend="Filter by topic"
        groups={topicGroups}
        onToggle={(id) => setView({ ...view, topics: toggle(view.topics, id) })}
      />
      <OptionPicker
        label="Countries"
        legend="Filter by country"
        groups={countryGroups}
        onToggle={(code) => setView({ ...view, countries: toggle(view.countries, code) })}
        renderIcon={(option) => <Flag code={option.id} name={option.label} decorative />}
      />
      <SearchField search={search} />
      {bounds && <DateRangeFields bounds={bounds} />}
    </form>
  );
};
