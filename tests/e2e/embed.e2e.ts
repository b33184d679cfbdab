/**
 * Embed mode in real Chromium: a single view without the dashboard's header, and a host page on
 * another origin ("the intranet") that embeds two views with the very code the share dialog
 * offers — its iframes must take the heights the views post, and the views must stay usable.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelineRegion, topicsRegion, waitForDashboard } from './dashboard-page';
import { setupBrowser, urlOf } from './harness';

const browser = setupBrowser();

const POLL = { timeout: 10_000 };

/**
 * The "intranet": a server of the test's own on another port — so another origin — that serves
 * the host page the test composes. A real loopback server rather than page.route: Chromium's
 * Local Network Access checks would block a routed (public) page from framing 127.0.0.1.
 */
let hostHtml = '';
let hostServer: Server | undefined;
let hostUrl = '';

beforeAll(async () => {
  hostServer = createServer((request, response) => {
    const found = request.url === '/briefing.html';
    response.writeHead(found ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(found ? hostHtml : 'not found');
  });
  await new Promise<void>((listening) => hostServer?.listen(0, '127.0.0.1', listening));
  const { port } = hostServer.address() as AddressInfo;
  hostUrl = `http://127.0.0.1:${port}/briefing.html`;
});

afterAll(async () => {
  await new Promise((closed) => hostServer?.close(closed));
});

interface EmbedCode {
  iframe: string;
  script: string;
}

/**
 * Opens the share dialog on the dashboard shown in `page`, picks the view to embed, and reads
 * what it offers. Waits for the lazy chart first: leaving the page earlier would abort its loading.
 */
const embedCodeFrom = async (page: Page, view: RegExp): Promise<EmbedCode> => {
  await waitForDashboard(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and embed' });
  await dialog.getByRole('radio', { name: view }).check();
  const code = {
    iframe: await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue(),
    script: await dialog.getByRole('textbox', { name: 'Resize script' }).inputValue(),
  };
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  return code;
};

/** An intranet briefing page: the two iframes side by side, then the share dialog's script. */
const hostPage = (timeline: string, topics: string, script: string): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Indo-Pacific partners at the NATO summit</title>
    <link rel="icon" href="data:," />
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; background: #eef1f5; color: #1a1d23; }
      header { background: #0b2545; color: #fff; padding: 1rem 2rem; }
      header h1 { margin: 0; font-size: 1.4rem; }
      main { display: grid; grid-template-columns: 3fr 2fr; gap: 1.5rem; padding: 1.5rem 2rem; align-items: start; }
      figure { margin: 0; background: #fff; border-radius: 8px; padding: 0.75rem; box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); }
      figcaption { font-weight: 600; margin-bottom: 0.5rem; }
      iframe { display: block; }
    </style>
    <script>
      // The test's own record of what the views post (the share dialog's script does the sizing).
      window.resizes = [];
      window.addEventListener('message', function (event) {
        if (!event.data || event.data.type !== 'summit-timeline:resize') return;
        var frames = Array.prototype.slice.call(document.getElementsByTagName('iframe'));
        window.resizes.push({
          frame: frames.findIndex(function (f) { return f.contentWindow === event.source; }),
          height: event.data.height,
        });
      });
    </script>
  </head>
  <body>
    <header><h1>Indo-Pacific partners at the NATO summit — briefing</h1></header>
    <main>
      <figure><figcaption>What happened when</figcaption>${timeline}</figure>
      <figure><figcaption>Topics in the New Zealand coverage</figcaption>${topics}</figure>
    </main>
    ${script}
  </body>
</html>`;

interface Resize {
  frame: number;
  height: number;
}

const resizesOf = (page: Page): Promise<Resize[]> =>
  page.evaluate(() => (window as unknown as { resizes: Resize[] }).resizes);

/** The last height frame `frame` posted (0 if none yet). */
const lastHeight = async (page: Page, frame: number): Promise<number> =>
  (await resizesOf(page)).filter((r) => r.frame === frame).at(-1)?.height ?? 0;

/** The rendered height of the host's iframe number `frame`. */
const iframeHeight = (page: Page, frame: number): Promise<number> =>
  page
    .locator('iframe')
    .nth(frame)
    .evaluate((element) => Math.round(element.getBoundingClientRect().height));

/** Waits until iframe `frame` has posted a height and been given it. */
const expectSizedToContent = async (page: Page, frame: number): Promise<number> => {
  await expect.poll(() => lastHeight(page, frame), POLL).toBeGreaterThan(0);
  await expect
    .poll(async () => (await iframeHeight(page, frame)) - (await lastHeight(page, frame)), POLL)
    .toBe(0);
  return lastHeight(page, frame);
};

/** Waits for the recharts bars of the topic chart inside `frame`. */
const waitForBars = (frame: FrameLocator) =>
  frame
    .getByRole('region', { name: /^topic frequency\b/i })
    .locator('.recharts-bar-rectangle')
    .first()
    .waitFor({ state: 'visible' });

/** Lets the host page's layout settle: two frames of the browser. */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

describe('embed mode', () => {
  it('should show only the topic chart at /?embed=1&view=topics, with an attribution footer', async () => {
    const { page } = await browser.openPage('/?embed=1&view=topics');
    await topicsRegion(page).waitFor({ state: 'visible' });
    await expect
      .poll(
        () =>
          topicsRegion(page)
            .getByText(/loading/i)
            .count(),
        POLL,
      )
      .toBe(0);

    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(await page.getByRole('search').count()).toBe(0);
    expect(await page.getByRole('toolbar').count()).toBe(0);
    expect(await timelineRegion(page).count()).toBe(0);
    expect(await page.getByRole('region', { name: /^partners\b/i }).count()).toBe(0);

    const footer = page.getByRole('contentinfo');
    const credits = await footer.innerText();
    expect(credits).toMatch(/Sources: .+ \(\d{1,2} \w{3} \d{4}/);
    expect(credits).toMatch(/as of \d{1,2} \w+ \d{4}/);
    expect(credits).toMatch(/Summit Timeline/);
  });

  it('should size two embedded views on a host page and keep them interactive', async () => {
    const { page } = await browser.openPage('/');
    const timeline = await embedCodeFrom(page, /^timeline$/i);
    await page.goto(urlOf('/?country=NZ'), { waitUntil: 'networkidle' });
    const topics = await embedCodeFrom(page, /^topic chart$/i);
    expect(timeline.iframe).toContain('?embed=1&amp;view=timeline"');
    expect(topics.iframe).toContain('?embed=1&amp;view=topics&amp;country=NZ"');

    hostHtml = hostPage(timeline.iframe, topics.iframe, timeline.script);
    await page.goto(hostUrl, { waitUntil: 'networkidle' });

    const timelineFrame = page.locator('iframe').nth(0).contentFrame();
    const topicsFrame = page.locator('iframe').nth(1).contentFrame();
    await timelineFrame.getByRole('region', { name: /^timeline\b/i }).waitFor();
    await waitForBars(topicsFrame);
    expect(await timelineFrame.getByRole('region', { name: /^topic frequency\b/i }).count()).toBe(
      0,
    );
    expect(await topicsFrame.getByRole('region', { name: /^timeline\b/i }).count()).toBe(0);

    await expectSizedToContent(page, 0);
    const topicsHeight = await expectSizedToContent(page, 1);
    expect(await resizesOf(page)).not.toContainEqual(expect.objectContaining({ frame: -1 }));
    await settle(page);

    mkdirSync(resolve('docs/screenshots'), { recursive: true });
    await page.screenshot({ path: resolve('docs/screenshots/embed.png') });

    // Opening the chart's data table makes the view taller: the frame follows.
    await topicsFrame.getByRole('button', { name: 'Show data table' }).click();
    await expect.poll(() => lastHeight(page, 1), POLL).toBeGreaterThan(topicsHeight);
    await expectSizedToContent(page, 1);

    // A topic chosen in the chart filters the frame through its own URL, not the host's.
    const table = topicsFrame.getByRole('table');
    await table.getByRole('button').first().click();
    const frameUrl = () =>
      page
        .frames()
        .find((f) => f.url().includes('view=topics'))
        ?.url() ?? 'no topics frame';
    await expect.poll(() => new URL(frameUrl()).searchParams.get('topic'), POLL).toBeTruthy();
    expect(new URL(frameUrl()).searchParams.get('country')).toBe('NZ');
    expect(page.url()).toBe(hostUrl);

    // The source reader opens inside the timeline's frame and closes on Escape.
    await timelineFrame
      .getByRole('button', { name: /evidence/i })
      .first()
      .click();
    const reader = timelineFrame.getByRole('dialog');
    await reader.waitFor({ state: 'visible' });
    await reader.locator('mark').first().waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'hidden' });
  });

  it('should pass axe on the embedded dashboard and on the open share dialog', async () => {
    const { page } = await browser.openPage('/?embed=1&country=NZ');
    await waitForDashboard(page);
    const seriousViolations = async (what: string): Promise<string[]> => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${what}: [${v.impact}] ${v.id} at ${v.nodes.map((n) => n.target).join(', ')}`);
    };
    const embedded = await seriousViolations('embed');

    await page.goto(urlOf('/?country=NZ'), { waitUntil: 'networkidle' });
    await waitForDashboard(page);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('dialog', { name: 'Share and embed' }).waitFor();
    const dialog = await seriousViolations('share dialog');

    const violations = [...embedded, ...dialog];
    expect(violations, violations.join('\n')).toEqual([]);
  });
});
