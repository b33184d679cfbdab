/** Renders dashboard components on the real seed dataset, inside the app's providers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { buildDataset } from '../../src/data/index';
import type { Dataset } from '../../src/data/schema';
import { DashboardProvider } from '../../src/app/dashboard-provider';

let seedDataset: Dataset | null = null;

/** The Dataset of seeds/, built once per test file with the real data module. */
export const seedData = (): Dataset =>
  (seedDataset ??= buildDataset(
    readdirSync('seeds')
      .sort()
      .map((name) => ({ source: name, text: readFileSync(join('seeds', name), 'utf8') })),
  ));

/** Renders `ui` with the dashboard state of `search` (e.g. "?country=NZ") on `dataset`. */
export const renderDashboard = (ui: ReactNode, search = '', dataset: Dataset = seedData()) => {
  window.history.replaceState(null, '', `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DashboardProvider dataset={dataset}>{ui}</DashboardProvider>
    </QueryClientProvider>,
  );
};
