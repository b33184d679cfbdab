/**
 * The topic chart drawn for export: a fixed pixel size (no ResponsiveContainer, which measures
 * after layout), no animation (the capture must not catch bars half-grown), each bar a plain
 * <rect>, every colour an attribute and long topic names wrapped onto two lines by hand — so the
 * SVG stands alone when pasted into slides, and no name runs off its edge.
 */
import { Bar, BarChart, LabelList, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import type { TopicFrequency } from '../../shared/filter-events';
import { wrapLabel } from './wrap-label';

/** Colours of the light slide, fixed whatever theme the dashboard is in. */
export const SLIDE_COLOURS = {
  text: '#1a1d23',
  muted: '#4a5260',
  bar: '#1f4e8c',
  active: '#8a5a00',
} as const;

/** An upper bound of a character's width in ems (DejaVu Sans, a wide font, averages ~0.6). */
const CHAR_EM = 0.62;
const LINE_EM = 1.2;
const NATURAL_ROW_HEIGHT = 40;

/** The height a chart of `rows` takes at its natural row height. */
export const naturalChartHeight = (rows: number): number => Math.max(1, rows) * NATURAL_ROW_HEIGHT;

/**
 * The largest type up to 18px that fits each row: on one line per name if that leaves at least
 * 14px type, else on two lines. E.g. 16 rows of 33px with names up to 28 characters → 16px.
 */
export const chartFontSize = (
  labels: readonly string[],
  textWidth: number,
  rowHeight: number,
): number => {
  const tallest = Math.min(18, Math.floor(rowHeight / (LINE_EM * 1.25)));
  const longest = Math.max(1, ...labels.map((label) => label.length));
  const widest = Math.floor(textWidth / (longest * CHAR_EM));
  if (widest >= Math.min(tallest, 14)) return Math.min(tallest, widest);
  return Math.max(10, Math.min(tallest, Math.floor(rowHeight / (LINE_EM * 2.1))));
};

export interface SlideChartProps {
  rows: readonly TopicFrequency[];
  activeTopics: readonly string[];
  width: number;
  height: number;
}

/** Horizontal bars of mentions per topic, the count written at each bar's end. */
export const SlideChart = ({ rows, activeTopics, width, height }: SlideChartProps) => {
  const isActive = (topic: string | undefined) =>
    topic !== undefined && activeTopics.includes(topic);
  const labelOf = (topic: string) => {
    const label = rows.find((r) => r.topic === topic)?.label ?? topic;
    // A mark beside the name as well as the bar's colour: colour alone must not carry meaning.
    return isActive(topic) ? `✓ ${label}` : label;
  };
  const labels = rows.map((r) => labelOf(r.topic));
  // The tick sits 8px from the axis line (recharts' tick size and margin), plus a little air.
  const maxTextWidth = Math.round(width * 0.5) - 12;
  const fontSize = chartFontSize(labels, maxTextWidth, height / Math.max(1, rows.length));
  const maxChars = Math.floor(maxTextWidth / (fontSize * CHAR_EM));
  // As wide as the longest (wrapped) name needs, so short names leave no gap before the bars.
  const longestLine = Math.max(
    1,
    ...labels.flatMap((label) => wrapLabel(label, maxChars)).map((line) => line.length),
  );
  const axisWidth = Math.min(maxTextWidth, Math.ceil(longestLine * fontSize * CHAR_EM)) + 12;

  const tick = ({ x, y, payload }: YAxisTickContentProps) => {
    const lines = wrapLabel(labelOf(String(payload.value)), maxChars);
    const lineHeight = fontSize * LINE_EM;
    // Centre the block of lines on the bar; 0.35em lowers a line's baseline to its middle.
    const firstDy = fontSize * 0.35 - ((lines.length - 1) * lineHeight) / 2;
    return (
      <text x={x} y={y} textAnchor="end" fill={SLIDE_COLOURS.text} fontSize={fontSize}>
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? firstDy : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };

  return (
    <BarChart
      layout="vertical"
      data={[...rows]}
      width={width}
      height={height}
      margin={{ top: 0, right: fontSize * 3, bottom: 0, left: 0 }}
      accessibilityLayer={false}
    >
      <XAxis type="number" hide allowDecimals={false} />
      <YAxis
        type="category"
        dataKey="topic"
        width={axisWidth}
        tick={tick}
        tickLine={false}
        axisLine={{ stroke: SLIDE_COLOURS.muted }}
        interval={0}
      />
      <Bar
        dataKey="mentions"
        name="Mentions"
        isAnimationActive={false}
        maxBarSize={28}
        shape={(bar) => {
          const active = isActive(rows[bar.index]?.topic);
          return (
            <rect
              x={bar.x}
              y={bar.y}
              width={Math.max(0, bar.width ?? 0)}
              height={Math.max(0, bar.height ?? 0)}
              fill={active ? SLIDE_COLOURS.active : SLIDE_COLOURS.bar}
              stroke={active ? SLIDE_COLOURS.text : 'none'}
              strokeWidth={active ? 2 : 0}
            />
          );
        }}
      >
        <LabelList
          dataKey="mentions"
          position="right"
          fill={SLIDE_COLOURS.text}
          fontSize={fontSize}
        />
      </Bar>
    </BarChart>
  );
};
