import { describe, expect, it } from 'vitest';
import { clearFilters, parseViewState, serializeViewState, toggle } from '../../src/app/url-state';

describe('URL view state', () => {
  it('should parse every filter from the query string', () => {
    expect(
      parseViewState(
        '?topic=cybersecurity,disinformation&country=jp&q=industry&from=2024-07-01&to=2024-07-31',
      ),
    ).toEqual({
      topics: ['cybersecurity', 'disinformation'],
      countries: ['JP'],
      q: 'industry',
      from: '2024-07-01',
      to: '2024-07-31',
      event: null,
    });
  });

  it('should round-trip a view through the URL', () => {
    const view = parseViewState('?topic=space&country=NZ,AU&q=drills&from=2024-01-01&event=e1');
    expect(parseViewState(serializeViewState(view))).toEqual(view);
    expect(serializeViewState(view)).toBe(
      '?topic=space&country=NZ,AU&q=drills&from=2024-01-01&event=e1',
    );
  });

  it('should ignore malformed dates and empty items', () => {
    expect(parseViewState('?from=July&to=2024-13&topic=,,space,')).toMatchObject({
      from: null,
      to: null,
      topics: ['space'],
    });
  });

  it('should keep parameters it does not own and drop cleared filters', () => {
    const view = clearFilters(parseViewState('?country=NZ&embed=1&view=timeline'));
    expect(serializeViewState(view, '?country=NZ&embed=1&view=timeline')).toBe(
      '?embed=1&view=timeline',
    );
  });

  it('should toggle values in and out of a list', () => {
    expect(toggle(['JP'], 'NZ')).toEqual(['JP', 'NZ']);
    expect(toggle(['JP', 'NZ'], 'JP')).toEqual(['NZ']);
  });
});
