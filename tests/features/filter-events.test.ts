import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, type ViewState } from '../../src/app/url-state';
import type { Dataset, DatasetEvent } from '../../src/data/schema';
import { buildIndex } from '../../src/shared/dataset-index';
import { filterEvents, topicFrequencies } from '../../src/shared/filter-events';

const event = (
  id: string,
  fields: Partial<DatasetEvent> & { sentences?: string[] } = {},
): DatasetEvent => {
  const { sentences = [`Something happened (${id}).`], ...rest } = fields;
  const start = rest.start ?? '2024-07-09';
  const end = rest.end ?? start;
  return {
    id,
    title: `Event ${id}`,
    start,
    end,
    precision: 'day',
    inferred: false,
    topics: [],
    countries: [],
    people: [],
    mentions: sentences.map((sentence) => ({
      articleId: 'a1',
      sentence,
      dateText: 'on 9 July',
      date: { start, end },
      precision: 'day' as const,
      span: [0, 1] as [number, number],
      sentenceSpan: [0, sentence.length] as [number, number],
      inferred: false,
    })),
    ...rest,
  };
};

const dataset: Dataset = {
  articles: [],
  topics: [
    { id: 'cybersecurity', label: 'Cybersecurity' },
    { id: 'space', label: 'Space' },
    { id: 'resilience', label: 'Resilience' },
  ],
  countries: [
    { code: 'JP', name: 'Japan', mentions: 2, quote: null },
    { code: 'NZ', name: 'New Zealand', mentions: 2, quote: null },
    { code: 'AU', name: 'Australia', mentions: 1, quote: null },
  ],
  events: [
    event('cyber-jp', {
      topics: ['cybersecurity'],
      countries: ['JP'],
      start: '2024-07-09',
      sentences: ['Tokyo pledged a cyber defence centre.', 'Officials met in Washington.'],
    }),
    event('space-nz', {
      title: 'Orbital debris talks',
      topics: ['space'],
      countries: ['NZ'],
      start: '2024-07-10',
      end: '2024-07-12',
    }),
    event('cyber-space-au', {
      topics: ['cybersecurity', 'space'],
      countries: ['AU', 'NZ'],
      start: '2024-06-01',
      end: '2024-06-30',
    }),
    event('none', { start: '2023-01-01', sentences: ['An unrelated meeting in Brussels.'] }),
  ],
};

const index = buildIndex(dataset);
const view = (partial: Partial<ViewState>): ViewState => ({ ...EMPTY_VIEW, ...partial });
const ids = (v: Partial<ViewState>): string[] =>
  filterEvents(index, view(v))
    .events.map((e) => e.id)
    .sort();

