import { useId, useMemo, useState } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import { toggle } from '../../app/url-state';
import { topicFrequencies } from '../../shared/filter-events';
import { TopicBars } from './topic-bars';
import { TopicTable } from './topic-table';
import './topics.css';

/**
 * How often each topic comes up in the events under the current filters; a bar (or its row in
 * the data table) toggles that topic's filter. Default export: the dashboard lazy-loads it.
 */
const TopicChart = ({ width, height }: { width?: number; height?: number }) => {
  const { index, view, setView, result } = useDashboard();
  const [tableShown, setTableShown] = useState(false);
  const tableId = useId();
  const rows = useMemo(() => topicFrequencies(index, result.events), [index, result.events]);
  const onToggle = (topic: string) => setView({ ...view, topics: toggle(view.topics, topic) });
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
              activeTopics={view.topics}
              onToggle={onToggle}
              width={width}
              height={height}
            />
          </div>
          {/* Collapsed, the table stays in the accessibility tree and opens when focus enters. */}
          <div
            className={tableShown ? 'topic-table-wrap' : 'topic-table-wrap topic-table-collapsed'}
          >
            <TopicTable id={tableId} rows={rows} activeTopics={view.topics} onToggle={onToggle} />
          </div>
        </>
      )}
    </section>
  );
};

export default TopicChart;
