// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/features/timeline/timeline';
import { describeEventDates, formatDayRange, formatDuration } from '../../src/shared/date-words';
import { renderDashboard, seedData } from './render-dashboard';

const readButtons = () => screen.queryAllByRole('button', { name: /^Read the evidence for / });

/** The timeline item of the event whose read button is named after `title`. */
const itemOf = (title: string): HTMLElement => {
  const item = screen.getByRole('button', { name: `Read the evidence for ${title}` }).closest('li');
  if (!item) throw new Error(`no item for ${title}`);
  return item;
};

/** The text of the tooltip that describes a badge. */
const descriptionOf = (badge: HTMLElement): string => {
  const id = badge.getAttribute('aria-describedby');
  return (id && document.getElementById(id)?.textContent) || '';
};

describe('Timeline', () => {
  it('should be a landmark named "Timeline" that the skip link can reach', () => {
    renderDashboard(<Timeline />);
    const region = screen.getByRole('region', { name: 'Timeline' });
    expect(region.id).toBe('timeline');
    expect(within(region).getByRole('heading', { level: 2, name: 'Timeline' })).toBeTruthy();
  });

  it('should count the filtered events and list one item per event', () => {
    renderDashboard(<Timeline />);
    const total = seedData().events.length;
    expect(screen.getByText(`${total} events`)).toBeTruthy();
    expect(readButtons()).toHaveLength(total);
  });

  it('should group events under month headings', () => {
    renderDashboard(<Timeline />);
    const months = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(months).toContain('July 2024');
    expect(new Set(months).size).toBe(months.length);
  });

  it('should draw the summit once, as a 9–11 July 2024 span', () => {
    renderDashboard(<Timeline />);
    expect(
      screen.getAllByRole('button', { name: 'Read the evidence for NATO summit' }),
    ).toHaveLength(1);
    const summit = itemOf('NATO summit');
    expect(within(summit).getByText('9–11 July 2024')).toBeTruthy();
    expect(within(summit).getByText('(3 days)')).toBeTruthy();
    expect(summit.querySelector('.event-bar-span')).not.toBeNull();
    expect(summit.dataset.certainty).toBe('exact');
  });

  it('should show topics, countries with names, sources and mentions', () => {
    renderDashboard(<Timeline />);
    const summit = itemOf('NATO summit');
    const event = seedData().events.find((e) => e.title === 'NATO summit');
    const labels = new Map(seedData().topics.map((t) => [t.id, t.label]));
    const topics = within(summit).getByRole('list', { name: 'Topics' });
    expect(
      within(topics)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(event?.topics.map((t) => labels.get(t)));
    const countries = within(summit).getByRole('list', { name: 'Countries' });
    expect(within(countries).getByText('South Korea', { exact: false })).toBeTruthy();
    const sources = new Set(event?.mentions.map((m) => m.articleId)).size;
    expect(sources).toBeGreaterThan(1);
    expect(
      within(summit).getByText(`${sources} sources · ${event?.mentions.length} mentions`),
    ).toBeTruthy();
  });

  it('should show fewer items for ?country=NZ than for everything', () => {
    const everything = renderDashboard(<Timeline />);
    const all = readButtons().length;
    everything.unmount();
    renderDashboard(<Timeline />, '?country=NZ');
    const nz = readButtons().length;
    expect(nz).toBeGreaterThan(0);
    expect(nz).toBeLessThan(all);
    expect(screen.getByText(`${nz} event${nz === 1 ? '' : 's'}`)).toBeTruthy();
    const shown = readButtons().map((b) => b.textContent?.replace('Read the evidence for ', ''));
    const naming = seedData().events.filter((e) => e.countries.includes('NZ'));
    expect(shown).toEqual(naming.map((e) => e.title));
  });

  it('should mark an approximate date with its vague expression as the reason', () => {
    renderDashboard(<Timeline />);
    const event = seedData().events.find((e) => e.precision === 'approximate');
    expect(event).toBeDefined();
    const item = itemOf(event!.title);
    const badge = within(item).getByRole('button', { name: 'approx.' });
    expect(descriptionOf(badge)).toBe("Vague expression: 'in the coming days' (10–12 July 2024)");
  });

  it('should mark an inferred date with the article’s reference reason', () => {
    renderDashboard(<Timeline />);
    const data = seedData();
    const event = data.events.find((e) => e.inferred && e.precision === 'day');
    const article = data.articles.find((a) => a.id === event?.mentions[0]?.articleId);
    expect(article?.referenceInferred).toBe(true);
    const item = itemOf(event!.title);
    expect(item.dataset.certainty).toBe('inferred');
    const badge = within(item).getByRole('button', { name: 'inferred' });
    expect(descriptionOf(badge)).toContain(article!.referenceReason);
    expect(within(item).queryByRole('button', { name: 'approx.' })).toBeNull();
  });

  it('should give exact dates no badge', () => {
    renderDashboard(<Timeline />);
    const summit = itemOf('NATO summit');
    expect(within(summit).queryByRole('button', { name: /approx|inferred/ })).toBeNull();
  });

  it('should open the reader through the URL', () => {
    renderDashboard(<Timeline />, '?country=NZ');
    fireEvent.click(
      screen.getByRole('button', { name: 'Read the evidence for NATO Defense Industry Forum' }),
    );
    const params = new URLSearchParams(window.location.search);
    expect(params.get('event')).toBe('2024-07-09-nato-defense-industry-forum');
    expect(params.get('country')).toBe('NZ');
  });

  it('should say when the filters exclude everything, and clear them', () => {
    renderDashboard(<Timeline />, '?country=NZ&q=nothing-matches-this');
    expect(screen.getByText('0 events')).toBeTruthy();
    expect(screen.getByText('No events match the current filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(window.location.search).toBe('');
    expect(readButtons()).toHaveLength(seedData().events.length);
  });
});

describe('date words', () => {
  it('should share what the two ends of a span share', () => {
    expect(formatDayRange('2024-07-09', '2024-07-09')).toBe('9 July 2024');
    expect(formatDayRange('2024-07-09', '2024-07-11')).toBe('9–11 July 2024');
    expect(formatDayRange('2024-06-30', '2024-07-02')).toBe('30 June – 2 July 2024');
    expect(formatDayRange('2021-07-06', '2024-07-06')).toBe('6 July 2021 – 6 July 2024');
  });

  it('should write dates at their precision', () => {
    expect(describeEventDates({ start: '2024-07-01', end: '2024-07-31', precision: 'month' })).toBe(
      'July 2024',
    );
    expect(describeEventDates({ start: '2024-01-01', end: '2024-12-31', precision: 'year' })).toBe(
      '2024',
    );
    expect(
      describeEventDates({ start: '2024-07-10', end: '2024-07-12', precision: 'approximate' }),
    ).toBe('around 10–12 July 2024');
  });

  it('should write durations for people', () => {
    expect(formatDuration(1)).toBeNull();
    expect(formatDuration(3)).toBe('3 days');
    expect(formatDuration(1097)).toBe('about 3 years');
  });
});
