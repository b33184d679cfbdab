// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDashboard } from '../../src/app/dashboard-context';
import { parseDisplayState } from '../../src/app/url-state';
import type { DatasetArticle } from '../../src/data/schema';
import {
  describeEmbedFilters,
  formatShortDay,
  latestDataDay,
  sourceArticles,
} from '../../src/features/embed/attribution-data';
import { EmbedLayout } from '../../src/features/embed/embed-layout';
import { RESIZE_MESSAGE, usePostHeight } from '../../src/features/embed/use-post-height';
import { PartnerCards } from '../../src/features/partners/partner-cards';
import { SourceReader } from '../../src/features/reader/source-reader';
import { Timeline } from '../../src/features/timeline/timeline';
import TopicChart from '../../src/features/topics/topic-chart';
import { buildIndex } from '../../src/shared/dataset-index';
import { filterEvents } from '../../src/shared/filter-events';
import { parseViewState } from '../../src/app/url-state';
import { renderDashboard, seedData } from './render-dashboard';

/** The app's embed branch: the layout given the dashboard's panels (jsdom: a fixed-size chart). */
const EmbedPage = () => {
  const { view } = useDashboard();
  return (
    <EmbedLayout
      view={parseDisplayState(window.location.search).view}
      panels={{
        timeline: <Timeline />,
        topics: <TopicChart width={600} height={400} />,
        partners: <PartnerCards />,
      }}
      reader={view.event && <SourceReader eventId={view.event} />}
    />
  );
};

const region = (name: RegExp) => screen.queryByRole('region', { name });

/** The page's banners: <header>s outside the main landmark (testing-library counts them all). */
const pageBanners = () => screen.queryAllByRole('banner').filter((el) => !el.closest('main'));

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('attribution data', () => {
  const index = buildIndex(seedData());

  it('should date the data by its latest publication or reference date', () => {
    const article = seedData().articles[0]!;
    const articles: DatasetArticle[] = [
      { ...article, published: '2024-07-06', referenceDate: '2024-07-06' },
      { ...article, published: null, referenceDate: '2024-07-09' },
      { ...article, published: '2024-07-08', referenceDate: '2024-07-01' },
    ];
    expect(latestDataDay(articles)).toBe('2024-07-09');
    expect(latestDataDay([])).toBeNull();
  });

  it('should write short days like "6 Jul 2024"', () => {
    expect(formatShortDay('2024-07-06')).toBe('6 Jul 2024');
    expect(formatShortDay('2023-12-31')).toBe('31 Dec 2023');
  });

  it('should credit the articles the shown events cite, oldest first, or all when none is shown', () => {
    const all = [...index.articles.values()];
    const nz = filterEvents(index, parseViewState('?country=NZ')).events;
    const cited = new Set(nz.flatMap((e) => e.mentions.map((m) => m.articleId)));
    expect(sourceArticles(index, nz).map((a) => a.id)).toEqual(
      all.filter((a) => cited.has(a.id)).map((a) => a.id),
    );
    expect(sourceArticles(index, []).map((a) => a.id)).toHaveLength(all.length);
  });

  it('should describe the filters with the names the data gives them', () => {
    expect(describeEmbedFilters(parseViewState('?country=NZ&q=forum'), index)).toBe(
      'country: New Zealand; search: “forum”',
    );
    expect(describeEmbedFilters(parseViewState(''), index)).toBe('');
  });
});

