import type { TopicFrequency } from '../../shared/filter-events';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Where the hovered bar ends, in the chart's pixels: the tooltip sits just below its start. */
export interface TooltipAnchor {
  x: number;
  y: number;
}

/**
 * The hovered bar's topic with both of its numbers. Drawn by the chart itself rather than by
 * recharts' Tooltip, which would more than double the chart's download for one small box.
 */
export const TopicTooltip = ({ row, anchor }: { row: TopicFrequency; anchor: TooltipAnchor }) => (
  <div className="topic-tooltip" style={{ left: anchor.x, top: anchor.y }}>
    <strong>{row.label}</strong>
    <br />
    {plural(row.mentions, 'mention')} in {plural(row.events, 'event')}
  </div>
);
