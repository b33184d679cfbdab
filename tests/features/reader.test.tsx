// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDashboard } from '../../src/app/dashboard-context';
import { buildDataset } from '../../src/data/index';
import type { DatasetEvent } from '../../src/data/schema';
import {
  evidenceMarks,
  evidenceParagraphs,
  type EvidenceParagraph,
} from '../../src/features/reader/evidence-text';
import { SourceReader } from '../../src/features/reader/source-reader';
import { Timeline } from '../../src/features/timeline/timeline';
import { renderDashboard, seedData } from './render-dashboard';

const summit = (): DatasetEvent => {
  const event = seedData().events.find((e) => e.title === 'NATO summit');
  if (!event) throw new Error('the seed data has no NATO summit');
  return event;
};

const openReader = (event: DatasetEvent) =>
  renderDashboard(<SourceReader eventId={event.id} />, `?event=${event.id}`);

/** The distinct evidence sentences of `event` in `articleId`, in text order. */
const sentencesIn = (event: DatasetEvent, articleId: string): string[] => {
  const seen = new Map<number, string>();
  for (const m of event.mentions) {
    if (m.articleId === articleId) seen.set(m.sentenceSpan[0], m.sentence);
  }
  return [...seen].sort(([a], [b]) => a - b).map(([, sentence]) => sentence);
};