describe('EmbedLayout', () => {
  it('should show only the topic chart for view=topics, with a main landmark, a heading and a footer', () => {
    renderDashboard(<EmbedPage />, '?embed=1&view=topics');
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1 }).textContent).toBe(
      'Summit Timeline: topic frequency',
    );
    expect(region(/^topic frequency/i)).toBeTruthy();
    expect(region(/^timeline/i)).toBeNull();
    expect(region(/^partners/i)).toBeNull();
    expect(pageBanners()).toEqual([]);
    expect(screen.queryByRole('search')).toBeNull();

    const footer = screen.getByRole('contentinfo');
    const titles = seedData().articles.map((a) => a.title);
    expect(footer.textContent).toContain(`Sources: ${titles[0]} (6 Jul 2024); ${titles[1]}`);
    expect(footer.textContent).toContain('as of 9 July 2024');
    const link = within(footer).getByRole('link', { name: /summit timeline/i });
    expect(link.getAttribute('href')).toBe('/');
  });

  it('should show timeline, chart and partners for view=dashboard', () => {
    renderDashboard(<EmbedPage />, '?embed=1');
    expect(region(/^timeline/i)).toBeTruthy();
    expect(region(/^topic frequency/i)).toBeTruthy();
    expect(region(/^partners/i)).toBeTruthy();
    expect(pageBanners()).toEqual([]);
  });

  it('should apply the URL filters and say so in the heading and footer', () => {
    renderDashboard(<EmbedPage />, '?embed=1&view=timeline&country=NZ');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Summit Timeline: timeline (country: New Zealand)');
    const footer = screen.getByRole('contentinfo');
    expect(footer.textContent).toContain('Filtered by country: New Zealand.');
    // The footer's link leads to the same filters in the full dashboard.
    expect(within(footer).getByRole('link').getAttribute('href')).toBe('/?country=NZ');
    const index = buildIndex(seedData());
    const expected = filterEvents(index, parseViewState('?country=NZ')).events.length;
    expect(expected).toBeLessThan(index.events.length);
    expect(within(region(/^timeline/i)!).getByText(`${expected} events`)).toBeTruthy();
  });

  it('should open the source reader inside the frame from the timeline', () => {
    renderDashboard(<EmbedPage />, '?embed=1&view=timeline');
    const [first] = within(region(/^timeline/i)!).getAllByRole('button', { name: /evidence/i });
    fireEvent.click(first!);
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('embed')).toBe('1');
    expect(new URLSearchParams(window.location.search).get('event')).toBeTruthy();
  });

  it('should filter by a topic from the chart, in its own URL', () => {
    renderDashboard(<EmbedPage />, '?embed=1&view=topics');
    const table = screen.getByRole('table', { name: /topic frequency/i });
    const [button] = within(table).getAllByRole('button');
    fireEvent.click(button!);
    const params = new URLSearchParams(window.location.search);
    expect(params.get('topic')).toBeTruthy();
    expect(params.get('view')).toBe('topics');
  });
});

describe('usePostHeight', () => {
  /** A ResizeObserver whose callbacks the test fires. */
  const observeResizes = () => {
    const callbacks: Array<() => void> = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          callbacks.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    return () => callbacks.forEach((callback) => callback());
  };

  let height = 0;
  const Probe = () => {
    const ref = useRef<HTMLDivElement>(null);
    usePostHeight(ref);
    return <div ref={ref} data-testid="probe" />;
  };

  const setUp = (framed: boolean) => {
    const postMessage = vi.fn();
    if (framed) vi.spyOn(window, 'parent', 'get').mockReturnValue({ postMessage } as never);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
      () => ({ height }) as DOMRect,
    );
    const resize = observeResizes();
    return { postMessage, resize };
  };

  it('should post the height on load and on every change, only when it changes', () => {
    height = 420.3;
    const { postMessage, resize } = setUp(true);
    render(<Probe />);
    expect(postMessage).toHaveBeenCalledTimes(1);
    expect(postMessage).toHaveBeenLastCalledWith({ type: RESIZE_MESSAGE, height: 421 }, '*');

    act(resize);
    expect(postMessage).toHaveBeenCalledTimes(1);

    height = 800;
    act(resize);
    expect(postMessage).toHaveBeenCalledTimes(2);
    expect(postMessage).toHaveBeenLastCalledWith({ type: RESIZE_MESSAGE, height: 800 }, '*');
  });

  it('should post nothing when the page is not in a frame', () => {
    height = 500;
    const { postMessage, resize } = setUp(false);
    const post = vi.spyOn(window, 'postMessage');
    render(<Probe />);
    act(resize);
    expect(postMessage).not.toHaveBeenCalled();
    expect(post).not.toHaveBeenCalled();
  });
});
