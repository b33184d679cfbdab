/**
 * Where a timeline row sits: its position in the list (the `data-index` the virtualizer measures
 * by and the keyboard moves by) and, in the windowed list, its offset and measuring ref.
 */
import type { CSSProperties, Ref } from 'react';

export interface RowPlacement {
  rowIndex: number;
  /** The list's full length, in the windowed list: most rows are not in the DOM to count. */
  setSize?: number;
  /** Offset from the top of the windowed list, in pixels; static rows flow instead. */
  top?: number;
  /** The virtualizer's measuring ref: rows are as tall as their content. */
  measureRef?: Ref<HTMLLIElement>;
}

/** The attributes of a row's <li> for its placement. */
export const rowAttributes = ({ rowIndex, setSize, top, measureRef }: RowPlacement) => ({
  ref: measureRef,
  'data-index': rowIndex,
  'aria-setsize': setSize,
  'aria-posinset': setSize === undefined ? undefined : rowIndex + 1,
  style: top === undefined ? undefined : ({ top } satisfies CSSProperties),
});
