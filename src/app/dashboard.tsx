import { lazy, Suspense } from 'react';
import { FilterBar } from '../features/filters/filter-bar';
import { ActiveFilters } from '../features/filters/active-filters';
import { Timeline } from '../features/timeline/timeline';
import { PartnerCards } from '../features/partners/partner-cards';
import { SourceReader } from '../features/reader/source-reader';
import { useDashboard } from './dashboard-context';

// recharts is most of the bundle: the chart loads after the first paint of the timeline.
const TopicChart = lazy(() => import('../features/topics/topic-chart'));

/** The dashboard layout: header with filters, then timeline, partner cards and topic chart. */
export const Dashboard = () => {
  const { view } = useDashboard();
  return (
    <>
      <a className="skip-link" href="#timeline">
        Skip to the timeline
      </a>
      <header className="app-header">
        <h1>Summit Timeline</h1>
        <FilterBar />
        <ActiveFilters />
      </header>
      <main className="dashboard">
        <Timeline />
        <div className="side">
          <Suspense
            fallback={
              <section aria-label="Topic frequency" className="panel">
                <p role="status">Loading the topic chart…</p>
              </section>
            }
          >
            <TopicChart />
          </Suspense>
          <PartnerCards />
        </div>
      </main>
      {view.event && <SourceReader eventId={view.event} />}
    </>
  );
};
