// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseViewState } from '../../src/app/url-state';
import type { DatasetEvent } from '../../src/data/schema';
import { ExportButton } from '../../src/features/export/export-button';
import { Slide } from '../../src/features/export/slide';
import { chartFontSize, SlideChart } from '../../src/features/export/slide-chart';
import {
  buildSlideContent,
  fitSources,
  slideSources,
} from '../../src/features/export/slide-content';
import {
  EVENT_LIST_HEIGHT,
  estimateRowHeight,
  fitTags,
  MAX_SLIDE_EVENTS,
  selectSlideEvents,
  type SlideTag,
} from '../../src/features/export/slide-events';
import {
  describeArticleDate,
  describeSlideFilters,
  describeStamp,
  localIsoDay,
} from '../../src/features/export/slide-words';
import { serializeStandaloneSvg } from '../../src/features/export/svg-export';
import { wrapLabel } from '../../src/features/export/wrap-label';
import { buildIndex } from '../../src/shared/dataset-index';
import { filterEvents, topicFrequencies } from '../../src/shared/filter-events';
import { renderDashboard, seedData } from './render-dashboard';

const TODAY = '2026-05-20';

/** The seed dataset's index, view and filter result for a query string. */
const viewOf = (search: string) => {
  const index = buildIndex(seedData());
  const view = parseViewState(search);
  return { index, view, result: filterEvents(index, view) };
};

const contentOf = (search: string) => {
  const { index, view, result } = viewOf(search);
  return buildSlideContent(index, view, result, TODAY);
};

/** A made-up event for the selection rules: `sources` articles, one mention each. */
const fakeEvent = (id: string, start: string, sources: number, title = `Event ${id}`) =>
  ({
    id,
    title,
    start,
    end: start,
    precision: 'day',
    inferred: false,
    topics: [],
    countries: [],
    people: [],
    mentions: Array.from({ length: sources }, (_, i) => ({ articleId: `a${i}` })),
  }) as unknown as DatasetEvent;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('describeSlideFilters', () => {
  const words = (search: string) => {
    const { index, view, result } = viewOf(search);
    return describeSlideFilters(view, result, index);
  };

  it('should say "All events" when nothing is filtered', () => {
    expect(words('')).toBe('All events');
  });

  it('should name each filter kind with its values in words', () => {
    expect(words('?topic=interoperability&country=nz')).toBe(
      'Topic: Interoperability · Country: New Zealand',
    );
    expect(words('?topic=cybersecurity,disinformation&country=JP,KR,AU')).toBe(
      'Topics: Cybersecurity or Disinformation · Countries: Japan, South Korea or Australia',
    );
    expect(words('?q=industry&from=2024-07-01&to=2024-07-31')).toBe(
      'Search: “industry” · Dates: 1–31 July 2024',
    );
    expect(words('?from=2024-07-10')).toBe('From: 10 July 2024');
    expect(words('?to=2024-07-10')).toBe('Until: 10 July 2024');
  });

  it('should leave out ids the data does not know, as the dashboard ignores them', () => {
    expect(words('?topic=nonsense&country=ZZ')).toBe('All events');
  });
});

