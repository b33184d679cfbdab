import { useMemo } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import { parseViewState, serializeViewState, toggle } from '../../app/url-state';
import { PartnerCard } from './partner-card';
import { partnerSummaries } from './partner-summaries';
import './partners.css';

/** The countries of the corpus as cards, IP4 partners first; each card filters by its country. */
export const PartnerCards = () => {
  const { index, view, setView } = useDashboard();
  // Cards ignore the country filter and the open event: keyed by the other filters alone, so
  // that picking a country or opening the reader does not recompute every card.
  const otherFilters = serializeViewState({ ...view, countries: [], event: null });
  const summaries = useMemo(
    () => partnerSummaries(index, parseViewState(otherFilters)),
    [index, otherFilters],
  );
  return (
    <section className="panel partners" aria-labelledby="partners-title">
      <h2 id="partners-title">Partners</h2>
      <p className="partners-note">
        Event counts follow the topic, date and text filters. Use a card’s Filter button to show
        only the events naming that country.
      </p>
      {summaries.length === 0 ? (
        <p>No countries are named in these articles.</p>
      ) : (
        <ul className="partner-grid">
          {summaries.map((summary) => (
            <PartnerCard
              key={summary.country.code}
              summary={summary}
              pressed={view.countries.includes(summary.country.code)}
              onToggle={() =>
                setView({ ...view, countries: toggle(view.countries, summary.country.code) })
              }
              onOpenEvent={(event) => setView({ ...view, event })}
            />
          ))}
        </ul>
      )}
    </section>
  );
};
