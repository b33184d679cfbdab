/**
 * "From" and "To" date inputs limited to the data's range. A date is applied as soon as it is
 * complete and in range; typing a year digit by digit passes through dates like 0002-07-09, which
 * stay in the field's draft instead of landing in the URL and the history.
 */
import { useId, type ChangeEvent } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import type { DateBounds } from './date-bounds';
import { isDayWithin } from './date-bounds';
import { useUrlDraft } from './use-url-draft';

interface DateFieldProps {
  label: string;
  value: string | null;
  min: string;
  max: string;
  onCommit: (day: string | null) => void;
}

const DateField = ({ label, value, min, max, onCommit }: DateFieldProps) => {
  const id = useId();
  const [draft, setDraft] = useUrlDraft(value ?? '');

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    setDraft(input.value);
    // An empty value is either a cleared field or a half-typed one (badInput): only the first clears.
    if (input.value === '' ? !input.validity.badInput : isDayWithin(input.value, min, max)) {
      onCommit(input.value || null);
    }
  };

  return (
    <div className="filter-field filter-date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={draft}
        min={min}
        max={max}
        onChange={onChange}
        // Leaving the field with a date that was never applied shows the one that is.
        onBlur={() => setDraft(value ?? '')}
      />
    </div>
  );
};

/** The date range filter; each end is bounded by the data and by the other end. */
export const DateRangeFields = ({ bounds }: { bounds: DateBounds }) => {
  const { view, setView } = useDashboard();
  return (
    <fieldset className="filter-dates">
      <legend className="visually-hidden">Date range</legend>
      <DateField
        label="From"
        value={view.from}
        min={bounds.min}
        max={view.to ?? bounds.max}
        onCommit={(from) => setView({ ...view, from })}
      />
      <DateField
        label="To"
        value={view.to}
        min={view.from ?? bounds.min}
        max={bounds.max}
        onCommit={(to) => setView({ ...view, to })}
      />
    </fieldset>
  );
};