/** The dashboard's way of mounting the reader: only while the URL names an event. */
const TimelineWithReader = () => {
  const { view } = useDashboard();
  return (
    <>
      <Timeline />
      {view.event && <SourceReader eventId={view.event} />}
    </>
  );
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SourceReader', () => {
  it('should be a dialog titled with the event and its dates', () => {
    openReader(summit());
    const dialog = screen.getByRole('dialog', { name: 'NATO summit, 9–11 July 2024' });
    expect(dialog.tagName).toBe('DIALOG');
  });

  it('should show each article with its source file and dating', () => {
    openReader(summit());
    const dialog = screen.getByRole('dialog');
    const ids = [...new Set(summit().mentions.map((m) => m.articleId))];
    const articles = within(dialog).getAllByRole('article');
    expect(articles).toHaveLength(ids.length);
    ids.forEach((id, i) => {
      const article = seedData().articles.find((a) => a.id === id)!;
      const section = articles[i]!;
      expect(within(section).getByRole('heading', { level: 3 }).textContent).toBe(article.title);
      expect(within(section).getByText(article.source)).toBeTruthy();
      const dating = article.published
        ? `Published ${article.published.slice(8).replace(/^0/, '')} July 2024`
        : `inferred reference date: 9 July 2024 — ${article.referenceReason}`;
      expect(section.textContent).toContain(dating);
    });
  });

  it('should mark every evidence sentence and emphasise its date expression', () => {
    openReader(summit());
    const event = summit();
    for (const article of screen.getAllByRole('article')) {
      const title = within(article).getByRole('heading', { level: 3 }).textContent;
      const id = seedData().articles.find((a) => a.title === title)!.id;
      const marks = [...article.querySelectorAll('mark')].map((m) => m.textContent);
      expect(marks).toEqual(sentencesIn(event, id));
      const dates = [...article.querySelectorAll('mark em')].map((em) => em.textContent);
      const expected = event.mentions.filter((m) => m.articleId === id).map((m) => m.dateText);
      expect(dates.sort()).toEqual(expected.sort());
    }
  });

  it('should split the text into paragraphs on blank lines', () => {
    openReader(summit());
    const article = seedData().articles.find((a) => a.id === summit().mentions[0]!.articleId)!;
    const expected = article.text.split(/\n[ \t]*\n\s*/).filter((p) => p.trim()).length;
    const first = screen.getAllByRole('article')[0]!;
    expect(first.querySelectorAll('.reader-text > p')).toHaveLength(expected);
  });

  it('should move focus in and scroll the first evidence sentence into view', () => {
    const scroll = vi.spyOn(window.HTMLElement.prototype, 'scrollIntoView');
    openReader(summit());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    const firstMark = screen.getByRole('dialog').querySelector('mark');
    expect(scroll).toHaveBeenCalledWith({ block: 'center' });
    expect(scroll.mock.contexts[0]).toBe(firstMark);
  });

  it('should close with the Close button, keeping the filters', () => {
    const event = summit();
    renderDashboard(<SourceReader eventId={event.id} />, `?country=KR&event=${event.id}`);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(window.location.search).toBe('?country=KR');
  });

  it('should close with Escape', () => {
    const event = summit();
    renderDashboard(<SourceReader eventId={event.id} />, `?topic=cybersecurity&event=${event.id}`);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(window.location.search).toBe('?topic=cybersecurity');
  });

  it('should return focus to the button that opened it', async () => {
    const user = userEvent.setup();
    renderDashboard(<TimelineWithReader />);
    const trigger = screen.getByRole('button', { name: 'Read the evidence for NATO summit' });
    await user.click(trigger);
    expect(screen.getByRole('dialog', { name: /NATO summit/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('should say when the event is not in the data', () => {
    renderDashboard(<SourceReader eventId="no-such-event" />, '?event=no-such-event');
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('This event is not in the data.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(window.location.search).toBe('');
  });

  it('should render article text as text, never as HTML', () => {
    // The entities decode to a literal tag in the article's cleaned text.
    const dataset = buildDataset([
      {
        source: 'injection.txt',
        text:
          'Summit briefing\n\n' +
          'Leaders will meet on July 10, 2024 to discuss &lt;img src=x onerror=alert(1)&gt; defence of Japan.\n\n' +
          'The talks end on July 11, 2024 in Washington.\n',
      },
    ]);
    const payload = '<img src=x onerror=alert(1)>';
    expect(dataset.articles[0]?.text).toContain(payload);
    const event = dataset.events.find((e) => e.mentions.some((m) => m.sentence.includes(payload)));
    expect(event).toBeDefined();

    renderDashboard(<TimelineWithReader />, `?event=${event!.id}`, dataset);
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('img')).toBeNull();
    expect(document.querySelector('[onerror]')).toBeNull();
    expect(dialog.textContent).toContain(payload);
    const marks = [...dialog.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(event!.mentions.map((m) => m.sentence));
  });
});

describe('evidence text', () => {
  const text = 'Intro line.\n\nLeaders meet next week. Talks follow.\n\nOutro.';
  const texts = (paragraphs: EvidenceParagraph[]) =>
    paragraphs.map((p) =>
      p.runs.map((r) =>
        r.kind === 'text'
          ? r.text
          : `[${r.runs.map((m) => (m.isDate ? `*${m.text}*` : m.text)).join('')}]`,
      ),
    );
  const mention = (sentence: [number, number], date: [number, number]) => ({
    articleId: 'a',
    sentence: text.slice(...sentence),
    dateText: text.slice(...date),
    date: { start: '2024-07-09', end: '2024-07-11' },
    precision: 'week' as const,
    span: date,
    sentenceSpan: sentence,
    inferred: false,
  });
  const sentence: [number, number] = [13, 36];
  const date: [number, number] = [26, 35];

  it('should mark the sentence and emphasise the date inside it', () => {
    const marks = evidenceMarks([mention(sentence, date)], text.length);
    expect(texts(evidenceParagraphs(text, marks))).toEqual([
      ['Intro line.'],
      ['[Leaders meet *next week*.]', ' Talks follow.'],
      ['Outro.'],
    ]);
  });

  it('should share one mark between mentions of the same sentence', () => {
    const marks = evidenceMarks(
      [mention(sentence, [26, 30]), mention(sentence, [31, 35])],
      text.length,
    );
    expect(marks).toHaveLength(1);
    expect(texts(evidenceParagraphs(text, marks))[1]).toEqual([
      '[Leaders meet *next* *week*.]',
      ' Talks follow.',
    ]);
  });

  it('should clip spans that run past the text', () => {
    const marks = evidenceMarks([mention([52, 999], [52, 999])], text.length);
    expect(texts(evidenceParagraphs(text, marks)).at(-1)).toEqual(['[*Outro.*]']);
  });
});
