/**
 * The bar chart itself: one horizontal bar per topic, longest first. Colours come from CSS
 * classes (topics.css) so that themes apply; the axis text uses currentColor for the same reason.
 * Only the pieces of recharts it draws with are imported: the hover box and the resizing are
 * done here, in a few lines, instead of with recharts' Tooltip and ResponsiveContainer.
 */
import { memo, useMemo, useRef, useState } from 'react';
import { Bar, BarChart, Rectangle, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { TopicFrequency } from '../../shared/filter-events';
import { TopicTooltip, type TooltipAnchor } from './topic-tooltip';
import { useElementWidth } from './use-element-width';

const ROW_HEIGHT = 36;
const AXIS_HEIGHT = 32;

/** Room for the topic names: a share of the chart, within what a label or a bar needs. */
const labelWidth = (chartWidth: number): number =>
  Math.round(Math.min(220, Math.max(96, chartWidth * 0.4)));

export interface TopicBarsProps {
  rows: readonly TopicFrequency[];
  activeTopics: readonly string[];
  onToggle: (topic: string) => void;
  /** A fixed size instead of the container's (tests: jsdom does not lay out). */
  width?: number;
  height?: number;
}

interface Hovered {
  index: number;
  anchor: TooltipAnchor;
}

/** Memoised: recharts redraws every bar, so a render that changes nothing is worth skipping. */
export const TopicBars = memo(function TopicBars({
  rows,
  activeTopics,
  onToggle,
  width,
  height,
}: TopicBarsProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(containerRef);
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const chartWidth = width ?? measured;
  const chartHeight = height ?? rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  // recharts wants a mutable array; a copy per change of the rows, not per render.
  const data = useMemo(() => [...rows], [rows]);
  const labels = useMemo(() => new Map(rows.map((r) => [r.topic, r.label])), [rows]);
  const isActive = (topic: string | undefined) =>
    topic !== undefined && activeTopics.includes(topic);
  const labelOf = (topic: string) => {
    const label = labels.get(topic) ?? topic;
    // A mark beside the name as well as the bar's colour: colour alone must not carry meaning.
    return isActive(topic) ? `✓ ${label}` : label;
  };
  const hoveredRow = hovered && rows[hovered.index];
  return (
    <div ref={containerRef} className="topic-bars" style={{ minBlockSize: chartHeight }}>
      {chartWidth > 0 && (
        <BarChart
          layout="vertical"
          data={data}
          width={chartWidth}
          height={chartHeight}
          margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
          // The chart is mouse-only; the data table is its keyboard and screen-reader equivalent.
          accessibilityLayer={false}
        >
          <XAxis
            type="number"
            allowDecimals={false}
            tick={{ fill: 'currentColor' }}
            stroke="currentColor"
          />
          <YAxis
            type="category"
            dataKey="topic"
            width={labelWidth(chartWidth)}
            tickFormatter={labelOf}
            tick={{ fill: 'currentColor' }}
            stroke="currentColor"
            interval={0}
          />
          <Bar
            dataKey="mentions"
            name="Mentions"
            // No growing bars: every filter click would replay a 400 ms animation (re-rendering
            // each bar per frame, over the next clicks on a large corpus), and a briefing chart
            // should show its figures at once.
            isAnimationActive={false}
            onClick={(_, index) => {
              const topic = rows[index]?.topic;
              if (topic) onToggle(topic);
            }}
            onMouseEnter={(bar, index) =>
              setHovered({ index, anchor: { x: bar.x + 8, y: bar.y + bar.height + 4 } })
            }
            onMouseLeave={() => setHovered(null)}
            shape={(bar: BarShapeProps) => (
              <Rectangle
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                className={
                  isActive(rows[bar.index]?.topic) ? 'topic-bar topic-bar-active' : 'topic-bar'
                }
              />
            )}
          />
        </BarChart>
      )}
      {hovered && hoveredRow && <TopicTooltip row={hoveredRow} anchor={hovered.anchor} />}
    </div>
  );
});
