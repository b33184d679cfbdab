import { memo, useMemo } from 'react';
import type { DatasetEvent } from '../../data/schema';
import type { DatasetIndex } from '../../shared/dataset-index';
import { dateCertainty } from './date-certainty';
import { daysInSpan, describeEventDates, formatDuration } from '../../shared/date-words';
import { CountryList, TopicChips } from './event-tags';
import { ReasonBadge } from './reason-badge';
import { rowAttributes, type RowPlacement } from './row-placement';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The bar's length grows with the log of the span, so a three-year span does not swamp a day. */
const barLength = (days: number): string =>
  `${Math.min(12, 0.75 + 1.5 * Math.log2(days)).toFixed(2)}em`;

/**
 * One event of the timeline: its dates drawn by certainty (solid, dashed, dotted) with reason
 * badges, its title, topics, countries, evidence counts and the button that opens the reader.
 * Memoised, with only primitive placement props: rows already on screen do not re-render while
 * the windowed list scrolls.
 */
export const TimelineEvent = memo(function TimelineEvent({
  event,
  index,
  onRead,
  ...placement
}: {
  event: DatasetEvent;
  index: DatasetIndex;
  onRead: (eventId: string) => void;
} & RowPlacement) {
  const certainty = useMemo(() => dateCertainty(event, index.articles), [event, index.articles]);
  const days = daysInSpan(event.start, event.end);
  const duration = formatDuration(days);
  const sources = new Set(event.mentions.map((m) => m.articleId)).size;
  return (
    <li
      className="timeline-event"
      data-certainty={certainty.certainty}
      {...rowAttributes(placement)}
    >
      <div className="event-when">
        <span
          className={days > 1 ? 'event-bar event-bar-span' : 'event-bar'}
          style={days > 1 ? { inlineSize: barLength(days) } : undefined}
          aria-hidden="true"
        />
        <span className="event-dates">{describeEventDates(event)}</span>
        {duration && <span className="event-duration">({duration})</span>}
        {certainty.approximateReason && (
          <ReasonBadge label="approx." reason={certainty.approximateReason} tone="approximate" />
        )}
        {certainty.inferredReason && (
          <ReasonBadge label="inferred" reason={certainty.inferredReason} tone="inferred" />
        )}
      </div>
      <p className="event-title">{event.title}</p>
      <TopicChips topics={event.topics} index={index} />
      <CountryList codes={event.countries} index={index} />
      <div className="event-footer">
        <span className="event-evidence">
          {plural(sources, 'source')} · {plural(event.mentions.length, 'mention')}
        </span>
        <button type="button" className="button" onClick={() => onRead(event.id)}>
          {/* The space sits outside the hidden span: name computation trims inside it. */}
          Read the evidence <span className="visually-hidden">for {event.title}</span>
        </button>
      </div>
    </li>
  );
});
