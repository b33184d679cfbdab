import type { TopicFrequency } from '../../shared/filter-events';

/** The chart's numbers as a table, where each topic name is a button that toggles its filter. */
export const TopicTable = ({
  id,
  rows,
  activeTopics,
  onToggle,
}: {
  id: string;
  rows: readonly TopicFrequency[];
  activeTopics: readonly string[];
  onToggle: (topic: string) => void;
}) => (
  <table id={id} className="topic-table">
    <caption>Topic frequency under the current filters</caption>
    <thead>
      <tr>
        <th scope="col">Topic</th>
        <th scope="col">Mentions</th>
        <th scope="col">Events</th>
      </tr>
    </thead>
    <tbody>
      {rows.map((row) => {
        const pressed = activeTopics.includes(row.topic);
        return (
          <tr key={row.topic}>
            <th scope="row">
              <button
                type="button"
                className="topic-table-toggle"
                aria-pressed={pressed}
                onClick={() => onToggle(row.topic)}
              >
                <span aria-hidden="true">{pressed ? '✓ ' : ''}</span>
                {row.label}
              </button>
            </th>
            <td>{row.mentions}</td>
            <td>{row.events}</td>
          </tr>
        );
      })}
    </tbody>
  </table>
);
