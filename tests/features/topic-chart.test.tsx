// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import TopicChart from '../../src/features/topics/topic-chart';
import { buildIndex } from '../../src/shared/dataset-index';
import { filterEvents, topicFrequencies } from '../../src/shared/filter-events';
import { parseViewState } from '../../src/app/url-state';
import { renderDashboard, seedData } from './render-dashboard';

const frequencies = (search: string) => {
  const index = buildIndex(seedData());
  return topicFrequencies(index, filterEvents(index, parseViewState(search)).events);
};

const table = () =>
  screen.getByRole('table', { name: 'Topic frequency under the current filters' });

/** The table's body rows as [topic, mentions, events]. */
const tableRows = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

const urlTopics = () => new URLSearchParams(window.location.search).get('topic');

describe('TopicChart', () => {
  it('should be a landmark named "Topic frequency" with a data table toggle', () => {
    renderDashboard(<TopicChart width={600} height={400} />);
    expect(screen.getByRole('region', { name: 'Topic frequency' })).toBeTruthy();
    const toggle = screen.getByRole('button', { name: 'Show data table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide data table' })).toBeTruthy();
  });

  it('should list one table row per topic, most mentioned first', () => {
    renderDashboard(<TopicChart width={600} height={400} />);
    const expected = frequencies('');
    expect(expected.length).toBeGreaterThan(1);
    expect(tableRows()).toEqual(
      expected.map((f) => [f.label, String(f.mentions), String(f.events)]),
    );
  });

  it('should toggle a topic filter from its table button', () => {
    renderDashboard(<TopicChart width={600} height={400} />);
    const [first] = frequencies('');
    const button = within(table()).getByRole('button', { name: first!.label });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(urlTopics()).toBe(first!.topic);
    expect(
      within(table()).getByRole('button', { name: first!.label }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('should recompute the counts under a country filter', () => {
    renderDashboard(<TopicChart width={600} height={400} />, '?country=NZ');
    const filtered = frequencies('?country=NZ');
    expect(filtered).not.toEqual(frequencies(''));
    expect(tableRows()).toEqual(
      filtered.map((f) => [f.label, String(f.mentions), String(f.events)]),
    );
  });

  it('should draw every bar at once, toggle a topic filter when its bar is clicked, and mark it', () => {
    // No animation even where motion is allowed: recharts would otherwise grow the bars in over
    // frames after every filter change (and none would be drawn yet here).
    const { container } = renderDashboard(<TopicChart width={600} height={400} />);
    const expected = frequencies('');
    const bars = container.querySelectorAll('.recharts-bar-rectangle');
    expect(bars).toHaveLength(expected.length);
    fireEvent.click(bars[1]!);
    expect(urlTopics()).toBe(expected[1]!.topic);
    expect(container.querySelectorAll('.topic-bar-active')).toHaveLength(1);
    expect(container.querySelectorAll('.topic-bar').length).toBe(
      frequencies(window.location.search).length,
    );
  });
});
