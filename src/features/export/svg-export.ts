/**
 * A rendered SVG as a standalone file: the styles it gets from the page's CSS (colours, fonts,
 * currentColor) written onto each element as presentation attributes, an explicit size and
 * viewBox, a white background and a title — so it looks the same pasted into Keynote, PowerPoint
 * or Google Slides as on the page.
 */

/** The computed properties copied onto elements; the ones an SVG chart draws with. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface StandaloneOptions {
  /** The file's <title>, e.g. "Topic frequency — Country: New Zealand". */
  title: string;
  /** Painted behind the drawing; slides are not always white. */
  background?: string;
}

/**
 * Writes onto `copy` the computed styles of `source` that its attributes do not already say. The
 * root gets them all (the font its text inherits); the others only where they differ from their
 * parent's, i.e. what the page's CSS changed on them.
 */
const inlineStyles = (source: Element, copy: Element, isRoot: boolean): void => {
  const computed = getComputedStyle(source);
  const parent = isRoot || !source.parentElement ? null : getComputedStyle(source.parentElement);
  for (const name of INLINED) {
    const value = computed.getPropertyValue(name).trim();
    if (!value || copy.hasAttribute(name)) continue;
    if (parent?.getPropertyValue(name).trim() === value) continue;
    copy.setAttribute(name, value);
  }
  copy.removeAttribute('style');
};

/**
 * The markup of `svg` as a standalone SVG file, e.g. '<?xml …?><svg xmlns=… width="960" …>'.
 * Presentation attributes rather than CSS: slide software reads them most reliably, and a style
 * attribute set from script would break a strict Content-Security-Policy.
 */
export const serializeStandaloneSvg = (
  svg: SVGSVGElement,
  { title, background = '#ffffff' }: StandaloneOptions,
): string => {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((source, i) => {
    const copy = copies[i];
    if (copy) inlineStyles(source, copy, i === 0);
  });
  const width = Math.round(Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width);
  const height = Math.round(
    Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height,
  );
  // No xmlns attribute: XMLSerializer declares the SVG namespace itself.
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('class');
  // recharts leaves an empty <title> and <desc>; the file's own title goes first instead.
  for (const empty of clone.querySelectorAll(':scope > title, :scope > desc')) {
    if (!empty.textContent?.trim()) empty.remove();
  }

  const backdrop = document.createElementNS(SVG_NS, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  clone.prepend(titleElement, backdrop);

  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
};
