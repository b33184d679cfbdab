/**
 * The dashboard as the browser tests see it: its landmarks found by role and accessible name, as
 * a person using a screen reader would, with as few assumptions about markup as possible.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The part of dataset.json the tests read. */
export interface ServedDataset {
  events: Array<{
    id: string;
    title: string;
    start: string;
    end: string;
    topics: string[];
    countries: string[];
    mentions: Array<{ articleId: string; sentence: string }>;
  }>;
  countries: Array<{ code: string; name: string }>;
  topics: Array<{ id: string; label: string }>;
}

/** The NATO's four Indo-Pacific partners (IP4), as their card headings may name them. */
export const IP4_NAMES: Record<string, RegExp> = {
  AU: /\baustralia\b/i,
  JP: /\bjapan\b/i,
  NZ: /\bnew zealand\b/i,
  KR: /\bsouth korea\b|\brepublic of korea\b|\bkorea, republic of\b/i,
};

/** Whitespace collapsed, e.g. for comparing rendered text with dataset sentences. */
export const squish = (text: string): string => text.replace(/\s+/g, ' ').trim();

export const timelineRegion = (page: Page): Locator =>
  page.getByRole('region', { name: /^timeline\b/i });

export const partnersRegion = (page: Page): Locator =>
  page.getByRole('region', { name: /^partners\b/i });

export const topicsRegion = (page: Page): Locator =>
  page.getByRole('region', { name: /^topic frequency\b/i });

/** The summary of the filters in effect ("Active filters" landmark, or whatever holds "Clear all"). */
export const activeFiltersSummary = (page: Page): Locator => {
  const name = /active filters?|current filters?|filtered by/i;
  return page
    .getByRole('region', { name })
    .or(page.getByRole('group', { name }))
    .or(page.getByRole('status', { name }))
    .or(page.getByRole('list', { name }))
    .first();
};

export const clearAllFiltersControl = (page: Page): Locator =>
  page
    .getByRole('button', { name: /clear all filters/i })
    .or(page.getByRole('link', { name: /clear all filters/i }))
    .first();

/** A timeline event's "Read the evidence" control (a button, or a link to ?event=…). */
const evidenceControl = (page: Page): Locator =>
  page.getByRole('button', { name: /evidence/i }).or(page.getByRole('link', { name: /evidence/i }));

/**
 * The timeline's event items: the innermost list items holding a "Read the evidence" control, so
 * that day or month groups around them and topic chips inside them are not counted.
 */
export const timelineItems = (page: Page): Locator => {
  const withEvidence = () => page.getByRole('listitem').filter({ has: evidenceControl(page) });
  return timelineRegion(page)
    .getByRole('listitem')
    .filter({ has: evidenceControl(page) })
    .filter({ hasNot: withEvidence() });
};

/** The "Read the evidence" control of one timeline item. */
export const evidenceControlOf = (item: Locator): Locator =>
  item
    .getByRole('button', { name: /evidence/i })
    .or(item.getByRole('link', { name: /evidence/i }))
    .first();

export interface ItemText {
  /** What the item says, as rendered (innerText, whitespace collapsed). */
  text: string;
  /** The datetime attributes of its <time> elements. */
  datetimes: string[];
}

/** The text of every timeline item, in order. */
export const timelineItemTexts = async (page: Page): Promise<ItemText[]> =>
  timelineItems(page).evaluateAll((items) =>
    items.map((item) => ({
      text: (item as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
      datetimes: [...item.querySelectorAll('time[datetime]')].map(
        (time) => time.getAttribute('datetime') ?? '',
      ),
    })),
  );

/**
 * The partner cards, in order: the outermost list items of the Partners region, or its articles
 * when the cards are not in a list.
 */
export const partnerCards = async (page: Page): Promise<Locator> => {
  const region = partnersRegion(page);
  const items = region.locator('xpath=.//li[not(ancestor::li)]');
  return (await items.count()) > 0 ? items : region.getByRole('article');
};

/** A card's name: its first heading, else its accessible label, else its first line. */
export const cardName = async (card: Locator): Promise<string> => {
  const heading = card.getByRole('heading').first();
  if ((await heading.count()) > 0) return squish(await heading.innerText());
  const label = await card.getAttribute('aria-label');
  if (label) return label;
  return squish((await card.innerText()).split('\n')[0] ?? '');
};

export interface ChartState {
  /** Bars of the first series (recharts), or body rows of the data table when there is no SVG. */
  bars: number;
  /** Everything that changes when the chart is recomputed: bar geometry and table text. */
  signature: string;
}

/** What the topic chart shows right now. */
export const chartState = async (page: Page): Promise<ChartState> =>
  topicsRegion(page).evaluate((region) => {
    const series = region.querySelector('.recharts-bar');
    const rectangles = series ? [...series.querySelectorAll('.recharts-bar-rectangle')] : [];
    const table = region.querySelector('table');
    const tableRows = table
      ? [...table.querySelectorAll('tr')].filter((row) => row.querySelector('td'))
      : [];
    const geometry = rectangles.map((bar) => {
      const box = bar.getBoundingClientRect();
      return `${Math.round(box.width)}x${Math.round(box.height)}`;
    });
    return {
      bars: series ? rectangles.length : tableRows.length,
      signature: JSON.stringify({
        geometry,
        table: tableRows.map((row) => (row.textContent ?? '').replace(/\s+/g, ' ').trim()),
      }),
    };
  });

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Waits until the dashboard has drawn: the timeline has items and the lazily loaded topic chart
 * has replaced its placeholder and stopped changing. Returns the chart as it settled.
 */
export const waitForDashboard = async (page: Page): Promise<ChartState> => {
  await timelineRegion(page).waitFor({ state: 'visible' });
  await timelineItems(page).first().waitFor({ state: 'visible' });
  const topics = topicsRegion(page);
  await topics.waitFor({ state: 'visible' });
  await expect.poll(() => topics.getByText(/loading/i).count(), { timeout: 20_000 }).toBe(0);
  return waitForChart(page);
};

/** Waits for the topic chart to hold still (two reads 250 ms apart agree) and returns it. */
export const waitForChart = async (page: Page): Promise<ChartState> => {
  let previous = await chartState(page);
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await sleep(250);
    const current = await chartState(page);
    if (current.signature === previous.signature && current.bars > 0) return current;
    previous = current;
  }
  return previous;
};

/** The query string of the page's URL, e.g. "?country=NZ" (or ""). */
export const searchOf = (page: Page): string => new URL(page.url()).search;

/** Waits for the number of timeline items to become `expected`. */
export const expectItemCount = async (page: Page, expected: number): Promise<void> => {
  await expect.poll(() => timelineItems(page).count(), { timeout: 10_000 }).toBe(expected);
};
