import { lazy, Suspense, useMemo, useRef } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import { clearFilters, hasFilters } from '../../app/url-state';
import { StaticRows } from './static-rows';
import { timelineRows } from './timeline-rows';
import { useOpenReader } from './use-open-reader';
import { usePrinting } from './use-printing';
import './timeline.css';

// The virtualizer is only worth its download for long lists: short corpora never load it.
const VirtualRows = lazy(() => import('./virtual-rows'));

const HEADING_ID = 'timeline-heading';

/** Up to this many rows (headings and events) are all drawn; longer lists are windowed. */
export const WINDOWED_FROM = 60;

/**
 * Rows drawn while the windowed list's code loads: enough for a tall screen, and no more, since
 * they are the page's first paint and are replaced as soon as the window is ready.
 */
const ROWS_WHILE_LOADING = 20;

/**
 * The filtered events in date order, under month and day headings, as one flat list of rows.
 * Long lists draw only the rows on screen; printing draws every row.
 */
export const Timeline = () => {
  const { index, view, setView, result } = useDashboard();
  const onRead = useOpenReader();
  const printing = usePrinting();
  const rows = useMemo(() => timelineRows(result.events), [result.events]);
  // The event of the URL the page opened on (a shared `?event=` link), for the list to show.
  const linkedEventRef = useRef(view.event);
  const count = result.events.length;
  const props = { rows, index, onRead, linkedEventRef };
  return (
    // tabIndex -1: the skip link moves focus here, not just the scroll position.
    <section id="timeline" className="panel timeline" aria-labelledby={HEADING_ID} tabIndex={-1}>
      <div className="timeline-header">
        <h2 id={HEADING_ID}>Timeline</h2>
        <p className="timeline-count" aria-live="polite">
          {count} event{count === 1 ? '' : 's'}
        </p>
      </div>
      {count === 0 ? (
        <div className="timeline-empty">
          <p>No events match the current filters.</p>
          {hasFilters(view) && (
            <button type="button" className="button" onClick={() => setView(clearFilters(view))}>
              Clear filters
            </button>
          )}
        </div>
      ) : printing || rows.length <= WINDOWED_FROM ? (
        <StaticRows {...props} />
      ) : (
        // While the windowed list loads, the first rows show as they are.
        <Suspense
          fallback={
            <StaticRows
              {...props}
              rows={rows.slice(0, ROWS_WHILE_LOADING)}
              linkedEventRef={undefined}
            />
          }
        >
          <VirtualRows {...props} />
        </Suspense>
      )}
    </section>
  );
};
