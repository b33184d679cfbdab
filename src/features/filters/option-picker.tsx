/**
 * A multi-select as a disclosure: a button ("Topics, 2 selected") opening a fieldset of native
 * checkboxes, each with the number of events it would match. Native checkboxes give keyboard,
 * screen-reader and forced-colours support for free.
 */
import { useCallback, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { FilterOption, FilterOptionGroup } from './filter-options';
import { useDismiss } from './use-dismiss';

interface OptionPickerProps {
  /** The button's text, e.g. "Topics". */
  label: string;
  /** The fieldset's legend, e.g. "Filter by topic". */
  legend: string;
  groups: FilterOptionGroup[];
  onToggle: (id: string) => void;
  /** Drawn before an option's label, e.g. a flag. */
  renderIcon?: (option: FilterOption) => ReactNode;
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

const OptionList = ({
  options,
  onToggle,
  renderIcon,
}: Pick<OptionPickerProps, 'onToggle' | 'renderIcon'> & { options: FilterOption[] }) => (
  <ul className="filter-options">
    {options.map((option) => {
      const empty = option.count === 0;
      return (
        <li key={option.id}>
          <label className={empty ? 'filter-option filter-option-empty' : 'filter-option'}>
            <input
              type="checkbox"
              checked={option.selected}
              // An option matching nothing stays visible (so the list keeps its shape) but cannot
              // be picked — unless it already is, so that it can still be unticked.
              disabled={empty && !option.selected}
              onChange={() => onToggle(option.id)}
            />
            {renderIcon?.(option)}
            <span className="filter-option-label">{option.label}</span>
            <span className="filter-option-count" aria-hidden="true">
              ({option.count})
            </span>
            <span className="visually-hidden">{`, ${plural(option.count, 'event')}`}</span>
          </label>
        </li>
      );
    })}
  </ul>
);

/** A disclosure button with a panel of checkboxes; Escape or a click elsewhere closes it. */
export const OptionPicker = ({
  label,
  legend,
  groups,
  onToggle,
  renderIcon,
}: OptionPickerProps) => {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(rootRef, open, close);

  const selected = groups.reduce((n, g) => n + g.options.filter((o) => o.selected).length, 0);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="filter-picker" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="button filter-picker-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((isOpen) => !isOpen)}
      >
        {label}
        {selected > 0 && (
          <>
            <span className="filter-picker-badge" aria-hidden="true">
              {selected}
            </span>
            <span className="visually-hidden">{`, ${selected} selected`}</span>
          </>
        )}
        <span className="filter-picker-caret" aria-hidden="true" />
      </button>
      <div id={panelId} className="filter-picker-panel" hidden={!open}>
        <fieldset className="filter-fieldset">
          <legend>{legend}</legend>
          {groups.map((group) =>
            group.label ? (
              <fieldset key={group.label} className="filter-subgroup">
                <legend>{group.label}</legend>
                <OptionList options={group.options} onToggle={onToggle} renderIcon={renderIcon} />
              </fieldset>
            ) : (
              <OptionList
                key="all"
                options={group.options}
                onToggle={onToggle}
                renderIcon={renderIcon}
              />
            ),
          )}
        </fieldset>
      </div>
    </div>
  );
};
