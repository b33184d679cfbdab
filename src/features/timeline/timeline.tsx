import { useMemo } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import { clearFilters, hasFilters } from '../../app/url-state';
import { TimelineEvent } from './timeline-event';
import { groupRows, timelineRows } from './timeline-rows';
import { useOpenReader } from './use-open-reader';
import './timeline.css';

const HEADING_ID = 'timeline-heading';

/**
 * The filtered events in date order, grouped by month and by the day they start. The rows are
 * computed as a flat list first so that rendering can later be windowed for large corpora.
 */
export const Timeline = () => {
  const { index, view, setView, result } = useDashboard();
  const onRead = useOpenReader();
  const months = useMemo(() => groupRows(timelineRows(result.events)), [result.events]);
  const count = result.events.length;
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
      ) : (
        months.map((month) => (
          <div key={month.month} className="timeline-month">
            <h3>{month.label}</h3>
            <ol className="timeline-days">
              {month.days.map((day) => (
                <li key={day.day} className="timeline-day">
                  <h4>{day.label}</h4>
                  <ol className="timeline-events">
                    {day.events.map((event) => (
                      <TimelineEvent key={event.id} event={event} index={index} onRead={onRead} />
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  );
};
