import { useEffect, useRef, type RefObject } from 'react';
import type { DatasetIndex } from '../../shared/dataset-index';
import { TimelineRowItem } from './timeline-row';
import { eventRowIndex, type TimelineRow } from './timeline-rows';

export interface TimelineRowsProps {
  rows: readonly TimelineRow[];
  index: DatasetIndex;
  onRead: (eventId: string) => void;
  /**
   * The event of a `?event=` link the page opened with, until a list has scrolled to it: then
   * null, so that later filter changes or printing do not jump back to it.
   */
  linkedEventRef?: RefObject<string | null>;
}

/** Every given row in the document flow: short lists, printing, and while the window loads. */
export const StaticRows = ({ rows, index, onRead, linkedEventRef }: TimelineRowsProps) => {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const eventId = linkedEventRef?.current;
    if (!linkedEventRef || !eventId) return;
    linkedEventRef.current = null;
    const at = eventRowIndex(rows, eventId);
    listRef.current?.querySelector(`[data-index="${at}"]`)?.scrollIntoView({ block: 'center' });
  }, [rows, linkedEventRef]);
  return (
    <ol ref={listRef} className="timeline-rows">
      {rows.map((row, rowIndex) => (
        <TimelineRowItem
          key={row.key}
          row={row}
          rowIndex={rowIndex}
          index={index}
          onRead={onRead}
        />
      ))}
    </ol>
  );
};
