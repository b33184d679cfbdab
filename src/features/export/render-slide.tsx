/**
 * "Slide PNG": the current view drawn as a slide off-screen, captured with modern-screenshot at
 * 1920×1080 CSS pixels and 1× or 2× pixel ratio, and downloaded. Loaded on demand: neither this
 * code nor the capture library is in the first-load bundle.
 */
import { domToBlob } from 'modern-screenshot';
import { topicFrequencies } from '../../shared/filter-events';
import { downloadBlob } from '../../ui/download';
import type { ExportInput } from './export-input';
import { renderOffscreen } from './render-offscreen';
import { Slide, SLIDE_HEIGHT, SLIDE_WIDTH } from './slide';
import { buildSlideContent } from './slide-content';
import { localIsoDay } from './slide-words';

export const SLIDE_FILE_NAME = 'summit-timeline-slide.png';

/** Renders the slide of `input` and downloads it as a PNG of 1920×1080 × `pixelRatio` pixels. */
export const exportSlidePng = async (input: ExportInput, pixelRatio: 1 | 2): Promise<void> => {
  const { index, view, result } = input;
  const content = buildSlideContent(index, view, result, localIsoDay(new Date()));
  const slide = await renderOffscreen(
    <Slide
      content={content}
      topics={topicFrequencies(index, result.events)}
      activeTopics={result.activeTopics}
    />,
    SLIDE_WIDTH,
    SLIDE_HEIGHT,
  );
  try {
    const png = await domToBlob(slide.element, {
      width: SLIDE_WIDTH,
      height: SLIDE_HEIGHT,
      scale: pixelRatio,
      type: 'image/png',
      backgroundColor: '#ffffff',
      // The slide uses system fonts only: nothing to embed, and nothing fetched from elsewhere.
      font: false,
      timeout: 15_000,
    });
    downloadBlob(png, SLIDE_FILE_NAME);
  } finally {
    slide.dispose();
  }
};
