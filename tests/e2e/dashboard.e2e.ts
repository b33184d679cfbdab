/**
 * The dashboard in real Chromium, on the production build of the seed corpus: what a person sees
 * on "/", filtering by URL and by the filter bar, history, the source reader, accessibility and
 * layout. Every page visited must log no console error, throw no page error and fail no request.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  activeFiltersSummary,
  cardName,
  clearAllFiltersControl,
  evidenceControlOf,
  expectItemCount,
  IP4_NAMES,
  partnerCards,
  searchOf,
  squish,
  timelineItems,
  timelineItemTexts,
  waitForDashboard,
  type ServedDataset,
} from './dashboard-page';
import { writesDay, writesRange } from './dates';
import { fetchJson, resultPath, setupBrowser } from './harness';

const browser = setupBrowser();

/** How long to wait for the page to react to a click or a history step (CI machines are slow). */
const POLL = { timeout: 10_000 };

let dataset: ServedDataset;
beforeAll(async () => {
  dataset = await fetchJson<ServedDataset>('/dataset.json');
});

/** The distinct topics of the events in the served dataset. */
const topicsInData = (): Set<string> => new Set(dataset.events.flatMap((event) => event.topics));

describe('the dashboard at /', () => {
  it('should show the summit, the forum and the IP4 talks on their days in the timeline', async () => {
    const { page } = await browser.openPage('/');
    await waitForDashboard(page);
    const items = await timelineItemTexts(page);
    expect(items.length).toBeGreaterThan(0);
    const listed = `timeline items:\n${items.map((item) => `  - ${item.text}`).join('\n')}`;

    // The summit is one item spanning its three days, not one item per day.
    const summit = items.filter(
      (item) =>
        /summit/i.test(item.text) &&
        (writesRange(item.text, '2024-07-09', '2024-07-11') ||
          (item.datetimes.some((d) => d.startsWith('2024-07-09')) &&
            item.datetimes.some((d) => d.startsWith('2024-07-11')))),
    );
    expect(summit, listed).toHaveLength(1);

    const forum = items.filter(
      (item) => /defen[cs]e industry forum/i.test(item.text) && writesDay(item.text, '2024-07-09'),
    );
    expect(forum, listed).toHaveLength(1);

    const ip4Talks = items.filter(
      (item) =>
        /defen[cs]e industr/i.test(item.text) &&
        /indo-pacific/i.test(item.text) &&
        writesDay(item.text, '2024-07-11'),
    );
    expect(ip4Talks, listed).toHaveLength(1);
  });

  it('should list the four IP4 partners first among the partner cards', async () => {
    const { page } = await browser.openPage('/');
    await waitForDashboard(page);
    const cards = await partnerCards(page);
    expect(await cards.count()).toBeGreaterThanOrEqual(4);
    const firstFour = await Promise.all([0, 1, 2, 3].map((i) => cardName(cards.nth(i))));
    const partners = firstFour.map(
      (name) => Object.entries(IP4_NAMES).find(([, pattern]) => pattern.test(name))?.[0] ?? name,
    );
    expect([...partners].sort(), `first four cards: ${firstFour.join(', ')}`).toEqual([
      'AU',
      'JP',
      'KR',
      'NZ',
    ]);
  });

  it('should draw one bar per topic of the events in /dataset.json', async () => {
    const { page } = await browser.openPage('/');
    const chart = await waitForDashboard(page);
    expect(topicsInData().size).toBeGreaterThan(1);
    expect(chart.bars).toBe(topicsInData().size);
  });
});

describe.each([
  { search: '?country=NZ', mentioned: /new zealand|\bNZ\b/i },
  { search: '?topic=interoperability', mentioned: /interoperability/i },
])('the filtered view $search', ({ search, mentioned }) => {
  it('should show fewer events, say so, recompute the chart, clear, and step through history', async () => {
    const { page } = await browser.openPage('/');
    const fullChart = await waitForDashboard(page);
    const full = await timelineItems(page).count();

    await page.goto(new URL(search, page.url()).href, { waitUntil: 'networkidle' });
    const filteredChart = await waitForDashboard(page);
    const filtered = await timelineItems(page).count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(full);

    const summary = activeFiltersSummary(page);
    await summary.waitFor({ state: 'visible' });
    expect(squish(await summary.innerText())).toMatch(mentioned);

    expect(
      filteredChart.bars !== fullChart.bars || filteredChart.signature !== fullChart.signature,
      'the topic chart should change with the filter',
    ).toBe(true);

    await clearAllFiltersControl(page).click();
    await expectItemCount(page, full);
    expect(searchOf(page)).toBe('');

    await page.goBack();
    await expectItemCount(page, filtered);
    expect(searchOf(page)).toBe(search);

    await page.goForward();
    await expectItemCount(page, full);
    expect(searchOf(page)).toBe('');
  });
});

