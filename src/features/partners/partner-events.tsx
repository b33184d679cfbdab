import type { DatasetEvent } from '../../data/schema';
import { formatEventDate } from './event-date';

/** How many events a card lists before "and N more": the timeline holds the full list. */
const SHOWN = 3;

/** A card's events under the current filters; each opens the source reader. */
export const PartnerEvents = ({
  events,
  onOpen,
}: {
  events: readonly DatasetEvent[];
  onOpen: (eventId: string) => void;
}) => {
  const hidden = events.length - SHOWN;
  return (
    <>
      <ul className="partner-events">
        {events.slice(0, SHOWN).map((event) => (
          <li key={event.id}>
            <button type="button" className="partner-event" onClick={() => onOpen(event.id)}>
              <time dateTime={event.start}>{formatEventDate(event)}</time>
              <span className="partner-event-title">{event.title}</span>
            </button>
          </li>
        ))}
      </ul>
      {hidden > 0 && <p className="partner-more">and {hidden} more in the timeline</p>}
    </>
  );
};
