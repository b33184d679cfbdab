import { Flag } from '../../ui/flag';
import type { DatasetIndex } from '../../shared/dataset-index';

/** An event's topics as chips, labelled from the dataset's taxonomy. */
export const TopicChips = ({ topics, index }: { topics: string[]; index: DatasetIndex }) =>
  topics.length === 0 ? null : (
    <ul className="event-tags" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic} className="chip">
          {index.topicLabels.get(topic) ?? topic}
        </li>
      ))}
    </ul>
  );

/** An event's countries, each a flag with its name written beside it. */
export const CountryList = ({ codes, index }: { codes: string[]; index: DatasetIndex }) =>
  codes.length === 0 ? null : (
    <ul className="event-tags event-countries" aria-label="Countries">
      {codes.map((code) => {
        const name = index.countries.get(code)?.name ?? code;
        return (
          <li key={code} className="event-country">
            {/* The name is written beside the flag, so the image would only repeat it. */}
            <Flag code={code} name={name} decorative /> {name}
          </li>
        );
      })}
    </ul>
  );
