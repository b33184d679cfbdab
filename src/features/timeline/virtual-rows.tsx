/**
 * The timeline's rows for long lists, windowed: only the rows on screen (and a few either side)
 * are in the DOM, each measured as it renders. The page itself scrolls, so this uses the window
 * virtualizer. Default export: the timeline lazy-loads it, so short corpora never download it.
 */
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import type { TimelineRowsProps } from './static-rows';
import { TimelineRowItem } from './timeline-row';
import { eventRowIndex, type TimelineRow } from './timeline-rows';
import { useFocusedRow } from './use-focused-row';
import { useScrollMargin } from './use-scroll-margin';
import { useTabAcrossWindow } from './use-tab-across-window';

/** Heights before a row is measured, close to typical ones so that the scroll bar barely moves. */
const ESTIMATED_HEIGHT: Record<TimelineRow['kind'], number> = { month: 52, day: 40, event: 160 };

/**
 * Rows drawn beyond each edge of the screen: room for fast scrolling (Tab across the window is
 * handled apart). Every filter change builds this many new rows on each side, so few.
 */
const OVERSCAN = 3;

/** The window's rows plus the focused one, in list order (the DOM order is the Tab order). */
const withRow = (range: Range, rowIndex: number | null): number[] => {
  const indexes = defaultRangeExtractor(range);
  if (rowIndex === null || rowIndex >= range.count || indexes.includes(rowIndex)) return indexes;
  return [...indexes, rowIndex].sort((a, b) => a - b);
};

export default function VirtualRows({ rows, index, onRead, linkedEventRef }: TimelineRowsProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const scrollMargin = useScrollMargin(listRef);
  const { focusedRow, onFocus } = useFocusedRow(rows);
  // One identity per list of rows: the virtualizer re-lays out every row (thousands) whenever
  // getItemKey changes, which would otherwise be on every render, scrolling included.
  const estimateSize = useCallback(
    (at: number) => ESTIMATED_HEIGHT[rows[at]?.kind ?? 'event'],
    [rows],
  );
  const getItemKey = useCallback((at: number) => rows[at]?.key ?? at, [rows]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor: (range) => withRow(range, focusedRow),
    // Its flushSync also runs while React commits (measuring), which React 19 refuses with an
    // error; overscan covers the frame a plain update can take.
    useFlushSync: false,
  });
  const onKeyDown = useTabAcrossWindow(rows, listRef, (at) => virtualizer.scrollToIndex(at));

  // A `?event=` link: bring its event on screen behind the reader, once.
  useEffect(() => {
    const eventId = linkedEventRef?.current;
    if (!linkedEventRef || !eventId) return;
    linkedEventRef.current = null;
    const at = eventRowIndex(rows, eventId);
    if (at >= 0) virtualizer.scrollToIndex(at, { align: 'center' });
  }, [rows, linkedEventRef, virtualizer]);

  return (
    <ol
      ref={listRef}
      className="timeline-rows timeline-rows-windowed"
      style={{ blockSize: virtualizer.getTotalSize() }}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        return (
          row && (
            <TimelineRowItem
              key={item.key}
              row={row}
              rowIndex={item.index}
              setSize={rows.length}
              top={item.start - scrollMargin}
              measureRef={virtualizer.measureElement}
              index={index}
              onRead={onRead}
            />
          )
        );
      })}
    </ol>
  );
}
