import { useMemo } from 'react';
import { useDashboard, useDeferredDashboard } from '../../app/dashboard-context';
import { parseViewState, serializeViewState, toggle } from '../../app/url-state';
import { updateView } from '../../app/use-view-state';
import { PartnerCard } from './partner-card';
import { partnerSummaries } from './partner-summaries';
import './partners.css';

// One identity for every card and render, so that memoised cards skip unchanged renders.
const toggleCountry = (code: string) =>
  updateView((view) => ({ ...view, countries: toggle(view.countries, code) }));
const openEvent = (event: string) => updateView((view) => ({ ...view, event }));

/** The countries of the corpus as cards, IP4 partners first; each card filters by its country. */
export const PartnerCards = () => {
  // A card's Filter button shows its new state at once; the cards' contents follow the filters
  // in a background render, after the timeline has painted (see useDeferredDashboard).
  const { view } = useDashboard();
  const { index, view: shown } = useDeferredDashboard();
  // Cards ignore the country filter and the open event: keyed by the other filters alone, so
  // that picking a country or opening the reader does not recompute every card.
  const otherFilters = serializeViewState({ ...shown, countries: [], event: null });
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
              onToggle={toggleCountry}
              onOpenEvent={openEvent}
            />
          ))}
        </ul>
      )}
    </section>
  );
};
