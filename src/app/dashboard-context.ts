/**
 * What every dashboard view reads: the indexed dataset, the URL view state with its setter, and
 * the filter result computed once per view change and shared by timeline, cards and chart.
 */
import { createContext, useContext, useDeferredValue } from 'react';
import type { DatasetIndex } from '../shared/dataset-index';
import type { FilterResult } from '../shared/filter-events';
import type { ViewState } from './url-state';

export interface Dashboard {
  index: DatasetIndex;
  view: ViewState;
  setView: (next: ViewState) => void;
  result: FilterResult;
}

export const DashboardContext = createContext<Dashboard | null>(null);

/** The dashboard's shared state; only valid inside <DashboardProvider>. */
export const useDashboard = (): Dashboard => {
  const dashboard = useContext(DashboardContext);
  if (!dashboard) throw new Error('useDashboard must be used inside a DashboardContext provider');
  return dashboard;
};

/**
 * The dashboard's state for the secondary panels (topic chart, partner cards): after a filter
 * change it still returns the previous state while the filter controls and the timeline render,
 * then catches up in a background render. The click paints the timeline at once and the panels a
 * few frames later, rather than everything together once every panel has been recomputed.
 * Controls drawn from it should act through `updateView`, which reads the URL, never a stale view.
 */
export const useDeferredDashboard = (): Dashboard => useDeferredValue(useDashboard());