describe('filterEvents', () => {
  it('should return every event, in date order, when nothing is filtered', () => {
    expect(filterEvents(index, EMPTY_VIEW).events.map((e) => e.id)).toEqual([
      'none',
      'cyber-space-au',
      'cyber-jp',
      'space-nz',
    ]);
  });

  it('should match any of the chosen values within a kind (OR)', () => {
    expect(ids({ countries: ['JP'] })).toEqual(['cyber-jp']);
    expect(ids({ countries: ['AU'] })).toEqual(['cyber-space-au']);
    expect(ids({ countries: ['JP', 'AU'] })).toEqual(['cyber-jp', 'cyber-space-au']);
    expect(ids({ topics: ['cybersecurity', 'space'] })).toEqual([
      'cyber-jp',
      'cyber-space-au',
      'space-nz',
    ]);
  });

  it('should require every kind of filter to match (AND)', () => {
    expect(ids({ topics: ['cybersecurity'] })).toEqual(['cyber-jp', 'cyber-space-au']);
    expect(ids({ countries: ['NZ'] })).toEqual(['cyber-space-au', 'space-nz']);
    expect(ids({ topics: ['cybersecurity'], countries: ['NZ'] })).toEqual(['cyber-space-au']);
    expect(ids({ topics: ['cybersecurity'], countries: ['NZ'], q: 'tokyo' })).toEqual([]);
  });

  it('should keep events whose dates overlap the range, not only those inside it', () => {
    expect(ids({ from: '2024-07-11' })).toEqual(['space-nz']);
    expect(ids({ to: '2024-06-15' })).toEqual(['cyber-space-au', 'none']);
    expect(ids({ from: '2024-06-30', to: '2024-07-09' })).toEqual(['cyber-jp', 'cyber-space-au']);
    expect(ids({ from: '2024-07-13' })).toEqual([]);
  });

  it('should search titles and evidence sentences, case-insensitively, every word', () => {
    expect(ids({ q: 'ORBITAL' })).toEqual(['space-nz']);
    expect(ids({ q: 'washington' })).toEqual(['cyber-jp']);
    expect(ids({ q: 'tokyo washington' })).toEqual(['cyber-jp']);
    expect(ids({ q: 'tokyo brussels' })).toEqual([]);
    expect(ids({ q: 'new zealand' })).toEqual(['cyber-space-au', 'space-nz']);
  });

  it('should count each option under the other kinds of filter only', () => {
    const result = filterEvents(index, view({ topics: ['space'], countries: ['JP'] }));
    // Topic counts ignore the topic filter but apply the country one: only cyber-jp is in Japan.
    expect(Object.fromEntries(result.topicCounts)).toEqual({
      cybersecurity: 1,
      space: 0,
      resilience: 0,
    });
    // Country counts ignore the country filter but apply the topic one (space).
    expect(Object.fromEntries(result.countryCounts)).toEqual({ JP: 0, NZ: 2, AU: 1 });
    expect(result.events).toEqual([]);
  });

  it('should apply text and dates to the counts of every option', () => {
    const result = filterEvents(index, view({ from: '2024-07-01' }));
    expect(result.topicCounts.get('cybersecurity')).toBe(1);
    expect(result.countryCounts.get('AU')).toBe(0);
  });

  it('should ignore ids the data does not know, and report them', () => {
    const result = filterEvents(index, view({ topics: ['space', 'foo'], countries: ['XX'] }));
    expect(result.activeTopics).toEqual(['space']);
    expect(result.unknownTopics).toEqual(['foo']);
    expect(result.activeCountries).toEqual([]);
    expect(result.unknownCountries).toEqual(['XX']);
    // The unknown country filters nothing out (it is not "a country with no events").
    expect(result.events.map((e) => e.id).sort()).toEqual(['cyber-space-au', 'space-nz']);
  });

  it('should ignore a filter made only of unknown ids', () => {
    expect(ids({ topics: ['foo'] })).toHaveLength(dataset.events.length);
  });

  it('should count for each option what picking it alone would show, under every mix of filters', () => {
    const mixes: Array<Partial<ViewState>> = [
      {},
      { q: 'new zealand' },
      { from: '2024-07-01' },
      { topics: ['space'], to: '2024-07-09' },
      { countries: ['NZ', 'JP'], q: 'event', from: '2024-06-15' },
    ];
    for (const mix of mixes) {
      const result = filterEvents(index, view(mix));
      for (const [topic, count] of result.topicCounts) {
        expect(count, `${topic} in ${JSON.stringify(mix)}`).toBe(
          ids({ ...mix, topics: [topic] }).length,
        );
      }
      for (const [code, count] of result.countryCounts) {
        expect(count, `${code} in ${JSON.stringify(mix)}`).toBe(
          ids({ ...mix, countries: [code] }).length,
        );
      }
    }
  });
});

describe('topicFrequencies', () => {
  it('should tally mentions and events per topic, most mentioned first', () => {
    expect(topicFrequencies(index, index.events)).toEqual([
      { topic: 'cybersecurity', label: 'Cybersecurity', mentions: 3, events: 2 },
      { topic: 'space', label: 'Space', mentions: 2, events: 2 },
    ]);
  });

  it('should count only the events given', () => {
    const { events } = filterEvents(index, view({ countries: ['NZ'] }));
    expect(topicFrequencies(index, events)).toEqual([
      { topic: 'space', label: 'Space', mentions: 2, events: 2 },
      { topic: 'cybersecurity', label: 'Cybersecurity', mentions: 1, events: 1 },
    ]);
  });

  it('should leave out topics no event carries', () => {
    expect(topicFrequencies(index, [])).toEqual([]);
  });
});
