import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { rowIndexOf } from './use-focused-row';
import { nextEventRow, type TimelineRow } from './timeline-rows';

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface PendingFocus {
  rowIndex: number;
  /** Tab lands on the row's first control, Shift+Tab on its last. */
  edge: 'first' | 'last';
}

const tabbablesIn = (element: Element): HTMLElement[] => [
  ...element.querySelectorAll<HTMLElement>(TABBABLE),
];

const rowElement = (list: HTMLElement | null, rowIndex: number): Element | null =>
  list?.querySelector(`[data-index="${rowIndex}"]`) ?? null;

/**
 * Keeps Tab and Shift+Tab moving from event to event in a windowed list. The browser can only
 * move focus to elements in the DOM, so when the next event's row is not drawn, the key scrolls
 * it into the window (`scrollToRow`) and focus follows once it is rendered. Returns the list's
 * keydown handler.
 */
export const useTabAcrossWindow = (
  rows: readonly TimelineRow[],
  listRef: RefObject<HTMLElement | null>,
  scrollToRow: (rowIndex: number) => void,
) => {
  const [pending, setPending] = useState<PendingFocus | null>(null);
  const done = useRef<PendingFocus | null>(null);
  // After every render: the row appears some renders after the scroll, as the window catches up.
  useEffect(() => {
    if (!pending || done.current === pending) return;
    const row = rowElement(listRef.current, pending.rowIndex);
    if (!row) return;
    const controls = tabbablesIn(row);
    (pending.edge === 'first' ? controls[0] : controls.at(-1))?.focus();
    done.current = pending;
  });
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const from = rowIndexOf(event.target);
    const row = from === null ? null : rowElement(listRef.current, from);
    if (from === null || !row) return;
    const forward = !event.shiftKey;
    const controls = tabbablesIn(row);
    // Only leaving the row matters: within it, the browser's order is right.
    if (event.target !== (forward ? controls.at(-1) : controls[0])) return;
    const next = nextEventRow(rows, from, forward ? 1 : -1);
    if (next === null || rowElement(listRef.current, next)) return;
    event.preventDefault();
    setPending({ rowIndex: next, edge: forward ? 'first' : 'last' });
    scrollToRow(next);
  };
};
