/**
 * What each partner card shows, computed from the dataset and the view: the country's role, its
 * events under the current filters and the topics most frequent among them, and its quote.
 */
import type { CountrySummary, DatasetEvent } from '../../data/schema';
import type { ViewState } from '../../app/url-state';
import type { DatasetIndex } from '../../shared/dataset-index';
import { filterEvents, topicFrequencies, type TopicFrequency } from '../../shared/filter-events';
import { partnerRole, type PartnerRole } from '../../shared/nato-membership';
import { orderPartners } from './order-partners';

/** How many topics a card lists. */
const TOP_TOPICS = 3;

export interface PartnerQuote {
  sentence: string;
  /** Title of the quoted article (its source file name when it has no title). */
  title: string;
  source: string;
}

export interface PartnerSummary {
  country: CountrySummary;
  role: PartnerRole;
  /** Events naming the country: all of them, and those matching the other filters. */
  totalEvents: number;
  events: DatasetEvent[];
  topTopics: TopicFrequency[];
  quote: PartnerQuote | null;
}

const quoteOf = (index: DatasetIndex, country: CountrySummary): PartnerQuote | null => {
  if (!country.quote) return null;
  const article = index.articles.get(country.quote.articleId);
  return {
    sentence: country.quote.sentence,
    title: article?.title || article?.source || country.quote.articleId,
    source: article?.source ?? country.quote.articleId,
  };
};

/** The events naming each country, in their order: one pass, not one scan per country. */
const eventsByCountry = (events: readonly DatasetEvent[]): Map<string, DatasetEvent[]> => {
  const byCountry = new Map<string, DatasetEvent[]>();
  for (const event of events) {
    for (const code of new Set(event.countries)) {
      const list = byCountry.get(code);
      if (list) list.push(event);
      else byCountry.set(code, [event]);
    }
  }
  return byCountry;
};

/**
 * One summary per country of the dataset, in card order. A card's events ignore the country
 * filter itself — as the filter counts do — so that picking New Zealand does not empty the
 * Australian card but shows what choosing Australia as well would add.
 */
export const partnerSummaries = (index: DatasetIndex, view: ViewState): PartnerSummary[] => {
  const byCountry = eventsByCountry(filterEvents(index, { ...view, countries: [] }).events);
  return orderPartners(index.dataset.countries).map((country) => {
    const events = byCountry.get(country.code) ?? [];
    return {
      country,
      role: partnerRole(country.code),
      totalEvents: index.byCountry.get(country.code)?.length ?? 0,
      events,
      topTopics: topicFrequencies(index, events).slice(0, TOP_TOPICS),
      quote: quoteOf(index, country),
    };
  });
};
