/**
 * Browser figures of the dashboard with a large dataset, in headless Chromium against the
 * production build: time to the first painted timeline event, filter click → next paint, the
 * longest task after that first paint, and the JS heap. The dataset is the made-up one the
 * scale tests use (synthetic-dataset.ts), served in place of /dataset.json.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Dataset } from '../../data/index';
import { clickToNextPaint, installProbes, NAME_HELPER } from './page-probes';
import { syntheticDataset } from './synthetic-dataset';

export interface BrowserOptions {
  events: number;
  /** Page loads to take the median first paint of. */
  loads: number;
  clicks: number;
}

export interface BrowserResult {
  events: number;
  datasetMegabytes: number;
  /** Milliseconds from navigation to the first painted timeline event, one per load. */
  firstTimelinePaints: number[];
  /** Milliseconds from each filter click to the next paint with the new result. */
  clicks: number[];
  /** The longest task after the first timeline paint (settling and the clicks), ms. */
  longestTaskAfterLoad: number;
  /** The longest task before it (parsing the dataset, first render), ms. */
  longestTaskDuringLoad: number;
  /** JSHeapUsedSize after a garbage collection, MB. */
  heapUsedMegabytes: number;
  domNodes: number;
  chromium: string;
}

/** Debian's Chromium unless CHROMIUM_PATH says otherwise, with the browser tests' flags. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const VIEWPORT = { width: 1280, height: 900 };
/** Long enough for React, the lazy chunks and the chart to finish after a click. */
const SETTLE_MS = 300;

const openDashboard = async (browser: Browser, baseUrl: string, json: string): Promise<Page> => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  context.setDefaultTimeout(60_000);
  await context.addInitScript({ content: NAME_HELPER });
  await context.addInitScript(installProbes);
  await context.route('**/dataset.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: json }),
  );
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.waitForFunction(() => window.__bench?.firstTimelinePaint != null, null, {
    timeout: 60_000,
  });
  return page;
};

const firstPaintOf = (page: Page): Promise<number> =>
  page.evaluate(() => window.__bench!.firstTimelinePaint!);

/** Toggles topic filters on and off, each click changing the timeline, and times each one. */
const timeFilterClicks = async (page: Page, clicks: number): Promise<number[]> => {
  await page.getByRole('button', { name: /^topics\b/i }).click();
  const boxes = page.getByRole('group', { name: /filter by topic/i }).getByRole('checkbox');
  const options = await boxes.count();
  if (options === 0) throw new Error('no topic filter options found');
  const samples: number[] = [];
  for (let i = 0; i < clicks; i += 1) {
    // On, then off again: both change the result, and no filter piles up on the next.
    const box = await boxes.nth(Math.floor(i / 2) % options).elementHandle();
    if (!box) throw new Error('a topic filter option disappeared');
    samples.push(await page.evaluate(clickToNextPaint, box));
    await page.waitForTimeout(SETTLE_MS);
  }
  return samples;
};

const heapAndNodes = async (page: Page) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heap: metric('JSHeapUsedSize') / 1048576, nodes: metric('Nodes') };
};

/** Loads the dashboard `loads` times on an `events`-event dataset and measures the last load. */
export const measureBrowser = async (
  baseUrl: string,
  { events, loads, clicks }: BrowserOptions,
): Promise<BrowserResult> => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it or set CHROMIUM_PATH`);
  }
  const dataset: Dataset = syntheticDataset(events);
  const json = JSON.stringify(dataset);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const firstTimelinePaints: number[] = [];
    for (let i = 1; i < loads; i += 1) {
      const page = await openDashboard(browser, baseUrl, json);
      firstTimelinePaints.push(await firstPaintOf(page));
      await page.context().close();
    }
    const page = await openDashboard(browser, baseUrl, json);
    const firstPaint = await firstPaintOf(page);
    firstTimelinePaints.push(firstPaint);
    // Let the lazy chunks (chart, windowed timeline) load and render before clicking.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const clickTimes = await timeFilterClicks(page, clicks);
    const tasks = await page.evaluate(() => window.__bench!.longTasks);
    const longest = (list: typeof tasks) => Math.max(0, ...list.map((t) => t.duration));
    const { heap, nodes } = await heapAndNodes(page);
    return {
      events: dataset.events.length,
      datasetMegabytes: Buffer.byteLength(json) / 1048576,
      firstTimelinePaints,
      clicks: clickTimes,
      longestTaskAfterLoad: longest(tasks.filter((t) => t.start >= firstPaint)),
      longestTaskDuringLoad: longest(tasks.filter((t) => t.start < firstPaint)),
      heapUsedMegabytes: heap,
      domNodes: nodes,
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
  }
};
