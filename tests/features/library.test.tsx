// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import userEvent from '@testing-library/user-event';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { inProcessExtractor } from '../../src/features/library/in-process-extractor';
import { setExtractor } from '../../src/features/library/extractor';
import {
  fileMessages,
  GOOD_ARTICLE,
  GOOD_EVENT,
  openLibrary,
  PNG_BYTES,
  renderApp,
  settled,
  textFile,
  timelineEvents,
} from './library-harness';

const filesInput = (dialog: HTMLElement) => within(dialog).getByLabelText('Choose article files');

/** Adds the good article alone and waits for it to be in. */
const addGoodArticle = async (user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) => {
  await user.upload(filesInput(dialog), [textFile('pacific-forum.txt', GOOD_ARTICLE)]);
  await settled(dialog);
};

describe('adding articles', () => {
  it('should add the good files of a batch, name the bad ones and show the new events', async () => {
    const user = userEvent.setup();
    await renderApp();
    const before = timelineEvents().length;
    expect(screen.queryByRole('button', { name: GOOD_EVENT })).toBeNull();

    const dialog = await openLibrary();
    await user.upload(filesInput(dialog), [
      textFile('pacific-forum.txt', GOOD_ARTICLE),
      textFile('empty.txt', ''),
      textFile('binary.txt', PNG_BYTES),
    ]);
    await settled(dialog);

    expect(fileMessages(dialog)).toEqual([
      'pacific-forum.txt: added — 2 dated events',
      'empty.txt: skipped — the file is empty',
      'binary.txt: skipped — binary file (looks like PNG image), not text',
    ]);
    expect(within(dialog).getByText('Added 1 of 3 files.')).toBeTruthy();
    const yours = within(dialog).getByRole('region', { name: 'Your articles' });
    expect(
      within(yours)
        .getAllByRole('button', { name: /^Remove / })
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Remove pacific-forum.txt']);

    // The seeds' events are all still there, with the new ones merged in.
    expect(timelineEvents().length).toBe(before + 2);
    expect(screen.getByRole('button', { name: GOOD_EVENT })).toBeTruthy();
  });

  it('should say when a file was added without dated events or countries', async () => {
    const user = userEvent.setup();
    await renderApp();
    const dialog = await openLibrary();
    await user.upload(filesInput(dialog), [
      textFile('notes.md', '# Notes\n\nA short note about nothing in particular.\n'),
    ]);
    await settled(dialog);
    expect(fileMessages(dialog)).toEqual([
      'notes.md: added without dated events, and no countries were found',
    ]);
  });

  it('should refuse files over 5 MB, other kinds of files and text added twice', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await renderApp();
    const dialog = await openLibrary();
    const big = textFile('big.txt', new Uint8Array(6 * 1024 * 1024).fill(0x61));
    await user.upload(filesInput(dialog), [
      big,
      textFile('report.pdf', '%PDF-1.7'),
      textFile('a.txt', GOOD_ARTICLE),
      textFile('b.txt', GOOD_ARTICLE),
    ]);
    await settled(dialog);
    expect(fileMessages(dialog)).toEqual([
      'big.txt: skipped — the file is 6.0 MB, over the 5 MB limit',
      'report.pdf: skipped — only .txt, .md and .html files can be added',
      'a.txt: added — 2 dated events',
      'b.txt: skipped — the same text was already added',
    ]);
  });

  it('should add pasted text with its title and publication date', async () => {
    const user = userEvent.setup();
    await renderApp();
    const dialog = await openLibrary();
    await user.type(within(dialog).getByLabelText('Title (optional)'), 'Tokyo cyber talks');
    fireEvent.change(within(dialog).getByLabelText('Publication date (optional)'), {
      target: { value: '2025-03-10' },
    });
    await user.type(
      within(dialog).getByLabelText('Article text'),
      'Japan and New Zealand will hold cybersecurity talks in Tokyo on Thursday.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add pasted text' }));
    await settled(dialog);
    expect(fileMessages(dialog)).toEqual(['tokyo-cyber-talks.txt: added — 1 dated event']);
    // Thursday after the stated publication day, Monday 10 March 2025.
    const talks = screen
      .getAllByRole('listitem')
      .find((li) => li.querySelector('time[datetime="2025-03-13"]'));
    expect(talks).toBeTruthy();
    await waitFor(() =>
      expect((within(dialog).getByLabelText('Article text') as HTMLTextAreaElement).value).toBe(''),
    );
  });

  it('should keep added articles across a reload without extracting again', async () => {
    const user = userEvent.setup();
    await renderApp();
    await addGoodArticle(user, await openLibrary());
    const count = timelineEvents().length;
    cleanup();

    const build = vi.spyOn(inProcessExtractor, 'build');
    setExtractor({ ...inProcessExtractor, build });
    await renderApp();
    await waitFor(() => expect(screen.getByRole('button', { name: GOOD_EVENT })).toBeTruthy());
    expect(timelineEvents().length).toBe(count);
    expect(build).not.toHaveBeenCalled();
  });

  it('should report a full storage and keep what was stored before', async () => {
    const user = userEvent.setup();
    await renderApp();
    const dialog = await openLibrary();
    await addGoodArticle(user, dialog);
    const count = timelineEvents().length;

    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.upload(filesInput(dialog), [
      textFile('more.txt', 'Australia hosted talks on 3 June 2025 about interoperability.'),
    ]);
    await settled(dialog);
    expect(within(dialog).getByRole('alert').textContent).toMatch(
      /^Nothing was added: this browser's storage for the site is full \(QuotaExceededError\)/,
    );
    expect(timelineEvents().length).toBe(count);
    const yours = within(dialog).getByRole('region', { name: 'Your articles' });
    expect(
      within(yours)
        .getAllByRole('button', { name: /^Remove / })
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Remove pacific-forum.txt']);
  });
});

describe('managing added articles', () => {
  it('should remove an added article and its events', async () => {
    const user = userEvent.setup();
    await renderApp();
    const before = timelineEvents().length;
    const dialog = await openLibrary();
    await addGoodArticle(user, dialog);
    expect(timelineEvents().length).toBe(before + 2);

    await user.click(within(dialog).getByRole('button', { name: 'Remove pacific-forum.txt' }));
    await settled(dialog);
    expect(within(dialog).getByText('Removed pacific-forum.txt.')).toBeTruthy();
    expect(within(dialog).getByText('No articles added yet.')).toBeTruthy();
    expect(timelineEvents().length).toBe(before);
    expect(screen.queryByRole('button', { name: GOOD_EVENT })).toBeNull();
  });

  it('should reset to the default corpus only once confirmed', async () => {
    const user = userEvent.setup();
    await renderApp();
    const before = timelineEvents().length;
    const dialog = await openLibrary();
    await addGoodArticle(user, dialog);

    await user.click(within(dialog).getByRole('button', { name: 'Reset to default corpus' }));
    const confirm = within(dialog).getByRole('group', { name: /^Remove the added article/ });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(timelineEvents().length).toBe(before + 2);

    await user.click(within(dialog).getByRole('button', { name: 'Reset to default corpus' }));
    await user.click(within(dialog).getByRole('button', { name: 'Yes, reset' }));
    await settled(dialog);
    expect(within(dialog).getByText('Reset to the default corpus.')).toBeTruthy();
    expect(within(dialog).getByText('No articles added yet.')).toBeTruthy();
    expect(timelineEvents().length).toBe(before);
  });

  it('should close on Escape and give focus back to the button', async () => {
    const user = userEvent.setup();
    await renderApp();
    const button = screen.getByRole('button', { name: 'Add articles' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Add articles' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
