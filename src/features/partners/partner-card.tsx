import { memo } from 'react';
import { Flag } from '../../ui/flag';
import { PartnerEvents } from './partner-events';
import { PartnerQuote } from './partner-quote';
import type { PartnerSummary } from './partner-summaries';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One country: who it is to NATO, what it is named in, and a button to filter by it. Memoised:
 * a filter change re-renders only the cards whose summary or pressed state changed.
 */
export const PartnerCard = memo(function PartnerCard({
  summary,
  pressed,
  onToggle,
  onOpenEvent,
}: {
  summary: PartnerSummary;
  pressed: boolean;
  /** Toggles the filter of a country, given its code. */
  onToggle: (code: string) => void;
  onOpenEvent: (eventId: string) => void;
}) {
  const { country, role, events, totalEvents, topTopics, quote } = summary;
  const headingId = `partner-${country.code}`;
  const matching = events.length;
  return (
    <li
      className="partner-card"
      data-kind={role.kind}
      data-pressed={pressed}
      data-empty={matching === 0}
    >
      <article aria-labelledby={headingId}>
        <header className="partner-card-header">
          <h3 id={headingId}>
            <Flag code={country.code} name={country.name} decorative />
            {country.name}
          </h3>
          <button
            type="button"
            className="button partner-toggle"
            aria-pressed={pressed}
            onClick={() => onToggle(country.code)}
          >
            <span aria-hidden="true">{pressed ? '✓ ' : ''}</span>
            Filter <span className="visually-hidden">by {country.name}</span>
          </button>
        </header>
        <p className="partner-role">{role.label}</p>
        <p className="partner-counts">
          {plural(country.mentions, 'mention')} ·{' '}
          <strong>
            {matching === 0
              ? 'No events match the current filters'
              : `${matching} of ${plural(totalEvents, 'event')} matching`}
          </strong>
        </p>
        {topTopics.length > 0 && (
          <ul className="partner-topics" aria-label={`Top topics for ${country.name}`}>
            {topTopics.map((t) => (
              <li key={t.topic} className="chip">
                {t.label}
              </li>
            ))}
          </ul>
        )}
        {matching > 0 && <PartnerEvents events={events} onOpen={onOpenEvent} />}
        {quote && <PartnerQuote quote={quote} />}
      </article>
    </li>
  );
});
