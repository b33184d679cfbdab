/**
 * The offline single file (`npm run build:offline`) in real Chromium: opened from file:// in a
 * browser context where every network request is blocked, it must show the timeline and the topic
 * chart, log no console error, and not even try to load anything that is not inside the file.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { INLINE_DATASET_ID } from '../../src/build/inline-dataset';
import { OFFLINE_FILE, OFFLINE_OUT_DIR } from '../../src/build/offline-plugin';
import { chartState, timelineItemTexts, waitForDashboard } from './dashboard-page';
import { writesRange } from './dates';
import { launchChromium, recordCspViolations, recordProblems, resultPath } from './harness';

const OFFLINE_PATH = resolve(OFFLINE_OUT_DIR, OFFLINE_FILE);

/** Like the global setup's build: Vitest's NODE_ENV=test would bundle React's development build. */
const productionEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
};

/** URLs a page may load without the network: the file itself and what it holds. */
const LOCAL_URL = /^(?:file|data|blob|about):/;

let browser: Browser | undefined;
let opened: BrowserContext[] = [];

beforeAll(async () => {
  const build = spawnSync('npm', ['run', 'build:offline', '--', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: productionEnv(),
  });
  if (build.error) throw build.error;
  if (build.status !== 0)
    throw new Error(`npm run build:offline failed (exit code ${build.status})`);
  browser = await launchChromium();
});

afterEach(async () => {
  const contexts = opened;
  opened = [];
  await Promise.all(contexts.map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
});

interface OfflinePage {
  page: Page;
  /** Console errors, page errors, failed requests, HTTP errors and CSP violations. */
  problems: string[];
  /** Every request for something outside the file, blocked or not. */
  networkRequests: string[];
}

/** Opens the offline file in a fresh context with the network off and every request blocked. */
const openOffline = async (): Promise<OfflinePage> => {
  if (!browser) throw new Error('the browser is not running');
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  opened.push(context);
  context.setDefaultTimeout(20_000);
  await context.setOffline(true);
  const networkRequests: string[] = [];
  context.on('request', (request) => {
    if (!LOCAL_URL.test(request.url())) networkRequests.push(request.url());
  });
  await context.route(
    () => true,
    (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()),
  );
  const page = await context.newPage();
  page.on('websocket', (socket) => networkRequests.push(socket.url()));
  const problems = recordProblems(page);
  await recordCspViolations(page, problems);
  await page.goto(pathToFileURL(OFFLINE_PATH).href, { waitUntil: 'load' });
  return { page, problems, networkRequests };
};

describe('the offline single file', () => {
  it('should be one HTML file holding the scripts, styles and dataset', () => {
    const html = readFileSync(OFFLINE_PATH, 'utf8');
    expect(html).toContain(`id="${INLINE_DATASET_ID}"`);
    expect(html).toMatch(/<script type="module">/);
    expect(html).toMatch(/<style>/);
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*rel="(?:stylesheet|modulepreload)"/);
    expect(html).toMatch(/<link rel="icon"[^>]*href="data:image\/svg\+xml/);
    const size = statSync(OFFLINE_PATH).size;
    console.log(`[e2e] ${OFFLINE_OUT_DIR}/${OFFLINE_FILE}: ${(size / 1024).toFixed(0)} KiB`);
    expect(size).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('should show the timeline and the topic chart from file:// with the network blocked', async () => {
    const { page, problems, networkRequests } = await openOffline();
    const chart = await waitForDashboard(page);
    expect(chart.bars).toBeGreaterThan(0);

    const items = await timelineItemTexts(page);
    const listed = `timeline items:\n${items.map((item) => `  - ${item.text}`).join('\n')}`;
    const summit = items.filter(
      (item) =>
        /summit/i.test(item.text) &&
        (writesRange(item.text, '2024-07-09', '2024-07-11') ||
          (item.datetimes.some((d) => d.startsWith('2024-07-09')) &&
            item.datetimes.some((d) => d.startsWith('2024-07-11')))),
    );
    expect(summit, listed).toHaveLength(1);

    // Flags of the dataset's countries are inside the file, as data: URIs.
    const flags = await page.locator('img.flag').evaluateAll((images) =>
      images.map((image) => ({
        src: (image as HTMLImageElement).src,
        loaded:
          (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0,
      })),
    );
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.filter((flag) => !flag.src.startsWith('data:image/svg+xml'))).toEqual([]);

    await page.screenshot({ path: resultPath('offline-file.png'), fullPage: true });
    expect((await chartState(page)).bars).toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(networkRequests, 'requests for something outside the file').toEqual([]);
  });

  it('should allow exactly its inline script and style, by hash, and nothing else', async () => {
    const html = readFileSync(OFFLINE_PATH, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    const directive = (name: string) =>
      policy
        ?.split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `));
    /** The CSP source of each element's text, as the browser hashes it (CRLF read as LF). */
    const hashesOf = (pattern: RegExp) =>
      [...html.matchAll(pattern)].map((match) => {
        const text = (match[1] ?? '').replace(/\r\n?/g, '\n');
        return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      });
    const scripts = hashesOf(/<script type="module">([\s\S]*?)<\/script>/g);
    const styles = hashesOf(/<style>([\s\S]*?)<\/style>/g);
    expect(scripts).toHaveLength(1);
    expect(directive('script-src')).toBe(`script-src ${scripts.join(' ')}`);
    expect(directive('style-src')).toBe(`style-src ${styles.join(' ')}`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
      html.search(/<script|<style/),
    );

    const { page, problems, networkRequests } = await openOffline();
    await waitForDashboard(page);
    // The policy is in force: a script injected into the page does not run.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "ran";';
      document.body.append(script);
      await new Promise((settled) => setTimeout(settled, 100));
      return document.documentElement.dataset.injected ?? 'blocked';
    });
    expect(ran).toBe('blocked');
    await expect.poll(() => problems.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    expect(problems.filter((problem) => !/script-src/.test(problem))).toEqual([]);
    problems.splice(0, problems.length);

    // The slide export works under the policy too: the flags are data: URIs, nothing is fetched.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download', { timeout: 45_000 });
    await page.getByRole('menuitem', { name: 'Slide PNG (1920×1080)' }).click();
    expect((await download).suggestedFilename()).toBe('summit-timeline-slide.png');
    expect(problems, problems.join('\n')).toEqual([]);
    expect(networkRequests, 'requests for something outside the file').toEqual([]);
  });
});
