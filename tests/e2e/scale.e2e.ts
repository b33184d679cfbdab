/**
 * The dashboard at scale, in real Chromium: 10,000 made-up events (syntheticDataset, shared with
 * the benchmark in src/cli/bench/) served as /dataset.json. The timeline keeps only a window of
 * rows in the DOM, reaches the last event, follows a topic filter, keeps Tab moving from event to
 * event, scrolls to a linked event, prints every row — and no page logs an error (the harness
 * checks after each test).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, DatasetEvent } from '../../src/data/schema';
import { timelineItems, timelineRegion } from './dashboard-page';
import { setupBrowser } from './harness';
import { syntheticDataset } from '../../src/cli/bench/synthetic-dataset';

const browser = setupBrowser();

const EVENTS = 10_000;
/** Far below the 10,000 events: only the rows on screen and a few either side are drawn. */
const MAX_ROWS_IN_DOM = 200;
const POLL = { timeout: 20_000 };

let dataset: Dataset;
let json: string;
/** The events in the timeline's order (start, end, title), as src/shared/dataset-index.ts sorts. */
let ordered: DatasetEvent[];

beforeAll(() => {
  dataset = syntheticDataset(EVENTS);
  json = JSON.stringify(dataset);
  ordered = [...dataset.events].sort(
    (a, b) =>
      a.start.localeCompare(b.start) ||
      a.end.localeCompare(b.end) ||
      a.title.localeCompare(b.title),
  );
});

/** Serves `body` as every request for dataset.json, in place of the build's seed dataset. */
const serving =
  (body: () => string) =>
  async (page: Page): Promise<void> => {
    await page.route('**/dataset.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: body() }),
    );
  };

/** Opens `path` on the 10,000-event dataset and waits for the timeline to count them. */
const openLarge = async (path = '/'): Promise<Page> => {
  const { page } = await browser.openPage(path, { prepare: serving(() => json) });
  await expect
    .poll(() => timelineRegion(page).getByText(`${EVENTS} events`).isVisible(), POLL)
    .toBe(true);
  await timelineItems(page).first().waitFor({ state: 'visible' });
  return page;
};

const titleOf = (position: number): string => ordered[position]?.title ?? '';

/** Whether the timeline item of `title` is in the DOM and inside the viewport. */
const onScreen = (page: Page, title: string): Promise<boolean> =>
  timelineItems(page)
    .filter({ hasText: title })
    .evaluateAll((items) =>
      items.some((item) => {
        const box = item.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
      }),
    );

/** The position (in `ordered`) of the event whose timeline item holds the focus, or -1. */
const focusedPosition = async (page: Page): Promise<number> => {
  const title = await page.evaluate(() => {
    const item = document.activeElement?.closest('#timeline li');
    return item?.querySelector('.event-title')?.textContent ?? null;
  });
  return ordered.findIndex((event) => event.title === title);
};

describe('the timeline with 10,000 events', () => {
  it('should draw only a window of rows and reach the last event at the bottom', async () => {
    const page = await openLarge();
    // Polled: the windowed list takes over from the first rows once its chunk has loaded.
    await expect.poll(() => onScreen(page, titleOf(0)), POLL).toBe(true);
    const drawn = await timelineItems(page).count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(MAX_ROWS_IN_DOM);

    // Rows measured on the way change the list's height: scroll to the end until it holds still.
    const last = titleOf(EVENTS - 1);
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        return onScreen(page, last);
      }, POLL)
      .toBe(true);
    expect(await timelineItems(page).count()).toBeLessThan(MAX_ROWS_IN_DOM);
  });

  it('should update the count and the rows when a topic filter is ticked', async () => {
    const page = await openLarge();
    const topic = dataset.topics[0];
    if (!topic) throw new Error('the synthetic dataset has no topic');
    const matching = dataset.events.filter((e) => e.topics.includes(topic.id));
    expect(matching.length).toBeLessThan(EVENTS);

    const bar = page.getByRole('search');
    await bar.getByRole('button', { name: /^topics/i }).click();
    await bar.getByRole('checkbox', { name: new RegExp(`^${topic.label}\\b`) }).check();
    await expect
      .poll(() => timelineRegion(page).getByText(`${matching.length} events`).isVisible(), POLL)
      .toBe(true);
    const first = matching.sort((a, b) => a.start.localeCompare(b.start))[0];
    await expect.poll(() => onScreen(page, first?.title ?? ''), POLL).toBe(true);
    expect(await timelineItems(page).count()).toBeLessThan(MAX_ROWS_IN_DOM);
  });

  it('should keep Tab moving from event to event past the drawn rows, and back', async () => {
    const page = await openLarge();
    await timelineItems(page)
      .first()
      .getByRole('button', { name: /evidence/i })
      .focus();
    const visited = [await focusedPosition(page)];
    for (let press = 0; press < 60; press += 1) {
      await page.keyboard.press('Tab');
      visited.push(await focusedPosition(page));
    }
    // Every stop is in the timeline, in order, one event (or one control of it) at a time.
    expect(visited.every((position) => position >= 0)).toBe(true);
    const steps = visited.slice(1).map((position, i) => position - (visited[i] ?? 0));
    expect(steps.every((step) => step === 0 || step === 1)).toBe(true);
    const reached = visited.at(-1) ?? 0;
    expect(reached).toBeGreaterThan(30);
    expect(await timelineItems(page).count()).toBeLessThan(MAX_ROWS_IN_DOM);

    for (let press = 0; press < 10; press += 1) await page.keyboard.press('Shift+Tab');
    const back = await focusedPosition(page);
    expect(back).toBeGreaterThanOrEqual(0);
    expect(back).toBeLessThan(reached);
  });

  it('should scroll a shared ?event= link to its event behind the reader', async () => {
    const target = ordered[Math.floor(EVENTS / 2)];
    if (!target) throw new Error('no middle event');
    const page = await openLarge(`/?event=${target.id}`);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => onScreen(page, target.title), POLL).toBe(true);
  });
});

describe('printing a long timeline', () => {
  it('should draw every row for print and a window again afterwards', async () => {
    // Fewer events: printing draws them all, and that is the point of the test, not its speed.
    const events = 600;
    const { page } = await browser.openPage('/', {
      prepare: serving(() => JSON.stringify(syntheticDataset(events))),
    });
    await timelineItems(page).first().waitFor({ state: 'visible' });
    expect(await timelineItems(page).count()).toBeLessThan(MAX_ROWS_IN_DOM);
    await page.emulateMedia({ media: 'print' });
    // By class: print hides the "Read the evidence" buttons that timelineItems() looks for.
    const printed = timelineRegion(page).locator('li.timeline-event');
    await expect.poll(() => printed.count(), POLL).toBe(events);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => timelineItems(page).count(), POLL).toBeLessThan(MAX_ROWS_IN_DOM);
  });
});
