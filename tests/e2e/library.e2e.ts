/**
 * "Add articles" in real Chromium on the production build, under the Content-Security-Policy the
 * app is deployed with: a batch of good, empty, binary and hostile files goes through the
 * extraction worker; the good article's events join the timeline and survive a reload; nothing
 * in the hostile file runs; the dataset exports, imports and exports again to the same bytes; a
 * corrupt import changes nothing; axe finds no serious violation in the open dialog.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { timelineItems, timelineRegion, waitForDashboard } from './dashboard-page';
import { resultPath, setupBrowser } from './harness';

const browser = setupBrowser();

const POLL = { timeout: 20_000 };

const GOOD_ARTICLE = `Pacific Islands Forum Leaders Gather in Tonga

NUKU'ALOFA, 20 August 2024 - Leaders of the Pacific Islands Forum will meet in Tonga from 26 to 30 August to discuss climate resilience and regional security.

New Zealand Prime Minister Christopher Luxon and Australian Prime Minister Anthony Albanese are expected to attend the leaders' meeting on August 28.
`;

/** Every payload sets window.__xss and calls alert(): either would show that it ran. */
const RUN = 'window.__xss=1;alert(1)';
const HOSTILE_HTML = `<!doctype html><html><head><title>Hostile page</title>
<script>${RUN}</script></head><body><h1>Hostile page</h1>
<img src=x onerror="${RUN}"><svg onload="${RUN}"></svg>
<p>Published 12 March 2025. The talks in Canberra on 14 March 2025 covered cybersecurity with Japan. <a href="javascript:${RUN}">Read more</a></p>
<p>It quoted &lt;script&gt;${RUN}&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; as text.</p>
</body></html>`;

const PNG_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 6, 0, 0, 0,
]);

const file = (name: string, content: string | Buffer, mimeType = 'text/plain') => ({
  name,
  mimeType,
  buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
});

