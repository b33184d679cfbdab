import { useDataset } from './dataset-query';
import { useApplyTheme } from '../features/theme/use-apply-theme';
import { DashboardProvider } from './dashboard-provider';
import { Dashboard } from './dashboard';

/** Loads the dataset and shows loading, error (with retry) and empty states around the dashboard. */
export const App = () => {
  useApplyTheme();
  const { data, error, isPending, refetch, isFetching } = useDataset();
  if (isPending) {
    return (
      <main className="status" aria-busy="true">
        <p role="status">Loading the timeline…</p>
      </main>
    );
  }
  if (error) {
    return (
      <main className="status">
        <div role="alert">
          <h1>The timeline could not be loaded</h1>
          <p>{error.message}</p>
          <button type="button" onClick={() => void refetch()} disabled={isFetching}>
            {isFetching ? 'Retrying…' : 'Retry'}
          </button>
        </div>
      </main>
    );
  }
  if (data.events.length === 0) {
    return (
      <main className="status">
        <h1>No dated events yet</h1>
        <p>
          The corpus holds {data.articles.length} article{data.articles.length === 1 ? '' : 's'} but
          none of them mentions a date that could be resolved.
        </p>
      </main>
    );
  }
  return (
    <DashboardProvider dataset={data}>
      <Dashboard />
    </DashboardProvider>
  );
};
