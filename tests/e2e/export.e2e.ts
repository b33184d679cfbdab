/**
 * Slide export in real Chromium: the "Export" menu downloads the current view as a slide PNG at
 * 1920×1080 or 3840×2160 and the topic chart as a standalone SVG, under a strict
 * Content-Security-Policy too, with no console error. The PNG of "/?country=NZ" is kept in
 * docs/screenshots/ for the README.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForDashboard } from './dashboard-page';
import { resultPath, setupBrowser } from './harness';

const browser = setupBrowser();

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
const pngSize = (png: Buffer): { width: number; height: number } => {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'the file is not a PNG').toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

const exportButton = (page: Page) => page.getByRole('button', { name: 'Export', exact: true });

/** Opens the Export menu, picks `choice` and returns the download it starts. */
const exportAs = async (page: Page, choice: string): Promise<Download> => {
  await exportButton(page).click();
  const download = page.waitForEvent('download', { timeout: 45_000 });
  await page.getByRole('menuitem', { name: choice }).click();
  return download;
};

/**
 * Exports the slide PNG and, while the off-screen slide is drawn, lists its HTML elements whose
 * content overflows their box (text cut off or ellipsised) — there should be none.
 */
const exportSlideAndListOverflow = async (
  page: Page,
): Promise<{ download: Download; overflowing: string[] }> => {
  const download = exportAs(page, 'Slide PNG (1920×1080)');
  const inspected = await page.waitForFunction(() => {
    const slide = document.querySelector('.slide');
    if (!slide?.querySelector('.recharts-bar-rectangle, .slide-empty')) return null;
    return [...slide.querySelectorAll('*')]
      .filter((el): el is HTMLElement => el instanceof HTMLElement)
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${el.className}: ${(el.textContent ?? '').slice(0, 60)}`);
  });
  const overflowing = (await inspected.jsonValue()) ?? ['(the slide was not inspected)'];
  return { download: await download, overflowing };
};

const contentOf = async (download: Download): Promise<Buffer> => {
  const path = await download.path();
  if (!path) throw new Error(`download ${download.suggestedFilename()} has no file`);
  return readFileSync(path);
};

/** Waits for the export status to report the download (or fails with what it says). */
const expectDownloadedStatus = async (page: Page, fileName: string): Promise<void> => {
  const status = page.locator('.export').getByRole('status');
  await expect.poll(() => status.innerText(), { timeout: 20_000 }).toBe(`Downloaded ${fileName}`);
};

describe('slide export', () => {
  it.each([
    { choice: 'Slide PNG (1920×1080)', width: 1920, height: 1080 },
    { choice: 'Slide PNG at 2× (3840×2160)', width: 3840, height: 2160 },
  ])(
    'should download a $width×$height slide PNG from its menu choice',
    async ({ choice, width, height }) => {
      const { page } = await browser.openPage('/');
      await waitForDashboard(page);
      const download = await exportAs(page, choice);
      expect(download.suggestedFilename()).toBe('summit-timeline-slide.png');
      const png = await contentOf(download);
      expect(pngSize(png)).toEqual({ width, height });
      await expectDownloadedStatus(page, 'summit-timeline-slide.png');
      writeFileSync(resultPath(`export-slide-${width}.png`), png);
    },
  );

  it('should export the filtered view /?country=NZ, kept as the README screenshot', async () => {
    const { page } = await browser.openPage('/?country=NZ');
    await waitForDashboard(page);
    const { download, overflowing } = await exportSlideAndListOverflow(page);
    expect(overflowing, 'slide elements whose text is cut off').toEqual([]);
    const png = await contentOf(download);
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    const docs = resolve('docs/screenshots');
    mkdirSync(docs, { recursive: true });
    writeFileSync(resolve(docs, 'slide.png'), png);
    // The off-screen slide is gone once the export is done.
    expect(await page.locator('.slide').count()).toBe(0);
  });

  it('should fit every event of the unfiltered corpus on the slide without cutting text', async () => {
    const { page } = await browser.openPage('/');
    await waitForDashboard(page);
    const { download, overflowing } = await exportSlideAndListOverflow(page);
    expect(overflowing, 'slide elements whose text is cut off').toEqual([]);
    expect(pngSize(await contentOf(download))).toEqual({ width: 1920, height: 1080 });
  });

  it('should download the topic chart as a standalone SVG with its bars', async () => {
    const { page } = await browser.openPage('/?topic=interoperability');
    await waitForDashboard(page);
    const download = await exportAs(page, 'Chart as SVG');
    expect(download.suggestedFilename()).toBe('summit-timeline-topics.svg');
    const svg = (await contentOf(download)).toString('utf8');
    expect(svg).toMatch(/<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toMatch(/<title>Topic frequency[^<]*Interoperability<\/title>/);
    expect(svg.match(/<rect /g)?.length ?? 0).toBeGreaterThan(1);
    expect(svg).toContain('✓ Interoperability');
    expect(svg).not.toMatch(/var\(--|currentColor/);
    writeFileSync(resultPath('export-topics.svg'), svg);
  });

  it('should open and close the menu from the keyboard', async () => {
    const { page } = await browser.openPage('/');
    await waitForDashboard(page);
    const button = exportButton(page);
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Export' });
    await menu.waitFor({ state: 'visible' });
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe('Slide PNG (1920×1080)');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Slide PNG at 2× (3840×2160)');
    await page.keyboard.press('End');
    expect(await focused()).toBe('Chart as SVG');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Slide PNG (1920×1080)');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    expect(await focused()).toBe('Export');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
  });

  it('should export under a strict Content-Security-Policy without a violation', async () => {
    const { page } = await browser.openPage('/');
    // Serve the page again with the policy the app is deployed with; a violation is a console
    // error, which the harness fails the test on.
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: {
            ...response.headers(),
            'content-security-policy': "default-src 'self'; img-src 'self' data: blob:",
          },
        });
      },
    );
    const reloaded = await page.reload({ waitUntil: 'networkidle' });
    expect(reloaded?.headers()['content-security-policy']).toContain("default-src 'self'");
    await waitForDashboard(page);
    const png = await contentOf(await exportAs(page, 'Slide PNG (1920×1080)'));
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    const svg = await exportAs(page, 'Chart as SVG');
    expect(svg.suggestedFilename()).toBe('summit-timeline-topics.svg');
  });
});
