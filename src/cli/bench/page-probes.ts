/**
 * Code that runs inside the benchmarked page (serialised by Playwright, so it may use nothing
 * from this module's scope). It finds the timeline by its accessible name and its events by
 * their "Read the evidence" buttons, as a screen-reader user would, so it keeps working while
 * the timeline's markup changes (it is being windowed for large datasets).
 */

/** What the page records for the benchmark. */
export interface BenchProbe {
  /** performance.now() of the first frame painted with a timeline event in it. */
  firstTimelinePaint: number | null;
  longTasks: Array<{ start: number; duration: number }>;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named functions in a `__name`
 * helper the page does not have; this init script (given as text) defines it first.
 */
export const NAME_HELPER = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/**
 * Init script: records every long task, and the first paint of a timeline event: the frame in
 * which one is in the DOM, timed just after that frame is painted (a task posted from
 * requestAnimationFrame runs once the frame's rendering is done).
 */
export const installProbes = (): void => {
  const probe: BenchProbe = { firstTimelinePaint: null, longTasks: [] };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });

  const timelineHasEvent = (): boolean => {
    for (const region of document.querySelectorAll<HTMLElement>('section, [role="region"]')) {
      const labelledBy = region.getAttribute('aria-labelledby');
      const name = labelledBy
        ? labelledBy
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : (region.getAttribute('aria-label') ?? '');
      if (!/^\s*timeline\b/i.test(name)) continue;
      for (const button of region.querySelectorAll('button, a')) {
        if (/^\s*read the evidence/i.test(button.textContent ?? '')) return true;
      }
    }
    return false;
  };
  const onFrame = (): void => {
    if (!timelineHasEvent()) {
      requestAnimationFrame(onFrame);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (probe.firstTimelinePaint = performance.now());
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(onFrame);
};

/**
 * Clicks `box` (a filter checkbox) and resolves with the milliseconds from the click to the
 * paint of the first frame whose timeline event count ("1,234 events") differs from before.
 */
export const clickToNextPaint = (box: HTMLElement | SVGElement): Promise<number> =>
  new Promise((resolve, reject) => {
    if (!(box instanceof HTMLElement)) {
      reject(new Error('the filter option is not an HTML element'));
      return;
    }
    const findCount = (): Element | null => {
      for (const region of document.querySelectorAll('section, [role="region"]')) {
        const heading = region.querySelector('h1, h2, h3');
        if (!/^\s*timeline\b/i.test(heading?.textContent ?? '')) continue;
        for (const el of region.querySelectorAll('p, span, div, output')) {
          if (el.children.length === 0 && /^\s*[\d,]+ events?\s*$/.test(el.textContent ?? '')) {
            return el;
          }
        }
      }
      return null;
    };
    let count = findCount();
    const countText = (): string => {
      if (!count?.isConnected) count = findCount();
      return count?.textContent ?? '';
    };
    const before = countText();
    const started = performance.now();
    box.click();
    const onFrame = (): void => {
      if (countText() !== before) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - started);
        channel.port2.postMessage(null);
      } else if (performance.now() - started > 10_000) {
        reject(new Error(`the timeline count stayed "${before}" for 10 s after the click`));
      } else requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
  });
