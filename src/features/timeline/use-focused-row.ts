import { useState, type FocusEvent } from 'react';
import type { TimelineRow } from './timeline-rows';

interface FocusedRow {
  /** The rows the position refers to: a filter change makes it meaningless. */
  rows: readonly TimelineRow[];
  rowIndex: number;
}

/** The position of the row element that `target` is in, from its `data-index`. */
export const rowIndexOf = (target: EventTarget | null): number | null => {
  const row = target instanceof Element ? target.closest<HTMLElement>('[data-index]') : null;
  const rowIndex = Number(row?.dataset.index);
  return row && Number.isInteger(rowIndex) ? rowIndex : null;
};

/**
 * The row that last held focus, for the windowed list to keep drawing when it scrolls out of view:
 * removing the focused element would drop keyboard focus to the top of the page. Pass `onFocus`
 * to the list (React's focus events bubble).
 */
export const useFocusedRow = (rows: readonly TimelineRow[]) => {
  const [focused, setFocused] = useState<FocusedRow | null>(null);
  const focusedRow = focused?.rows === rows ? focused.rowIndex : null;
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const rowIndex = rowIndexOf(event.target);
    if (rowIndex !== null && rowIndex !== focusedRow) setFocused({ rows, rowIndex });
  };
  return { focusedRow, onFocus };
};
