import { useMemo, type ReactNode } from 'react';
import type { Dataset } from '../data/schema';
import { buildIndex } from '../shared/dataset-index';
import { filterEvents } from '../shared/filter-events';
import { DashboardContext } from './dashboard-context';
import { parseViewState, serializeViewState } from './url-state';
import { useViewState } from './use-view-state';

/** Indexes the dataset once and recomputes the filter result only when the filters change. */
export const DashboardProvider = ({
  dataset,
  children,
}: {
  dataset: Dataset;
  children: ReactNode;
}) => {
  const index = useMemo(() => buildIndex(dataset), [dataset]);
  const [view, setView] = useViewState();
  // Keyed by the filters alone: opening the reader (`?event=`) must not filter every event
  // again, nor hand the timeline, chart and cards a new result to recompute from.
  const filters = serializeViewState({ ...view, event: null });
  const result = useMemo(() => filterEvents(index, parseViewState(filters)), [index, filters]);
  const value = useMemo(() => ({ index, view, setView, result }), [index, view, setView, result]);
  return <DashboardContext.Provider value={value}>{children}</DashboardContext.Provider>;
};
