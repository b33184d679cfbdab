/**
 * The Content-Security-Policy of the production build in real Chromium: the page carries it as a
 * meta element, runs under it without a single violation (chart, reader, theme, share dialog,
 * presentation, slide export), and the policy is really in force — an injected inline script
 * does not run. The harness fails any test whose pages report a violation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { evidenceControlOf, timelineItems, waitForDashboard } from './dashboard-page';
import { setupBrowser, type CspViolation } from './harness';

const browser = setupBrowser();

const POLL = { timeout: 10_000 };

/** The sources of each directive of the page's meta policy. */
const metaPolicy = async (page: Page): Promise<Map<string, string[]>> => {
  const content = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  return new Map(
    (content ?? '').split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
};

const violationsOf = (page: Page): Promise<CspViolation[]> =>
  page.evaluate(() => window.__cspViolations ?? []);

describe('the Content-Security-Policy', () => {
  it('should be set by a meta element with the required directives', async () => {
    const { page } = await browser.openPage('/');
    const policy = await metaPolicy(page);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    // The meta element comes before every script, so that it covers them all.
    const order = await page.evaluate(() =>
      [...document.head.children].map((element) =>
        element.matches('meta[http-equiv="Content-Security-Policy"]') ? 'csp' : element.tagName,
      ),
    );
    expect(order.indexOf('csp')).toBeLessThan(order.indexOf('SCRIPT'));
  });

  it('should let the whole app run without a violation', async () => {
    const { page } = await browser.openPage('/');
    const chart = await waitForDashboard(page);
    expect(chart.bars).toBeGreaterThan(0);
    // Flags, the chart's tooltip and a bar click (filtering through the chart).
    expect(await page.locator('img.flag').count()).toBeGreaterThan(0);
    const bar = page.locator('.recharts-bar-rectangle').first();
    await bar.hover();
    await bar.click();
    await expect.poll(() => new URL(page.url()).searchParams.has('topic'), POLL).toBe(true);

    // The filter bar is a <form> (form-action 'none'): Enter searches in script, submits nothing.
    await page.getByLabel('Search events').fill('summit');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), POLL).toBe('summit');

    // The source reader.
    await evidenceControlOf(timelineItems(page).first()).click();
    const reader = page.getByRole('dialog');
    await reader.locator('mark').first().waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'hidden' });

    // Each theme.
    for (const label of ['Dark', 'High contrast', 'Light']) {
      await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label });
    }
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme), POLL)
      .toBe('light');

    // The share dialog.
    await page.getByRole('button', { name: 'Share' }).click();
    const share = page.getByRole('dialog', { name: 'Share and embed' });
    await share.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await share.waitFor({ state: 'hidden' });

    // Slide export: modern-screenshot draws the slide as a data: SVG image onto a canvas.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download', { timeout: 45_000 });
    await page.getByRole('menuitem', { name: 'Slide PNG (1920×1080)' }).click();
    expect((await download).suggestedFilename()).toBe('summit-timeline-slide.png');

    // Presentation mode.
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor({ state: 'visible' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');

    expect(await violationsOf(page)).toEqual([]);
  });

  it('should be in force: an injected inline script does not run', async () => {
    const { page, problems } = await browser.openPage('/');
    await waitForDashboard(page);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "ran";';
      document.body.append(script);
      // An allowed inline script would have run synchronously on insertion; give the
      // violation event its turn too.
      await new Promise((settled) => setTimeout(settled, 100));
      return document.documentElement.dataset.injected ?? 'blocked';
    });
    expect(ran).toBe('blocked');
    const violations = await violationsOf(page);
    expect(violations).toEqual([expect.objectContaining({ directive: 'script-src-elem' })]);
    // That violation (and Chromium's console error about it) is the point of this test, not a
    // problem of the app: take them out of what the harness checks after the test.
    await expect.poll(() => problems.length, POLL).toBeGreaterThanOrEqual(2);
    const expected = (problem: string) => /script-src/.test(problem);
    expect(problems.filter((problem) => !expected(problem))).toEqual([]);
    problems.splice(0, problems.length);
  });
});
