import { useMemo, type ReactNode } from 'react';
import type { Dataset } from '../data/schema';
import { buildIndex } from '../shared/dataset-index';
import { filterEvents } from '../shared/filter-events';
import { DashboardContext } from './dashboard-context';
import { useViewState } from './use-view-state';

/** Indexes the dataset once and recomputes the filter result only when the view changes. */
export const DashboardProvider = ({
  dataset,
  children,
}: {
  dataset: Dataset;
  children: ReactNode;
}) => {
  const index = useMemo(() => buildIndex(dataset), [dataset]);
  const [view, setView] = useViewState();
  const result = useMemo(() => filterEvents(index, view), [index, view]);
  const value = useMemo(() => ({ index, view, setView, result }), [index, view, setView, result]);
  return <DashboardContext.Provider value={value}>{children}</DashboardContext.Provider>;
};