/** Opens "/" under the deployed policy (a violation is a console error, which fails the test). */
const openUnderCsp = async (): Promise<{ page: Page; dialogs: string[] }> => {
  const { page } = await browser.openPage('/');
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
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Records every progress line, however briefly it shows.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __progress: seen });
    new MutationObserver(() => {
      const text = document.querySelector('.library-progress')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.reload({ waitUntil: 'networkidle' });
  await waitForDashboard(page);
  return { page, dialogs };
};

const openLibrary = async (page: Page): Promise<Locator> => {
  await page.getByRole('button', { name: 'Add articles', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add articles' });
  await dialog.waitFor({ state: 'visible' });
  await expect.poll(() => dialog.getByText('Loading your articles…').count(), POLL).toBe(0);
  return dialog;
};

/** Waits for the dialog to finish its current change. */
const settled = async (dialog: Locator): Promise<void> => {
  await expect.poll(() => dialog.getAttribute('aria-busy'), POLL).toBe('false');
};

const fileMessages = (dialog: Locator): Promise<string[]> =>
  dialog
    .getByRole('list', { name: 'What happened to each file' })
    .getByRole('listitem')
    .allInnerTexts();

const forumEvent = (page: Page) =>
  timelineRegion(page).getByRole('button', {
    name: /^Read the evidence for Pacific Islands Forum/,
  });

const contentOf = async (download: Download): Promise<string> => {
  const path = await download.path();
  if (!path) throw new Error(`download ${download.suggestedFilename()} has no file`);
  return readFileSync(path, 'utf8');
};

const exportDataset = async (page: Page, dialog: Locator): Promise<string> => {
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export dataset (JSON)' }).click();
  const done = await download;
  expect(done.suggestedFilename()).toBe('summit-timeline-dataset.json');
  return contentOf(done);
};

/** Whether anything the hostile file carried has run or made it into the page as markup. */
const hostileTraces = (page: Page) =>
  page.evaluate(() => ({
    xss: (window as { __xss?: unknown }).__xss,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
    scriptLinks: document.querySelectorAll('a[href^="javascript:"]').length,
  }));

describe('adding your own articles', () => {
  it('should add a batch in the worker, name the bad files and run nothing hostile', async () => {
    const { page, dialogs } = await openUnderCsp();
    const before = await timelineItems(page).count();
    const dialog = await openLibrary(page);

    await dialog
      .getByLabel('Choose article files')
      .setInputFiles([
        file('pacific-forum.txt', GOOD_ARTICLE),
        file('empty.txt', ''),
        file('binary.txt', PNG_BYTES),
        file('hostile.html', HOSTILE_HTML, 'text/html'),
      ]);
    await expect.poll(() => fileMessages(dialog), POLL).toHaveLength(4);
    await settled(dialog);
    const messages = await fileMessages(dialog);
    expect(messages[0]).toMatch(/^pacific-forum\.txt: added — \d dated events$/);
    expect(messages[1]).toBe('empty.txt: skipped — the file is empty');
    expect(messages[2]).toMatch(/^binary\.txt: skipped — binary file/);
    expect(messages[3]).toMatch(/^hostile\.html: added — \d dated events?$/);
    const progress = await page.evaluate(() => (window as { __progress?: string[] }).__progress);
    expect(progress).toContain('Reading 1 of 4: pacific-forum.txt');
    expect(progress).toContain('Reading 4 of 4: hostile.html');

    const results = await new AxeBuilder({ page })
      .include('.library-dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`,
      );
    expect(serious, `axe violations in the dialog:\n${serious.join('\n')}`).toEqual([]);
    await page.screenshot({ path: resultPath('library-dialog.png') });

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await forumEvent(page).waitFor();
    expect(await timelineItems(page).count()).toBeGreaterThan(before);

    // The hostile article's evidence, read as text: its quoted markup shows, and does nothing.
    await timelineRegion(page)
      .getByRole('button', { name: /^Read the evidence for .*Canberra/ })
      .click();
    const reader = page.getByRole('dialog').filter({ hasText: 'Hostile page' });
    await reader.waitFor();
    await expect
      .poll(() => reader.innerText())
      .toContain('<script>window.__xss=1;alert(1)</script>');
    expect(await hostileTraces(page)).toEqual({ xss: undefined, handlers: 0, scriptLinks: 0 });

    await page.reload({ waitUntil: 'networkidle' });
    await waitForDashboard(page);
    await forumEvent(page).waitFor();
    expect(await hostileTraces(page)).toEqual({ xss: undefined, handlers: 0, scriptLinks: 0 });
    expect(dialogs).toEqual([]);
  });

  it('should export, import and export again to the same file, and ignore a corrupt import', async () => {
    const { page, dialogs } = await openUnderCsp();
    let dialog = await openLibrary(page);
    await dialog
      .getByLabel('Choose article files')
      .setInputFiles([file('pacific-forum.txt', GOOD_ARTICLE)]);
    await expect.poll(() => fileMessages(dialog), POLL).toHaveLength(1);
    await settled(dialog);
    const exported = await exportDataset(page, dialog);
    const events = await timelineItems(page).count();

    await dialog.getByRole('button', { name: 'Reset to default corpus' }).click();
    await dialog.getByRole('button', { name: 'Yes, reset' }).click();
    await expect.poll(() => forumEvent(page).count(), POLL).toBe(0);
    await settled(dialog);

    await dialog
      .getByLabel('Import dataset')
      .setInputFiles(file('summit-timeline-dataset.json', exported, 'application/json'));
    await expect.poll(() => forumEvent(page).count(), POLL).toBe(1);
    await settled(dialog);
    expect(await timelineItems(page).count()).toBe(events);
    expect(await exportDataset(page, dialog)).toBe(exported);

    await dialog
      .getByLabel('Import dataset')
      .setInputFiles(file('corrupt.json', '{"articles": [{"id": ', 'application/json'));
    await expect
      .poll(() => dialog.getByRole('alert').innerText(), POLL)
      .toMatch(/^corrupt\.json is not valid JSON/);
    await settled(dialog);
    expect(await timelineItems(page).count()).toBe(events);
    expect(await exportDataset(page, dialog)).toBe(exported);

    // The imported dataset is this browser's base now: it is still there after a reload.
    await page.reload({ waitUntil: 'networkidle' });
    await waitForDashboard(page);
    await forumEvent(page).waitFor();
    dialog = await openLibrary(page);
    expect(
      await dialog
        .getByText(/^Based on the dataset imported from summit-timeline-dataset\.json/)
        .count(),
    ).toBe(1);
    expect(await exportDataset(page, dialog)).toBe(exported);
    expect(dialogs).toEqual([]);
  });
});
