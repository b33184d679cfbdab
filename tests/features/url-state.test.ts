import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  parseDisplayState,
  parseViewState,
  serializeDisplayState,
  serializeViewState,
  toggle,
} from '../../src/app/url-state';

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

describe('URL display state', () => {
  it('should read embed, view, theme and presentation parameters', () => {
    expect(parseDisplayState('?embed=1&view=topics&theme=dark&present=1&step=3')).toEqual({
      embed: true,
      view: 'topics',
      theme: 'dark',
      present: true,
      step: 3,
    });
  });

  it('should fall back to safe defaults for unknown values', () => {
    expect(parseDisplayState('?embed=yes&view=everything&theme=neon&step=-2')).toEqual({
      embed: false,
      view: 'dashboard',
      theme: null,
      present: false,
      step: 1,
    });
    expect(parseDisplayState('?theme=high-contrast').theme).toBe('contrast');
  });

  it('should write display parameters without touching the filters', () => {
    const display = parseDisplayState('?present=1&step=2');
    expect(serializeDisplayState({ ...display, step: 3 }, '?country=NZ&present=1&step=2')).toBe(
      '?country=NZ&present=1&step=3',
    );
    expect(
      serializeDisplayState({ ...display, present: false }, '?country=NZ&present=1&step=2'),
    ).toBe('?country=NZ');
  });
});