/**
 * Ticks `option` in the filter bar, opening the disclosure named `picker` first if the option is
 * hidden inside it.
 */
const tickFilterOption = async (page: Page, picker: RegExp, option: RegExp): Promise<void> => {
  const bar = page.getByRole('search').or(page.getByRole('banner')).first();
  const box = bar.getByRole('checkbox', { name: option }).first();
  if (!(await box.isVisible())) {
    await bar
      .getByRole('button', { name: picker, expanded: false })
      .or(bar.locator('summary').filter({ hasText: picker }))
      .first()
      .click();
  }
  await box.check();
};

describe('the filter bar', () => {
  it('should filter by a ticked country and put it in the URL', async () => {
    const { page } = await browser.openPage('/');
    await waitForDashboard(page);
    const full = await timelineItems(page).count();

    await tickFilterOption(page, /countr/i, /^new zealand\b/i);
    await expect.poll(() => new URLSearchParams(searchOf(page)).get('country'), POLL).toBe('NZ');
    await expect.poll(() => timelineItems(page).count(), POLL).toBeLessThan(full);
    expect(await timelineItems(page).count()).toBeGreaterThan(0);
    expect(squish(await activeFiltersSummary(page).innerText())).toMatch(/new zealand/i);
  });
});

describe('the source reader', () => {
  it('should open on an event with its evidence sentence marked, and close on Escape', async () => {
    const event =
      dataset.events.find((e) => e.mentions.length === 1 && /industry forum/i.test(e.title)) ??
      dataset.events.find((e) => e.mentions.length === 1);
    if (!event) throw new Error('the dataset has no event with a single evidence sentence');
    const sentence = squish(event.mentions[0]?.sentence ?? '');

    const { page } = await browser.openPage('/');
    await waitForDashboard(page);
    const item = timelineItems(page).filter({ hasText: event.title }).first();
    await evidenceControlOf(item).click();

    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    // Marks inside marks (a date inside its sentence) are part of their outer mark's text.
    const marks = dialog.locator('mark:not(mark mark)');
    await marks.first().waitFor({ state: 'visible' });
    const marked = (await marks.allInnerTexts()).map(squish);
    expect(marked.join(' ').replace(/\s+/g, ''), `marked: ${JSON.stringify(marked)}`).toBe(
      sentence.replace(/\s+/g, ''),
    );

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(new URLSearchParams(searchOf(page)).has('event')).toBe(false);
  });

  it('should open from a shared link to an event', async () => {
    const event = dataset.events[0];
    if (!event) throw new Error('the dataset has no event');
    const { page } = await browser.openPage(`/?event=${encodeURIComponent(event.id)}`);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    await dialog.locator('mark').first().waitFor({ state: 'visible' });
  });
});

const SERIOUS = new Set(['serious', 'critical']);

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it.each(['/', '/?country=NZ'])(
    'should find no serious or critical violation on %s',
    async (path) => {
      const { page } = await browser.openPage(path);
      await waitForDashboard(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      // One readable line per violation, then one per offending element with axe's advice.
      const serious = results.violations
        .filter((v) => SERIOUS.has(v.impact ?? ''))
        .map(
          (v) =>
            `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
            v.nodes
              .map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`)
              .join('\n'),
        );
      expect(serious, `axe violations on ${path}:\n${serious.join('\n')}`).toEqual([]);
    },
  );
});

describe('layout', () => {
  it.each([
    { width: 375, height: 800 },
    { width: 1920, height: 1080 },
  ])('should not scroll sideways at $width×$height', async (viewport) => {
    const { page } = await browser.openPage('/', { viewport });
    await waitForDashboard(page);
    await page.screenshot({
      path: resultPath(`dashboard-${viewport.width}x${viewport.height}.png`),
      fullPage: true,
    });
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, 'document wider than the viewport').toBeLessThanOrEqual(innerWidth);
  });
});
