/**
 * The bar chart itself: one horizontal bar per topic, longest first. Colours come from CSS
 * classes (topics.css) so that themes apply; the axis text uses currentColor for the same reason.
 */
import { useState } from 'react';
import {
  Bar,
  BarChart,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import type { TopicFrequency } from '../../shared/filter-events';
import { TopicTooltip } from './topic-tooltip';

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

export const TopicBars = ({ rows, activeTopics, onToggle, width, height }: TopicBarsProps) => {
  const [measured, setMeasured] = useState(0);
  const chartHeight = height ?? rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  const isActive = (topic: string | undefined) =>
    topic !== undefined && activeTopics.includes(topic);
  const labelOf = (topic: string) => {
    const label = rows.find((r) => r.topic === topic)?.label ?? topic;
    // A mark beside the name as well as the bar's colour: colour alone must not carry meaning.
    return isActive(topic) ? `✓ ${label}` : label;
  };
  const chart = (
    <BarChart
      layout="vertical"
      data={[...rows]}
      width={width}
      height={width ? chartHeight : undefined}
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
        width={labelWidth(width ?? measured)}
        tickFormatter={labelOf}
        tick={{ fill: 'currentColor' }}
        stroke="currentColor"
        interval={0}
      />
      <Tooltip
        cursor={{ className: 'topic-bar-cursor' }}
        content={({ active, label }) => <TopicTooltip active={active} label={label} rows={rows} />}
      />
      <Bar
        dataKey="mentions"
        name="Mentions"
        onClick={(_, index) => {
          const topic = rows[index]?.topic;
          if (topic) onToggle(topic);
        }}
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
  );
  if (width) return chart;
  return (
    <ResponsiveContainer width="100%" height={chartHeight} onResize={(w) => setMeasured(w)}>
      {chart}
    </ResponsiveContainer>
  );
};
