/**
 * Keeps keyboard focus in place when a button removes itself: focus moves to the remove button
 * now at the same position, or to a fallback, instead of being dropped on <body>.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Returns `removedAt(position)`, to call from a remove button's handler. After the next render,
 * focus goes to the `selector` match at that position inside `list` (or the last one), else to
 * `fallback`; `removedAt(null)` (every button removed at once) goes straight to `fallback`.
 */
export const useFocusAfterRemoval = (
  list: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null>,
  selector: string,
): ((position: number | null) => void) => {
  // undefined: nothing to do; null: go to the fallback; a number: the position removed.
  const pending = useRef<number | null | undefined>(undefined);

  // No dependency list: it must run after whichever render follows the removal.
  useEffect(() => {
    const position = pending.current;
    if (position === undefined) return;
    pending.current = undefined;
    const buttons = list.current?.querySelectorAll<HTMLElement>(selector) ?? [];
    const next = position === null ? undefined : buttons[Math.min(position, buttons.length - 1)];
    (next ?? fallback.current)?.focus();
  });

  return useCallback((position: number | null) => {
    pending.current = position;
  }, []);
};
