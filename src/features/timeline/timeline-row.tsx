import { memo } from 'react';
import type { DatasetIndex } from '../../shared/dataset-index';
import { rowAttributes, type RowPlacement } from './row-placement';
import { TimelineEvent } from './timeline-event';
import type { TimelineRow } from './timeline-rows';

export interface TimelineRowProps extends RowPlacement {
  row: TimelineRow;
  index: DatasetIndex;
  onRead: (eventId: string) => void;
}

/** A month (h3) or day (h4) heading row. Padding, not margins: a row's box is all its space. */
const HeadingRow = memo(function HeadingRow({
  row,
  ...placement
}: { row: Exclude<TimelineRow, { kind: 'event' }> } & RowPlacement) {
  const Heading = row.kind === 'month' ? 'h3' : 'h4';
  return (
    <li className={`timeline-${row.kind}`} {...rowAttributes(placement)}>
      <Heading>{row.label}</Heading>
    </li>
  );
});

/** One row of the timeline list, whether every row is drawn or only a window of them. */
export const TimelineRowItem = ({ row, index, onRead, ...placement }: TimelineRowProps) =>
  row.kind === 'event' ? (
    <TimelineEvent event={row.event} index={index} onRead={onRead} {...placement} />
  ) : (
    <HeadingRow row={row} {...placement} />
  );
