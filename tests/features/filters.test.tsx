// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_VIEW, type ViewState } from '../../src/app/url-state';
import { ActiveFilters } from '../../src/features/filters/active-filters';
import { buildIndex } from '../../src/shared/dataset-index';
import { FilterBar } from '../../src/features/filters/filter-bar';
import { filterEvents } from '../../src/shared/filter-events';
import { renderDashboard, seedData } from './render-dashboard';

const index = buildIndex(seedData());
const total = index.events.length;
const countOf = (partial: Partial<ViewState>): number =>
  filterEvents(index, { ...EMPTY_VIEW, ...partial }).events.length;

const renderFilters = (search = '') =>
  renderDashboard(
    <>
      <FilterBar />
      <ActiveFilters />
    </>,
    search,
  );

const status = () => screen.getByRole('status');
const params = () => new URLSearchParams(window.location.search);

/** Opens a picker ("Topics" / "Countries") and ticks the option whose name starts with `label`. */
const tick = async (user: ReturnType<typeof userEvent.setup>, picker: string, label: string) => {
  const button = screen.getByRole('button', { name: new RegExp(`^${picker}`) });
  if (button.getAttribute('aria-expanded') !== 'true') await user.click(button);
  const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!panel) throw new Error(`${picker} controls no panel`);
  await user.click(within(panel).getByRole('checkbox', { name: new RegExp(`^${label}\\b`) }));
};

const back = async () => {
  await act(async () => {
    const popped = new Promise((resolve) =>
      window.addEventListener('popstate', resolve, { once: true }),
    );
    window.history.back();
    await popped;
  });
};

describe('FilterBar and ActiveFilters', () => {
  it('should be a labelled search landmark with every control labelled', () => {
    renderFilters();
    const bar = screen.getByRole('search', { name: 'Filter events' });
    expect(within(bar).getByRole('button', { name: 'Topics' })).toHaveProperty(
      'ariaExpanded',
      'false',
    );
    expect(within(bar).getByRole('button', { name: 'Countries' })).toBeTruthy();
    expect(within(bar).getByRole('searchbox', { name: 'Search events' })).toBeTruthy();
    const from = within(bar).getByLabelText<HTMLInputElement>('From');
    const to = within(bar).getByLabelText<HTMLInputElement>('To');
    expect(from.type).toBe('date');
    expect(from.min).toBe(index.events[0]?.start);
    expect(to.max >= to.min).toBe(true);
    expect(status().textContent).toBe(`Showing all ${total} events`);
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).toBeNull();
  });

  it('should put a ticked topic in the URL and name it in the summary', async () => {
    const user = userEvent.setup();
    renderFilters();
    await tick(user, 'Topics', 'Interoperability');
    expect(params().get('topic')).toBe('interoperability');
    expect(screen.getByText('Topic: Interoperability')).toBeTruthy();
    expect(status().textContent).toBe(
      `Showing ${countOf({ topics: ['interoperability'] })} of ${total} events`,
    );
    expect(screen.getByRole('button', { name: 'Topics, 1 selected' })).toBeTruthy();
  });

  it('should show counts per option and disable options matching nothing', async () => {
    const user = userEvent.setup();
    renderFilters('?country=CN');
    await user.click(screen.getByRole('button', { name: 'Topics' }));
    const counts = filterEvents(index, { ...EMPTY_VIEW, countries: ['CN'] }).topicCounts;
    const space = screen.getByRole<HTMLInputElement>('checkbox', { name: /^Space\b/ });
    expect(counts.get('space')).toBe(0);
    expect(space.disabled).toBe(true);
    const cyber = screen.getByRole<HTMLInputElement>('checkbox', { name: /^Cybersecurity\b/ });
    expect(cyber.disabled).toBe(false);
    expect(cyber.closest('label')?.textContent).toContain(`(${counts.get('cybersecurity')})`);
  });

  it('should list IP4 partners first among the countries, with flags', async () => {
    const user = userEvent.setup();
    renderFilters();
    await user.click(screen.getByRole('button', { name: 'Countries' }));
    const partners = screen.getByRole('group', { name: 'Indo-Pacific partners (IP4)' });
    expect(
      within(partners)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.querySelector('.filter-option-label')?.textContent),
    ).toEqual(['Australia', 'Japan', 'New Zealand', 'South Korea']);
    expect(partners.querySelectorAll('img.flag, .flag').length).toBe(4);
  });

  it('should close a picker with Escape and return focus to its button', async () => {
    const user = userEvent.setup();
    renderFilters();
    const button = screen.getByRole('button', { name: 'Topics' });
    await user.click(button);
    await user.tab();
    expect(document.activeElement?.getAttribute('type')).toBe('checkbox');
    await user.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('should match any of two countries (OR within a kind)', async () => {
    const union = countOf({ countries: ['CN', 'AU'] });
    expect(union).toBeGreaterThan(countOf({ countries: ['CN'] }));
    expect(union).toBeGreaterThan(countOf({ countries: ['AU'] }));
    const user = userEvent.setup();
    renderFilters();
    await tick(user, 'Countries', 'China');
    await tick(user, 'Countries', 'Australia');
    expect(params().get('country')).toBe('CN,AU');
    expect(status().textContent).toBe(`Showing ${union} of ${total} events`);
  });

  it('should match a topic and a country together (AND across kinds)', async () => {
    const both = countOf({ topics: ['ukraine-support'], countries: ['KR'] });
    expect(both).toBeLessThan(countOf({ topics: ['ukraine-support'] }));
    expect(both).toBeLessThan(countOf({ countries: ['KR'] }));
    const user = userEvent.setup();
    renderFilters();
    await tick(user, 'Topics', 'Support for Ukraine');
    await tick(user, 'Countries', 'South Korea');
    expect(status().textContent).toBe(`Showing ${both} of ${total} events`);
    expect(screen.getByText('Country: South Korea')).toBeTruthy();
  });

  it('should remove one filter with its own button', async () => {
    const user = userEvent.setup();
    renderFilters('?topic=interoperability&country=NZ');
    const remove = screen.getByRole('button', { name: 'Remove filter Country: New Zealand' });
    await user.click(remove);
    expect(window.location.search).toBe('?topic=interoperability');
    // Focus stays on the summary's remaining remove button instead of falling to <body>.
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Remove filter Topic: Interoperability' }),
    );
  });

  it('should empty the query string with "Clear all filters"', async () => {
    const user = userEvent.setup();
    renderFilters('?topic=space,foo&country=NZ&q=summit&from=2024-07-01&to=2024-07-31');
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(window.location.search).toBe('');
    expect(status().textContent).toBe(`Showing all ${total} events`);
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe('');
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).toBeNull();
  });

  it('should restore the previous filters on Back', async () => {
    const user = userEvent.setup();
    renderFilters();
    await tick(user, 'Topics', 'Defence industry');
    await tick(user, 'Countries', 'Australia');
    expect(params().get('country')).toBe('AU');
    await back();
    expect(window.location.search).toBe('?topic=defense-industry');
    expect(screen.queryByText('Country: Australia')).toBeNull();
    expect(screen.getByText('Topic: Defence industry')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /^Australia\b/ }).checked).toBe(
      false,
    );
  });

  it('should list ids unknown to the data as ignored', () => {
    renderFilters('?topic=foo,space&country=XX');
    expect(screen.getByText('Ignored unknown topic: foo')).toBeTruthy();
    expect(screen.getByText('Ignored unknown country: XX')).toBeTruthy();
    expect(screen.getByText('Topic: Space')).toBeTruthy();
    expect(status().textContent).toBe(
      `Showing ${countOf({ topics: ['space'] })} of ${total} events`,
    );
  });
});

