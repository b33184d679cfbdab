// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDisplayState } from '../../src/app/use-view-state';
import { parseDisplayState } from '../../src/app/url-state';
import type { Mention } from '../../src/data/schema';
import { buildIndex } from '../../src/shared/dataset-index';
import { quoteRuns, slideEvidence } from '../../src/features/present/evidence-quotes';
import { PresentButton } from '../../src/features/present/present-button';
import PresentationMode from '../../src/features/present/presentation-mode';
import { clampStep, keyAction } from '../../src/features/present/slide-keys';
import { renderDashboard, seedData } from './render-dashboard';

/** The seed events in the order presentation mode shows them (date order, no filter). */
const titlesInOrder = (): string[] => buildIndex(seedData()).events.map((e) => e.title);

/** The dashboard's switch between the toolbar and presentation mode, without the rest. */
const PresentHarness = () => {
  const [display] = useDisplayState();
  return display.present ? <PresentationMode /> : <PresentButton />;
};

const present = (search: string) =>
  renderDashboard(
    <Suspense>
      <PresentHarness />
    </Suspense>,
    search,
  );

const slideTitle = () => screen.getByRole('heading', { level: 1 }).textContent;
const display = () => parseDisplayState(window.location.search);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('keyAction', () => {
  it('should step with the arrows, Space, PageUp/PageDown and jump with Home/End', () => {
    expect(keyAction({ key: 'ArrowRight' }, 2, 7)).toEqual({ kind: 'go', step: 3 });
    expect(keyAction({ key: ' ' }, 2, 7)).toEqual({ kind: 'go', step: 3 });
    expect(keyAction({ key: ' ', shiftKey: true }, 2, 7)).toEqual({ kind: 'go', step: 1 });
    expect(keyAction({ key: 'PageDown' }, 2, 7)).toEqual({ kind: 'go', step: 3 });
    expect(keyAction({ key: 'ArrowLeft' }, 2, 7)).toEqual({ kind: 'go', step: 1 });
    expect(keyAction({ key: 'PageUp' }, 2, 7)).toEqual({ kind: 'go', step: 1 });
    expect(keyAction({ key: 'Home' }, 5, 7)).toEqual({ kind: 'go', step: 1 });
    expect(keyAction({ key: 'End' }, 2, 7)).toEqual({ kind: 'go', step: 7 });
  });

  it('should stay within the first and last step', () => {
    expect(keyAction({ key: 'ArrowLeft' }, 1, 7)).toEqual({ kind: 'go', step: 1 });
    expect(keyAction({ key: 'ArrowRight' }, 7, 7)).toEqual({ kind: 'go', step: 7 });
  });

  it('should exit on Escape and ignore other keys', () => {
    expect(keyAction({ key: 'Escape' }, 3, 7)).toEqual({ kind: 'exit' });
    expect(keyAction({ key: 'a' }, 3, 7)).toBeNull();
    expect(keyAction({ key: 'Tab' }, 3, 7)).toBeNull();
  });
});

describe('clampStep', () => {
  it('should clamp into 1…total, and to 1 when there is nothing', () => {
    expect(clampStep(9, 7)).toBe(7);
    expect(clampStep(0, 7)).toBe(1);
    expect(clampStep(3, 7)).toBe(3);
    expect(clampStep(4, 0)).toBe(1);
  });
});

describe('slideEvidence', () => {
  const mention = (articleId: string, sentenceStart: number, span: [number, number]): Mention => ({
    articleId,
    sentence: 'Leaders meet on 9 July and again next week.',
    dateText: '',
    date: { start: '2024-07-09', end: '2024-07-09' },
    precision: 'day',
    span: [sentenceStart + span[0], sentenceStart + span[1]],
    sentenceSpan: [sentenceStart, sentenceStart + 43],
    inferred: false,
  });

  it('should mark every date of a sentence quoted by several mentions once', () => {
    const evidence = slideEvidence([mention('a', 100, [16, 22]), mention('a', 100, [33, 42])], 2);
    expect(evidence.quotes).toHaveLength(1);
    expect(evidence.quotes[0]?.runs).toEqual([
      { text: 'Leaders meet on ', isDate: false },
      { text: '9 July', isDate: true },
      { text: ' and again ', isDate: false },
      { text: 'next week', isDate: true },
      { text: '.', isDate: false },
    ]);
  });

  it('should quote different articles before a second sentence of the same one', () => {
    const evidence = slideEvidence(
      [mention('a', 0, [16, 22]), mention('a', 50, [16, 22]), mention('b', 10, [16, 22])],
      2,
    );
    expect(evidence.quotes.map((q) => q.articleId)).toEqual(['a', 'b']);
    expect(evidence).toMatchObject({ sentences: 3, articles: 2 });
  });

  it('should keep overlapping dates in one run', () => {
    expect(
      quoteRuns('On 9 July 2024.', [
        [3, 9],
        [3, 14],
      ]),
    ).toEqual([
      { text: 'On ', isDate: false },
      { text: '9 July 2024', isDate: true },
      { text: '.', isDate: false },
    ]);
  });
});

