import { useId, useMemo, useState } from 'react';
import { useDashboard, useDeferredDashboard } from '../../app/dashboard-context';
import { toggle } from '../../app/url-state';
import { updateView } from '../../app/use-view-state';
import { topicFrequencies } from '../../shared/filter-events';
import { TopicBars } from './topic-bars';
import { TopicTable } from './topic-table';
import './topics.css';

// One identity across renders, so that the memoised bars skip renders that change nothing.
const onToggle = (topic: string) =>
  updateView((view) => ({ ...view, topics: toggle(view.topics, topic) }));

/**
 * How often each topic comes up in the events under the current filters; a bar (or its row in
 * the data table) toggles that topic's filter. Default export: the dashboard lazy-loads it.
 */
const TopicChart = ({ width, height }: { width?: number; height?: number }) => {
  // The table's toggle buttons show their new state at once; the figures and the bars follow
  // the filters in a background render, after the timeline has painted (useDeferredDashboard).
  const { result: current } = useDashboard();
  const { index, result } = useDeferredDashboard();
  const [tableShown, setTableShown] = useState(false);
  const tableId = useId();
  const rows = useMemo(() => topicFrequencies(index, result.events), [index, result.events]);
  return (
    <section className="panel topic-chart" aria-labelledby="topic-chart-title">
      <div className="topic-chart-header">
        <h2 id="topic-chart-title">Topic frequency</h2>
        <button
          type="button"
          className="button"
          aria-expanded={tableShown}
          aria-controls={tableId}
          onClick={() => setTableShown((shown) => !shown)}
        >
          {tableShown ? 'Hide data table' : 'Show data table'}
        </button>
      </div>
      {rows.length === 0 ? (
        <p>No topics under the current filters.</p>
      ) : (
        <>
          <p className="topic-chart-note">
            Mentions (evidence sentences) per topic. Select a bar to filter by its topic.
          </p>
          {/* Hidden from assistive technology: the table below says the same, and is operable. */}
          <div className="topic-chart-plot" aria-hidden="true">
            <TopicBars
              rows={rows}
              activeTopics={result.activeTopics}
              onToggle={onToggle}
              width={width}
              height={height}
            />
          </div>
          {/* Collapsed, the table stays in the accessibility tree and opens when focus enters. */}
          <div
            className={tableShown ? 'topic-table-wrap' : 'topic-table-wrap topic-table-collapsed'}
          >
            <TopicTable
              id={tableId}
              rows={rows}
              activeTopics={current.activeTopics}
              onToggle={onToggle}
            />
          </div>
        </>
      )}
    </section>
  );
};

export default TopicChart;