describe('Search events', () => {
  it('should write the query once typing settles, as one history entry', async () => {
    const user = userEvent.setup();
    renderFilters();
    const push = vi.spyOn(window.history, 'pushState');
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'defense industry');
    // Not yet: the debounce is still waiting.
    expect(params().get('q')).toBeNull();
    await waitFor(() => expect(params().get('q')).toBe('defense industry'));
    expect(push).toHaveBeenCalledTimes(1);
    push.mockRestore();
    expect(status().textContent).toBe(
      `Showing ${countOf({ q: 'defense industry' })} of ${total} events`,
    );
    expect(screen.getByText('Search: “defense industry”')).toBeTruthy();
  });

  it('should apply at once on Enter without losing what was typed', async () => {
    const user = userEvent.setup();
    renderFilters('?topic=space');
    const box = screen.getByRole<HTMLInputElement>('searchbox');
    await user.type(box, 'nato {Enter}');
    expect(params().get('q')).toBe('nato');
    expect(params().get('topic')).toBe('space');
    // The trailing space survives the URL's trimmed copy, ready for the next word.
    expect(box.value).toBe('nato ');
    await user.type(box, 'summit{Enter}');
    expect(params().get('q')).toBe('nato summit');
  });

  it('should follow the URL on Back', async () => {
    const user = userEvent.setup();
    renderFilters('?q=nato');
    const box = screen.getByRole<HTMLInputElement>('searchbox');
    await user.clear(box);
    await user.type(box, 'forum{Enter}');
    expect(params().get('q')).toBe('forum');
    await back();
    expect(box.value).toBe('nato');
  });
});

describe('Date range', () => {
  it('should apply a complete date in range and bound the other end by it', () => {
    renderFilters();
    const from = screen.getByLabelText<HTMLInputElement>('From');
    fireEvent.change(from, { target: { value: '2024-07-10' } });
    expect(params().get('from')).toBe('2024-07-10');
    expect(screen.getByLabelText<HTMLInputElement>('To').min).toBe('2024-07-10');
    expect(screen.getByText('From: 10 July 2024')).toBeTruthy();
    expect(status().textContent).toBe(
      `Showing ${countOf({ from: '2024-07-10' })} of ${total} events`,
    );
  });

  it('should keep a date outside the data out of the URL until it is corrected', () => {
    renderFilters();
    const from = screen.getByLabelText<HTMLInputElement>('From');
    fireEvent.change(from, { target: { value: '0002-07-10' } });
    expect(from.value).toBe('0002-07-10');
    expect(params().get('from')).toBeNull();
    fireEvent.blur(from);
    expect(from.value).toBe('');
  });
});
