// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDashboard, type Dashboard } from '../../src/app/dashboard-context';
import { navigateToQuery } from '../../src/app/use-view-state';
import { renderDashboard } from './render-dashboard';

/** Records every dashboard value its provider hands out. */
const Probe = ({ seen }: { seen: Dashboard[] }) => {
  seen.push(useDashboard());
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
});
