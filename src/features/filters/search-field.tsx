/** The free-text search box with its submit button; its state lives in useSearchDraft. */
import { useId } from 'react';
import type { SearchDraft } from './use-search-draft';

/** "Search events": applies as typing settles, or at once with Enter or the button. */
export const SearchField = ({ search }: { search: SearchDraft }) => {
  const id = useId();
  return (
    <div className="filter-field filter-search">
      <label htmlFor={id}>Search events</label>
      <div className="filter-search-row">
        <input
          id={id}
          type="search"
          value={search.draft}
          onChange={(event) => search.setDraft(event.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </div>
  );
};