describe('the footer', () => {
  it('should date each source article, saying when the date was inferred', () => {
    expect(describeArticleDate({ published: '2024-07-06', referenceDate: '2024-07-06' })).toBe(
      'published 6 July 2024',
    );
    expect(describeArticleDate({ published: null, referenceDate: '2024-07-09' })).toBe(
      'undated, inferred 9 July 2024',
    );
  });

  it('should list only the articles behind the filtered events', () => {
    const { index, result } = viewOf('?country=NZ');
    const sources = slideSources(result.events, index);
    expect(sources.map((s) => s.date)).toEqual(['undated, inferred 9 July 2024']);
    expect(sources[0]?.title).toMatch(/^NATO to Collaborate with Indo-Pacific Partners/);
    expect(slideSources(viewOf('').result.events, index).map((s) => s.date)).toEqual([
      'published 6 July 2024',
      'undated, inferred 9 July 2024',
    ]);
  });

  it('should stamp the latest news day and the export day', () => {
    expect(describeStamp(viewOf('').index, TODAY)).toBe('As of 9 July 2024 · exported 20 May 2026');
  });

  it('should keep a line for "and N more" when the sources do not fit', () => {
    const sources = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, title: id, date: 'published' }));
    expect(fitSources(sources.slice(0, 4))).toMatchObject({ moreSources: 0 });
    expect(fitSources(sources.slice(0, 4)).sources).toHaveLength(4);
    const fitted = fitSources(sources);
    expect(fitted.sources.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(fitted.moreSources).toBe(2);
  });

  it("should write today as the analyst's local calendar day", () => {
    expect(localIsoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('the slide content of a filtered view', () => {
  it('should show the events naming New Zealand with their dates, tags and evidence', () => {
    const content = contentOf('?country=NZ');
    expect(content.title).toBe('Summit Timeline');
    expect(content.subtitle).toBe('2 of 7 events, 9–11 July 2024');
    expect(content.filters).toBe('Country: New Zealand');
    expect(content.density).toBe('roomy');
    expect(content.moreEvents).toBe(0);
    expect(content.events.map((e) => [e.dates, e.title, e.certainty, e.evidence])).toEqual([
      ['9 July 2024', 'NATO Defense Industry Forum', 'inferred', '1 source · 1 mention'],
      [
        '11 July 2024',
        'Discussions on defense industry cooperation with Indo-Pacific partners',
        'inferred',
        '1 source · 1 mention',
      ],
    ]);
    // The filtered-by country leads the tags, before the event's topics.
    for (const event of content.events) expect(event.tags[0]).toMatchObject({ id: 'NZ' });
  });

  it('should show every event of the unfiltered seed corpus', () => {
    const content = contentOf('');
    expect(content.subtitle).toBe('All 7 events, 1 January 2014 – 12 July 2024');
    expect(content.filters).toBe('All events');
    expect(content.events).toHaveLength(7);
    expect(content.density).toBe('compact');
    expect(content.stamp).toBe('As of 9 July 2024 · exported 20 May 2026');
  });
});

describe('selectSlideEvents', () => {
  const days = (n: number) =>
    Array.from({ length: n }, (_, i) => `2024-07-${String(i + 1).padStart(2, '0')}`);

  it('should keep every event when they fit', () => {
    const events = days(3).map((day, i) => fakeEvent(String(i), day, 1));
    expect(selectSlideEvents(events)).toMatchObject({ more: 0, density: 'roomy' });
  });

  it('should keep the best evidenced events, in date order, and count the rest', () => {
    const events = days(12).map((day, i) => fakeEvent(String(i), day, i % 3 === 0 ? 3 : 1));
    const { shown, more } = selectSlideEvents(events);
    expect(shown).toHaveLength(MAX_SLIDE_EVENTS);
    expect(more).toBe(12 - MAX_SLIDE_EVENTS);
    // The four three-source events, then the latest of the rest.
    expect(shown.map((e) => e.id)).toEqual(['0', '3', '6', '7', '8', '9', '10', '11']);
  });

  it('should list fewer events when long titles need two lines', () => {
    const long = 'A title long enough to need a second line on the slide, twice over at least';
    const events = days(10).map((day, i) => fakeEvent(String(i), day, 1, long));
    const { shown, more } = selectSlideEvents(events);
    expect(shown.length).toBeLessThan(MAX_SLIDE_EVENTS);
    expect(shown.length + more).toBe(10);
    const height = shown.reduce((sum, e) => sum + estimateRowHeight(e.title, 'compact'), 0);
    expect(height).toBeLessThanOrEqual(EVENT_LIST_HEIGHT);
  });
});

describe('fitTags', () => {
  const topic = (label: string): SlideTag => ({ kind: 'topic', id: label, label });

  it('should keep the tags that fit one line and count the others', () => {
    const tags = ['Support for Ukraine', 'Cybersecurity', 'Disinformation', 'Resilience'].map(
      topic,
    );
    expect(fitTags(tags, 200)).toEqual({ tags, moreTags: 0 });
    const fitted = fitTags(tags, 60);
    expect(fitted.tags.map((t) => t.label)).toEqual(['Support for Ukraine', 'Cybersecurity']);
    expect(fitted.moreTags).toBe(2);
  });
});

describe('the topic chart for export', () => {
  it('should wrap long names onto two lines, at spaces', () => {
    expect(wrapLabel('AI and emerging technologies', 20)).toEqual([
      'AI and emerging',
      'technologies',
    ]);
    expect(wrapLabel('Resilience', 20)).toEqual(['Resilience']);
    expect(wrapLabel('one two three four five six', 8)).toEqual(['one two', 'three…']);
  });

  it('should use the largest type that fits the rows and the names', () => {
    expect(chartFontSize(['Resilience'], 240, 56)).toBe(18);
    expect(chartFontSize(['AI and emerging technologies'], 268, 33)).toBe(15);
    // Too long for one line at a legible size: two lines, as large as the row allows.
    expect(chartFontSize(['AI and emerging technologies'], 150, 56)).toBe(18);
    expect(chartFontSize(['AI and emerging technologies'], 150, 30)).toBe(11);
  });

  it('should serialise a rendered chart as a standalone SVG with its bars as rects', () => {
    const { index, result } = viewOf('?topic=interoperability');
    const rows = topicFrequencies(index, result.events);
    const { container } = render(
      <SlideChart rows={rows} activeTopics={result.activeTopics} width={960} height={160} />,
    );
    const svg = container.querySelector('svg');
    if (!svg) throw new Error('the chart drew no <svg>');
    const markup = serializeStandaloneSvg(svg, { title: 'Topic frequency — Interoperability' });
    expect(markup).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    expect(markup.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1);
    expect(markup).toContain('viewBox="0 0 960 160"');
    expect(markup).toContain('<title>Topic frequency — Interoperability</title>');
    // The background, then one bar per topic.
    expect(markup.match(/<rect /g)?.length ?? 0).toBeGreaterThanOrEqual(1 + rows.length);
    expect(markup).toContain('✓ Interoperability');
    expect(markup).toContain('fill="#1f4e8c"');
    expect(markup).not.toMatch(/\sstyle="/);
  });
});

describe('Slide', () => {
  it('should lay out the title, filters, events, chart and footer of the view', () => {
    const { index, result } = viewOf('?country=NZ');
    const content = contentOf('?country=NZ');
    render(
      <Slide
        content={content}
        topics={topicFrequencies(index, result.events)}
        activeTopics={result.activeTopics}
      />,
    );
    const slide = document.querySelector<HTMLElement>('.slide');
    expect(slide?.style.width).toBe('1920px');
    expect(slide?.style.height).toBe('1080px');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Summit Timeline');
    const text = slide?.textContent ?? '';
    expect(text).toContain('Country: New Zealand');
    expect(text).toContain('NATO Defense Industry Forum');
    expect(text).toContain('undated, inferred 9 July 2024');
    expect(text).toContain('As of 9 July 2024 · exported 20 May 2026');
    expect(slide?.querySelector('svg.recharts-surface')).not.toBeNull();
  });
});

describe('ExportButton', () => {
  const openMenu = () => {
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    return screen.getByRole('menu', { name: 'Export' });
  };

  it('should open a menu of the three exports, move with arrows and close on Escape', async () => {
    renderDashboard(<ExportButton />);
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const menu = openMenu();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Slide PNG (1920×1080)',
      'Slide PNG at 2× (3840×2160)',
      'Chart as SVG',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(items[0]));
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('should download the chart as SVG and say so in its status', async () => {
    const saved: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: vi.fn(), revokeObjectURL: vi.fn() }),
    );
    vi.mocked(URL.createObjectURL).mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:chart';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderDashboard(<ExportButton />, '?country=NZ');
    openMenu();
    await act(async () => fireEvent.click(screen.getByRole('menuitem', { name: 'Chart as SVG' })));
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Downloaded summit-timeline-topics.svg'), {
      timeout: 5_000,
    });
    expect(click).toHaveBeenCalledOnce();
    const svg = await saved[0]!.text();
    expect(svg).toContain('<svg');
    expect(svg).toContain('Country: New Zealand');
    // The off-screen chart is gone.
    expect(document.querySelector('svg.recharts-surface')).toBeNull();
  });
});
