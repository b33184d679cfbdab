import { lazy, Suspense } from 'react';
import { ActiveFilters } from '../features/filters/active-filters';
import { FilterBar } from '../features/filters/filter-bar';
import { PartnerCards } from '../features/partners/partner-cards';
import { SourceReader } from '../features/reader/source-reader';
import { Timeline } from '../features/timeline/timeline';
import { EmbedLayout } from '../features/embed/embed-layout';
import { ShareButton } from '../features/share/share-button';
import { ExportButton } from '../features/export/export-button';
import { PresentButton } from '../features/present/present-button';
import { AddArticlesButton } from '../features/library/add-articles-button';
import { ThemePicker } from '../features/theme/theme-picker';
import { useDashboard } from './dashboard-context';
import { useDisplayState } from './use-view-state';

// recharts is most of the bundle: the chart loads after the first paint of the timeline.
const TopicChart = lazy(() => import('../features/topics/topic-chart'));
const PresentationMode = lazy(() => import('../features/present/presentation-mode'));

/** Placeholder while the lazy chart loads, with the same landmark name. */
export const ChartFallback = () => (
  <section aria-label="Topic frequency" className="panel">
    <p role="status">Loading the topic chart…</p>
  </section>
);

/** The topic chart, lazy-loaded. */
export const LazyTopicChart = () => (
  <Suspense fallback={<ChartFallback />}>
    <TopicChart />
  </Suspense>
);

/**
 * The page: presentation mode, an embedded single view, or the full dashboard — header with
 * filters and briefing tools, then timeline, topic chart and partner cards.
 */
export const Dashboard = () => {
  const { view } = useDashboard();
  const [display] = useDisplayState();
  if (display.present) {
    return (
      <Suspense fallback={<p role="status">Starting the presentation…</p>}>
        <PresentationMode />
      </Suspense>
    );
  }
  if (display.embed) {
    // Composed here because features do not import each other: the layout picks what it shows.
    return (
      <EmbedLayout
        view={display.view}
        panels={{ timeline: <Timeline />, topics: <LazyTopicChart />, partners: <PartnerCards /> }}
        reader={view.event && <SourceReader eventId={view.event} />}
      />
    );
  }
  return (
    <>
      <a className="skip-link" href="#timeline">
        Skip to the timeline
      </a>
      <header className="app-header">
        <div className="app-title-row">
          <h1>Summit Timeline</h1>
          <div className="toolbar" role="toolbar" aria-label="Briefing tools">
            {/* The offline single file is a fixed corpus; a build-time constant drops the button. */}
            {import.meta.env.MODE !== 'offline' && <AddArticlesButton />}
            <ShareButton />
            <ExportButton />
            <PresentButton />
            <ThemePicker />
          </div>
        </div>
        <FilterBar />
        <ActiveFilters />
      </header>
      <main className="dashboard">
        <Timeline />
        <div className="side">
          <LazyTopicChart />
          <PartnerCards />
        </div>
      </main>
      {view.event && <SourceReader eventId={view.event} />}
    </>
  );
};
