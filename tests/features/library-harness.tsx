/**
 * The library tests' set-up: the whole app on a fresh fake IndexedDB, dataset.json served from the
 * seeds, extraction in-process (jsdom has no Worker), and downloads captured instead of saved.
 */
import { IDBFactory } from 'fake-indexeddb';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { App } from '../../src/app/app';
import { setExtractor } from '../../src/features/library/extractor';
import { inProcessExtractor } from '../../src/features/library/in-process-extractor';
import { seedData } from './render-dashboard';

export const GOOD_ARTICLE = `Pacific Islands Forum Leaders Gather in Tonga

NUKU'ALOFA, 20 August 2024 - Leaders of the Pacific Islands Forum will meet in Tonga from 26 to 30 August to discuss climate resilience and regional security.

New Zealand Prime Minister Christopher Luxon and Australian Prime Minister Anthony Albanese are expected to attend the leaders' meeting on August 28.
`;

/** The event the good article adds, as its "Read the evidence" button names it. */
export const GOOD_EVENT = /^Read the evidence for Pacific Islands Forum/;

export const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
]);

export const textFile = (name: string, text: string | Uint8Array<ArrayBuffer>): File =>
  new File([text], name, { type: 'text/plain' });

/** Every Blob handed to URL.createObjectURL, i.e. every download started. */
export const downloads: Blob[] = [];

// The dialog is lazy: loading its modules once here keeps that out of the first test's time.
beforeAll(() => import('../../src/features/library/library-dialog'));

beforeEach(() => {
  // A new factory is an empty database: no test sees another's articles.
  vi.stubGlobal('indexedDB', new IDBFactory());
  setExtractor(inProcessExtractor);
  const json = JSON.stringify(seedData());
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(json, { headers: { 'Content-Type': 'application/json' } })),
  );
  downloads.length = 0;
  // jsdom has no object URLs; a download link's click goes nowhere.
  URL.createObjectURL = (blob: Blob) => {
    downloads.push(blob);
    return `blob:test/${downloads.length}`;
  };
  URL.revokeObjectURL = () => {};
});

afterEach(() => {
  setExtractor(null);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Renders the app as a page load would, and waits for the timeline. */
export const renderApp = async () => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
  await screen.findByRole('region', { name: 'Timeline' });
  return { ...view, client };
};

/** Opens the "Add articles" dialog and returns it. */
export const openLibrary = async (): Promise<HTMLElement> => {
  screen.getByRole('button', { name: 'Add articles' }).click();
  // The dialog is lazy: the first test to open it waits for its module to load.
  const dialog = await screen.findByRole('dialog', { name: 'Add articles' }, { timeout: 10_000 });
  // The stored library is read when the dialog opens.
  await waitFor(() => expect(within(dialog).queryByText('Loading your articles…')).toBeNull());
  return dialog;
};

/** The per-file messages of the last change. */
export const fileMessages = (dialog: HTMLElement): string[] => {
  const list = within(dialog).queryByRole('list', { name: 'What happened to each file' });
  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? '')
    : [];
};

/** Waits for the current change to finish (the dialog is no longer busy). */
export const settled = (dialog: HTMLElement) =>
  waitFor(() => expect(dialog.getAttribute('aria-busy')).toBe('false'), { timeout: 10_000 });

/** The "Read the evidence" buttons of the timeline, one per event. */
export const timelineEvents = (): HTMLElement[] =>
  within(screen.getByRole('region', { name: 'Timeline' })).getAllByRole('button', {
    name: /^Read the evidence for /,
  });