describe('PresentButton', () => {
  it('should open presentation mode on the first event with a new history entry and ask for full screen', async () => {
    const requestFullscreen = vi.fn(() => Promise.reject(new Error('refused')));
    document.documentElement.requestFullscreen = requestFullscreen;
    present('');
    const before = window.history.length;
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(slideTitle()).toBe(titlesInOrder()[0]);
    expect(display()).toMatchObject({ present: true, step: 1 });
    expect(window.history.length).toBe(before + 1);
    expect(requestFullscreen).toHaveBeenCalledOnce();
    // @ts-expect-error jsdom has no Fullscreen API: remove the stub again.
    delete document.documentElement.requestFullscreen;
  });
});

describe('PresentationMode', () => {
  it('should open on the step in the URL', () => {
    present('?present=1&step=3');
    const titles = titlesInOrder();
    expect(slideTitle()).toBe(titles[2]);
    expect(screen.getByRole('main').contains(screen.getByRole('heading', { level: 1 }))).toBe(true);
    const counter = screen.getByText(`3 / ${titles.length}`, { exact: false });
    expect(counter.getAttribute('aria-live')).toBe('polite');
    const progress = screen.getByRole('progressbar');
    expect(progress.getAttribute('aria-valuenow')).toBe('3');
    expect(progress.getAttribute('aria-valuemax')).toBe(String(titles.length));
  });

  it('should step through the events in date order with the keys, replacing the URL', async () => {
    present('?present=1');
    const titles = titlesInOrder();
    const entries = window.history.length;
    const seen = [slideTitle()];
    for (let i = 1; i < titles.length; i += 1) {
      await userEvent.keyboard(i % 2 ? '{ArrowRight}' : ' ');
      seen.push(slideTitle());
      expect(display().step).toBe(i + 1);
    }
    expect(seen).toEqual(titles);
    await userEvent.keyboard('{ArrowRight}');
    expect(display().step).toBe(titles.length);
    await userEvent.keyboard('{Home}');
    expect(slideTitle()).toBe(titles[0]);
    expect(window.location.search).toBe('?present=1');
    await userEvent.keyboard('{End}');
    expect(slideTitle()).toBe(titles.at(-1));
    await userEvent.keyboard('{ArrowLeft}');
    expect(slideTitle()).toBe(titles.at(-2));
    expect(window.history.length).toBe(entries);
  });

  it('should step with the Previous and Next buttons', async () => {
    present('?present=1&step=2');
    const titles = titlesInOrder();
    await userEvent.click(screen.getByRole('button', { name: /next/i }));
    expect(slideTitle()).toBe(titles[2]);
    await userEvent.click(screen.getByRole('button', { name: /previous/i }));
    await userEvent.click(screen.getByRole('button', { name: /previous/i }));
    expect(slideTitle()).toBe(titles[0]);
    expect(screen.getByRole('button', { name: /previous/i }).getAttribute('aria-disabled')).toBe(
      'true',
    );
  });

  it('should leave on Escape with a history entry, back to the dashboard', async () => {
    present('?present=1&step=2&country=JP');
    const entries = window.history.length;
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('main')).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Present']);
    expect(window.location.search).toBe('?country=JP');
    expect(window.history.length).toBe(entries + 1);
  });

  it('should leave when the browser leaves full screen', () => {
    present('?present=1');
    act(() => {
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    expect(display().present).toBe(false);
  });

  it('should show the last event for a step past the end and correct the URL', () => {
    present('?present=1&step=99');
    const titles = titlesInOrder();
    expect(slideTitle()).toBe(titles.at(-1));
    expect(display().step).toBe(titles.length);
  });

  it('should present only the filtered events', async () => {
    const index = buildIndex(seedData());
    // Overlap, as the filter bar means it: the summit of 9–11 July is in.
    const inJuly = index.events.filter((e) => e.end >= '2024-07-10');
    expect(inJuly.length).toBeGreaterThan(1);
    present('?present=1&from=2024-07-10');
    expect(slideTitle()).toBe(inJuly[0]?.title);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuemax')).toBe(
      String(inJuly.length),
    );
    await userEvent.keyboard('{End}');
    expect(slideTitle()).toBe(inJuly.at(-1)?.title);
  });

  it('should say so, with a way out, when no event matches the filters', async () => {
    present('?present=1&q=nothing-matches-this');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No events to present');
    expect(screen.queryByRole('progressbar')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Back to the dashboard' }));
    expect(display().present).toBe(false);
    expect(window.location.search).toBe('?q=nothing-matches-this');
  });

  it('should quote the evidence with its date expression marked and its source named', () => {
    const events = buildIndex(seedData()).events;
    const summit = events.findIndex((e) => e.title === 'NATO summit');
    present(`?present=1&step=${summit + 1}`);
    const quotes = screen.getAllByRole('figure');
    expect(quotes.length).toBeGreaterThan(0);
    const first = quotes[0] as HTMLElement;
    const mark = within(first).getByRole('blockquote').querySelector('mark');
    const dateTexts = events[summit]?.mentions.map((m) => m.dateText);
    expect(dateTexts).toContain(mark?.textContent);
    const article = seedData().articles[0];
    expect(first.querySelector('cite')?.textContent).toBe(article?.title);
    expect(first.textContent).toContain('published 6 July 2024');
  });

  it('should not step twice when Space presses a focused button', () => {
    present('?present=1&step=2');
    const next = screen.getByRole('button', { name: /next/i });
    next.focus();
    fireEvent.keyDown(next, { key: ' ' });
    expect(display().step).toBe(2);
  });
});
