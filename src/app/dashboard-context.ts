/**
 * What every dashboard view reads: the indexed dataset, the URL view state with its setter, and
 * the filter result computed once per view change and shared by timeline, cards and chart.
 */
import { createContext, useContext } from 'react';
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
