/**
 * Presentation mode, themes and print in real Chromium on the production build: entering with
 * "Present", stepping with the keys, deep links to a step, leaving with Esc; axe (WCAG 2.2 AA,
 * colour contrast included) in each theme; the print stylesheet; and the README's screenshot of
 * a slide at projector size, regenerated here.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchOf, waitForDashboard, type ServedDataset } from './dashboard-page';
import { fetchJson, setupBrowser } from './harness';

const browser = setupBrowser();

const POLL = { timeout: 10_000 };
const PROJECTOR = { width: 1920, height: 1080 };

/** Event titles in presentation order: date order as the app sorts them (start, end, title). */
let titles: string[];
beforeAll(async () => {
  const dataset = await fetchJson<ServedDataset>('/dataset.json');
  titles = [...dataset.events]
    .sort(
      (a, b) =>
        a.start.localeCompare(b.start) ||
        a.end.localeCompare(b.end) ||
        a.title.localeCompare(b.title),
    )
    .map((event) => event.title);
});

const slideHeading = (page: Page) => page.getByRole('main').getByRole('heading', { level: 1 });

/** Waits for the slide of `step` (1-based): its title as the h1 and "step / total" in the counter. */
const expectSlide = async (page: Page, step: number): Promise<void> => {
  await expect.poll(() => slideHeading(page).innerText(), POLL).toBe(titles[step - 1]);
  await expect
    .poll(() => page.getByRole('progressbar').getAttribute('aria-valuenow'), POLL)
    .toBe(String(step));
  expect(await page.getByText(`${step} / ${titles.length}`).count()).toBe(1);
};

const SERIOUS = new Set(['serious', 'critical']);

/** axe's serious and critical WCAG 2.2 AA violations on the page, one readable block each. */
const seriousViolations = async (page: Page): Promise<string[]> => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => SERIOUS.has(v.impact ?? ''))
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help}\n` +
        v.nodes
          .map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`)
          .join('\n'),
    );
};

const pageBackground = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe('presentation mode', () => {
  it('should enter with the Present button and step with → and the Next button', async () => {
    const { page } = await browser.openPage('/');
    await waitForDashboard(page);
    await page.getByRole('button', { name: 'Present' }).click();
    await expectSlide(page, 1);
    expect(searchOf(page)).toBe('?present=1');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    await expect.poll(() => searchOf(page), POLL).toBe('?present=1&step=2');
    await page.getByRole('button', { name: /next/i }).click();
    await expectSlide(page, 3);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 2);
  });

  it('should open a deep link on its step', async () => {
    const { page } = await browser.openPage('/?present=1&step=3');
    await expectSlide(page, 3);
    const quote = page.getByRole('main').getByRole('blockquote').first();
    expect(await quote.locator('mark').count()).toBeGreaterThan(0);
  });

  it('should leave with Esc, back to the dashboard', async () => {
    const { page } = await browser.openPage('/?present=1&step=2');
    await expectSlide(page, 2);
    await page.keyboard.press('Escape');
    await page.getByRole('toolbar', { name: 'Briefing tools' }).waitFor({ state: 'visible' });
    expect(searchOf(page)).toBe('');
    await page.goBack();
    await expectSlide(page, 2);
  });

  it('should fit every slide on a 1920×1080 projector, and save the README screenshot', async () => {
    const { page } = await browser.openPage('/?present=1', { viewport: PROJECTOR });
    for (let step = 1; step <= titles.length; step += 1) {
      await expectSlide(page, step);
      const size = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
      }));
      expect(size, `slide ${step}: ${titles[step - 1]}`).toEqual({
        width: PROJECTOR.width,
        height: PROJECTOR.height,
      });
      await page.keyboard.press('ArrowRight');
    }
    const summit = titles.indexOf('NATO summit') + 1;
    await page.keyboard.press('Home');
    for (let step = 1; step < summit; step += 1) await page.keyboard.press('ArrowRight');
    await expectSlide(page, summit);
    mkdirSync(resolve('docs/screenshots'), { recursive: true });
    await page.screenshot({ path: resolve('docs/screenshots/present.png') });
  });
});

describe('themes', () => {
  it.each(['light', 'dark', 'contrast'])(
    'should pass axe on the dashboard and a slide with ?theme=%s',
    async (theme) => {
      for (const path of [`/?theme=${theme}`, `/?present=1&step=3&theme=${theme}`]) {
        const { page } = await browser.openPage(path);
        if (path.includes('present')) await expectSlide(page, 3);
        else await waitForDashboard(page);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        const serious = await seriousViolations(page);
        expect(serious, `axe violations on ${path}:\n${serious.join('\n')}`).toEqual([]);
      }
    },
  );

  it('should change the page with the Theme select and follow the system by default', async () => {
    const { page } = await browser.openPage('/');
    await waitForDashboard(page);
    const light = await pageBackground(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'High contrast' });
    await expect.poll(() => searchOf(page), POLL).toBe('?theme=contrast');
    expect(await pageBackground(page)).toBe('rgb(0, 0, 0)');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Auto' });
    await expect.poll(() => pageBackground(page), POLL).toBe(light);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => pageBackground(page), POLL).not.toBe(light);
  });
});

describe('print', () => {
  it('should hide the controls and keep the active filters in words, black on white', async () => {
    const { page } = await browser.openPage('/?country=NZ&theme=dark');
    await waitForDashboard(page);
    await page.emulateMedia({ media: 'print' });
    await expect
      .poll(() => page.getByRole('toolbar', { name: 'Briefing tools' }).isVisible(), POLL)
      .toBe(false);
    expect(await page.getByRole('search').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /clear all filters/i }).isVisible()).toBe(false);
    const filters = page.getByRole('region', { name: 'Active filters' });
    expect(await filters.innerText()).toMatch(/New Zealand/);
    expect(await pageBackground(page)).toBe('rgb(255, 255, 255)');
    const text = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(text).toBe('rgb(0, 0, 0)');
  });
});
