// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import userEvent from '@testing-library/user-event';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/data/schema';
import {
  datasetJson,
  EXPORT_FILE_NAME,
  parseDatasetJson,
} from '../../src/features/library/dataset-file';
import { readArticleFiles } from '../../src/features/library/extraction-jobs';
import {
  downloads,
  GOOD_ARTICLE,
  GOOD_EVENT,
  openLibrary,
  renderApp,
  settled,
  textFile,
  timelineEvents,
} from './library-harness';
import { seedData } from './render-dashboard';

const jsonFile = (name: string, text: string) =>
  new File([text], name, { type: 'application/json' });

/** Clicks "Export dataset (JSON)" and returns the downloaded text. */
const exportText = async (user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) => {
  const count = downloads.length;
  await user.click(within(dialog).getByRole('button', { name: 'Export dataset (JSON)' }));
  await waitFor(() => expect(downloads.length).toBe(count + 1));
  const blob = downloads.at(-1)!;
  expect(blob.type).toBe('application/json');
  return blob.text();
};

describe('export and import of the dataset', () => {
  it('should export, import and export again to the same file', async () => {
    const user = userEvent.setup();
    await renderApp();
    const dialog = await openLibrary();
    await user.upload(within(dialog).getByLabelText('Choose article files'), [
      textFile('pacific-forum.txt', GOOD_ARTICLE),
    ]);
    await settled(dialog);
    const first = await exportText(user, dialog);
    expect(datasetSchema.safeParse(JSON.parse(first)).success).toBe(true);

    await user.click(within(dialog).getByRole('button', { name: 'Reset to default corpus' }));
    await user.click(within(dialog).getByRole('button', { name: 'Yes, reset' }));
    await settled(dialog);
    expect(screen.queryByRole('button', { name: GOOD_EVENT })).toBeNull();

    await user.upload(
      within(dialog).getByLabelText('Import dataset'),
      jsonFile(EXPORT_FILE_NAME, first),
    );
    await settled(dialog);
    expect(
      within(dialog).getByText(/^Imported summit-timeline-dataset\.json: 3 articles, /),
    ).toBeTruthy();
    // The import replaces the base: its articles are no longer "added" ones.
    expect(within(dialog).getByText('No articles added yet.')).toBeTruthy();
    expect(screen.getByRole('button', { name: GOOD_EVENT })).toBeTruthy();
    expect(await exportText(user, dialog)).toBe(first);
  });

  it.each([
    ['broken.json', '{"articles": [', /^broken\.json is not valid JSON \(/],
    [
      'wrong.json',
      JSON.stringify({ ...seedData(), events: [{ ...seedData().events[0], start: '9 July' }] }),
      /^wrong\.json is not a Summit Timeline dataset: events\.0\.start: expected YYYY-MM-DD$/,
    ],
    ['empty.json', '', /^empty\.json is empty$/],
  ])('should refuse %s and leave the data as it was', async (name, text, message) => {
    const user = userEvent.setup();
    await renderApp();
    const dialog = await openLibrary();
    await user.upload(within(dialog).getByLabelText('Choose article files'), [
      textFile('pacific-forum.txt', GOOD_ARTICLE),
    ]);
    await settled(dialog);
    const before = await exportText(user, dialog);
    const events = timelineEvents().length;

    await user.upload(within(dialog).getByLabelText('Import dataset'), jsonFile(name, text));
    await settled(dialog);
    expect(within(dialog).getByRole('alert').textContent).toMatch(message);
    expect(timelineEvents().length).toBe(events);
    expect(within(dialog).getByRole('button', { name: 'Remove pacific-forum.txt' })).toBeTruthy();
    expect(await exportText(user, dialog)).toBe(before);
  });
});

describe('the dataset file', () => {
  it('should read the CLI’s output, generatedAt included', () => {
    const cli = { generatedAt: '2026-01-01T00:00:00.000Z', ...seedData() };
    const parsed = parseDatasetJson('cli.json', JSON.stringify(cli, null, 2));
    expect(parsed.ok && parsed.dataset.generatedAt).toBe(cli.generatedAt);
  });

  it('should write no markup, even when article text quotes some', () => {
    const dataset = seedData();
    const hostile = {
      ...dataset,
      articles: dataset.articles.map((a) => ({
        ...a,
        text: `${a.text} <script>alert(1)</script>`,
      })),
    };
    const json = datasetJson(hostile);
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json)).toEqual(hostile);
  });
});

describe('reading article files', () => {
  it('should name what is wrong with each file, and read the others', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x61]);
    const steps: string[] = [];
    const outcomes = await readArticleFiles(
      [
        textFile('latin1.txt', latin1),
        textFile('nul.txt', new Uint8Array([0x61, 0x00, 0x62])),
        textFile('page.html', '<html><body><script>alert(1)</script><p>Hello.</p></body></html>'),
      ],
      ({ index, total, name }) => steps.push(`Reading ${index} of ${total}: ${name}`),
    );
    expect(steps).toEqual([
      'Reading 1 of 3: latin1.txt',
      'Reading 2 of 3: nul.txt',
      'Reading 3 of 3: page.html',
    ]);
    expect(outcomes).toEqual([
      {
        name: 'latin1.txt',
        ok: false,
        problem:
          'not valid UTF-8 at byte 3 (perhaps Latin-1 or Windows-1252); please save it as UTF-8',
      },
      {
        name: 'nul.txt',
        ok: false,
        problem: 'binary file (contains a NUL byte at offset 1), not text',
      },
      { name: 'page.html', ok: true, text: expect.stringContaining('<script>') },
    ]);
  });
});
