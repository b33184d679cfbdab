// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  useDashboard,
  useDeferredDashboard,
  type Dashboard,
} from '../../src/app/dashboard-context';
import { navigateToQuery, updateView } from '../../src/app/use-view-state';
import { renderDashboard } from './render-dashboard';

/** Records every dashboard value its provider hands out. */
const Probe = ({ seen }: { seen: Dashboard[] }) => {
  seen.push(useDashboard());
  return null;
};

/** Records, render by render, the current and the deferred filter result. */
const DeferredProbe = ({ seen }: { seen: Array<[Dashboard, Dashboard]> }) => {
  seen.push([useDashboard(), useDeferredDashboard()]);
  return null;
};

describe('DashboardProvider', () => {
  it('should keep the filter result when only the open event changes', () => {
    const seen: Dashboard[] = [];
    renderDashboard(<Probe seen={seen} />, '?country=NZ');
    const before = seen.at(-1);
    act(() => navigateToQuery('?country=NZ&event=some-event'));
    const after = seen.at(-1);
    expect(after?.view.event).toBe('some-event');
    expect(after?.result).toBe(before?.result);
  });

  it('should filter again when a filter changes', () => {
    const seen: Dashboard[] = [];
    renderDashboard(<Probe seen={seen} />, '?country=NZ');
    const before = seen.at(-1);
    act(() => navigateToQuery('?country=JP'));
    expect(seen.at(-1)?.result).not.toBe(before?.result);
    expect(seen.at(-1)?.result.activeCountries).toEqual(['JP']);
  });

  it('should hand the deferred state the new result after a render with the old one', () => {
    const seen: Array<[Dashboard, Dashboard]> = [];
    renderDashboard(<DeferredProbe seen={seen} />, '?country=NZ');
    const before = seen.length;
    act(() => navigateToQuery('?country=JP'));
    const renders = seen.slice(before);
    // First the urgent render: the filters and the timeline's result, the panels' old one.
    expect(renders[0]?.[0].result.activeCountries).toEqual(['JP']);
    expect(renders[0]?.[1].result.activeCountries).toEqual(['NZ']);
    // Then the panels catch up.
    expect(renders.at(-1)?.[1]).toBe(renders.at(-1)?.[0]);
  });

  it('should update the view in the URL, keeping what the change leaves alone', () => {
    const seen: Dashboard[] = [];
    renderDashboard(<Probe seen={seen} />, '?country=NZ&theme=dark');
    act(() => updateView((view) => ({ ...view, topics: [...view.topics, 'space'] })));
    expect(window.location.search).toBe('?country=NZ&theme=dark&topic=space');
    expect(seen.at(-1)?.view.countries).toEqual(['NZ']);
    expect(seen.at(-1)?.view.topics).toEqual(['space']);
  });
});
