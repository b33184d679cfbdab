// @vitest-environment jsdom
/**
 * The timeline with thousands of events in jsdom: only a window of rows is rendered, scrolling
 * moves the window, Tab reaches events beyond it, and printing renders every row. jsdom does no
 * layout, so rows are given a height and the window's scrolling is simulated.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Timeline, WINDOWED_FROM } from '../../src/features/timeline/timeline';
import { syntheticDataset } from '../../src/cli/bench/synthetic-dataset';
import { renderDashboard } from './render-dashboard';

/** Every row is this tall, as measured by the virtualizer (offsetHeight). */
const ROW_HEIGHT = 100;
const large = syntheticDataset(10_000);

const rowElements = () => document.querySelectorAll<HTMLElement>('#timeline li[data-index]');
const rowIndexes = () => [...rowElements()].map((row) => Number(row.dataset.index));

/** Scrolls the (simulated) page to `top`, as the browser would, with a scroll event. */
const scrollWindowTo = (top: number) => {
  Object.defineProperty(window, 'scrollY', { configurable: true, value: top });
  window.dispatchEvent(new Event('scroll'));
};

const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');
const scrollTo = window.scrollTo;

beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.tagName === 'LI' ? ROW_HEIGHT : 0;
    },
  });
  window.scrollTo = ((options: ScrollToOptions) =>
    scrollWindowTo(options.top ?? 0)) as typeof scrollTo;
  // The virtualizer never scrolls past the document's height, which jsdom leaves at 0.
  Object.defineProperty(document.documentElement, 'scrollHeight', {
    configurable: true,
    value: 10_000 * ROW_HEIGHT * 2,
  });
  scrollWindowTo(0);
});

afterEach(() => {
  if (offsetHeight) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
  window.scrollTo = scrollTo;
  Reflect.deleteProperty(document.documentElement, 'scrollHeight');
  scrollWindowTo(0);
});

/** Renders the timeline on `dataset` and waits for the lazily loaded windowed list. */
const renderLarge = async (dataset = large) => {
  renderDashboard(<Timeline />, '', dataset);
  await waitFor(() => expect(document.querySelector('.timeline-rows-windowed')).not.toBeNull());
};

describe('Timeline with 10,000 events', () => {
  it('should count every event but render only a window of rows', async () => {
    await renderLarge();
    expect(screen.getByText('10000 events')).toBeTruthy();
    const rows = rowElements();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(WINDOWED_FROM);
    expect(rowIndexes()[0]).toBe(0);
    // Screen readers still hear how long the list is.
    expect(Number(rows[0]?.getAttribute('aria-setsize'))).toBeGreaterThan(10_000);
    expect(screen.getByRole('heading', { level: 3, name: 'January 2020' })).toBeTruthy();
  });

  it('should move the window as the page scrolls', async () => {
    await renderLarge();
    act(() => scrollWindowTo(500 * ROW_HEIGHT));
    // Rows not yet measured count at their estimated height: the exact rows depend on it.
    await waitFor(() => expect(Math.min(...rowIndexes())).toBeGreaterThan(100));
    expect(rowElements().length).toBeLessThan(WINDOWED_FROM);
  });

  it('should Tab from the last rendered event to the next one, scrolling it into the window', async () => {
    await renderLarge();
    const rows = [...rowElements()];
    const lastEvent = rows.filter((row) => row.classList.contains('timeline-event')).at(-1);
    const buttons = lastEvent?.querySelectorAll('button');
    const lastButton = buttons?.[buttons.length - 1];
    if (!lastEvent || !lastButton) throw new Error('no rendered event');
    lastButton.focus();
    const notPrevented = fireEvent.keyDown(lastButton, { key: 'Tab' });
    expect(notPrevented).toBe(false);
    const from = Number(lastEvent.dataset.index);
    await waitFor(() => {
      const focusedRow = document.activeElement?.closest<HTMLElement>('li[data-index]');
      expect(Number(focusedRow?.dataset.index)).toBeGreaterThan(from);
      expect(focusedRow?.classList.contains('timeline-event')).toBe(true);
    });
  });

  it('should keep the focused row rendered when it scrolls out of the window', async () => {
    await renderLarge();
    const button = screen.getAllByRole('button', { name: /^Read the evidence for / })[0];
    act(() => button?.focus());
    act(() => scrollWindowTo(2_000 * ROW_HEIGHT));
    await waitFor(() => expect(rowIndexes().at(-1)).toBeGreaterThan(1_000));
    expect(document.activeElement).toBe(button);
    expect(button?.isConnected).toBe(true);
  });

  it('should render every row while printing, and a window again afterwards', async () => {
    const dataset = syntheticDataset(300);
    await renderLarge(dataset);
    expect(rowElements().length).toBeLessThan(WINDOWED_FROM);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(document.querySelectorAll('#timeline li.timeline-event')).toHaveLength(300);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    await waitFor(() => expect(rowElements().length).toBeLessThan(WINDOWED_FROM));
  });
});
