/**
 * The filters in words under the filter bar: how many events are shown, each active filter with
 * its own remove button, the URL ids that were ignored, and "Clear all filters".
 */
import { useRef } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import { clearFilters, hasFilters } from '../../app/url-state';
import { activeFilterChips, describeCount, ignoredFilterChips } from './describe-filters';
import type { FilterChip } from './describe-filters';
import { useFocusAfterRemoval } from './use-focus-after-removal';
import './filters.css';

const REMOVE_BUTTON = 'button[data-remove]';

/** The summary of the view's filters; the count is a live region so result changes are heard. */
export const ActiveFilters = () => {
  const { index, view, setView, result } = useDashboard();
  const listRef = useRef<HTMLDivElement>(null);
  const countRef = useRef<HTMLParagraphElement>(null);
  const removedAt = useFocusAfterRemoval(listRef, countRef, REMOVE_BUTTON);

  const active = activeFilterChips(view, result, index);
  const ignored = ignoredFilterChips(result);

  const remove = (chip: FilterChip, position: number) => {
    removedAt(position);
    setView(chip.remove(view));
  };

  const renderChips = (chips: FilterChip[], offset: number, className: string) => (
    <ul className={className}>
      {chips.map((chip, i) => (
        <li key={chip.key} className="chip filter-chip">
          <span>{chip.text}</span>
          <button
            type="button"
            className="filter-chip-remove"
            data-remove=""
            aria-label={chip.removeLabel}
            title={chip.removeLabel}
            onClick={() => remove(chip, offset + i)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <section className="active-filters" aria-label="Active filters">
      <div className="active-filters-row" ref={listRef}>
        <p className="active-filters-count" role="status" tabIndex={-1} ref={countRef}>
          {describeCount(result.events.length, index.events.length)}
        </p>
        {active.length > 0 && renderChips(active, 0, 'filter-chips')}
        {ignored.length > 0 && renderChips(ignored, active.length, 'filter-chips filter-ignored')}
        {hasFilters(view) && (
          <button
            type="button"
            className="button active-filters-clear"
            onClick={() => {
              // The button disappears with the filters: focus goes to the count it just changed.
              removedAt(null);
              setView(clearFilters(view));
            }}
          >
            Clear all filters
          </button>
        )}
      </div>
    </section>
  );
};
