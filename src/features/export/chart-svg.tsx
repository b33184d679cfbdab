/**
 * "Chart as SVG": the topic chart of the current view drawn at a fixed size off-screen and saved
 * as a standalone, editable SVG. Loaded on demand, like the slide export.
 */
import { topicFrequencies } from '../../shared/filter-events';
import { downloadBlob } from '../../ui/download';
import type { ExportInput } from './export-input';
import { renderOffscreen } from './render-offscreen';
import { naturalChartHeight, SlideChart } from './slide-chart';
import { describeSlideFilters } from './slide-words';
import { serializeStandaloneSvg } from './svg-export';

export const CHART_FILE_NAME = 'summit-timeline-topics.svg';
const CHART_WIDTH = 960;

/** Renders the view's topic chart and downloads it as an SVG file. */
export const exportChartSvg = async ({ index, view, result }: ExportInput): Promise<void> => {
  const rows = topicFrequencies(index, result.events);
  if (rows.length === 0) throw new Error('there are no topics under the current filters');
  const height = naturalChartHeight(rows.length);
  const chart = await renderOffscreen(
    <div>
      <SlideChart
        rows={rows}
        activeTopics={result.activeTopics}
        width={CHART_WIDTH}
        height={height}
      />
    </div>,
    CHART_WIDTH,
    height,
  );
  try {
    const svg = chart.element.querySelector('svg.recharts-surface');
    if (!(svg instanceof SVGSVGElement)) throw new Error('the chart did not render');
    const title = `Topic frequency (mentions per topic) — ${describeSlideFilters(view, result, index)}`;
    const markup = serializeStandaloneSvg(svg, { title });
    downloadBlob(new Blob([markup], { type: 'image/svg+xml' }), CHART_FILE_NAME);
  } finally {
    chart.dispose();
  }
};
