// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PartnerCards } from '../../src/features/partners/partner-cards';
import { partnerRole } from '../../src/shared/nato-membership';
import { renderDashboard, seedData } from './render-dashboard';

const cards = () =>
  within(screen.getByRole('region', { name: 'Partners' })).getAllByRole('article');

const cardOf = (name: string) => screen.getByRole('article', { name: new RegExp(name) });

describe('partnerRole', () => {
  it('should tell IP4 partners, allies with their accession year, and others apart', () => {
    expect(partnerRole('NZ')).toEqual({ kind: 'ip4', label: 'IP4 partner' });
    expect(partnerRole('us')).toEqual({ kind: 'ally', label: 'NATO ally since 1949' });
    expect(partnerRole('SE')).toEqual({ kind: 'ally', label: 'NATO ally since 2024' });
    expect(partnerRole('UA')).toEqual({ kind: 'other', label: 'Other' });
  });
});

describe('PartnerCards', () => {
  it('should list the four IP4 partners first', () => {
    renderDashboard(<PartnerCards />);
    const all = cards();
    expect(all).toHaveLength(seedData().countries.length);
    const firstFour = all.slice(0, 4);
    firstFour.forEach((card) => expect(within(card).getByText('IP4 partner')).toBeTruthy());
    expect(firstFour.map((card) => card.getAttribute('aria-labelledby')).sort()).toEqual([
      'partner-AU',
      'partner-JP',
      'partner-KR',
      'partner-NZ',
    ]);
    expect(within(all[4]!).queryByText('IP4 partner')).toBeNull();
  });

  it('should show an ally with its accession year', () => {
    renderDashboard(<PartnerCards />);
    expect(within(cardOf('United States')).getByText('NATO ally since 1949')).toBeTruthy();
    expect(within(cardOf('Germany')).getByText('NATO ally since 1955')).toBeTruthy();
  });

  it('should filter by a country when its card button is pressed, and show it pressed', () => {
    renderDashboard(<PartnerCards />);
    const button = screen.getByRole('button', { name: 'Filter by New Zealand' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(new URLSearchParams(window.location.search).get('country')).toBe('NZ');
    expect(
      screen.getByRole('button', { name: 'Filter by New Zealand' }).getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Filter by New Zealand' }));
    expect(window.location.search).not.toContain('country=');
  });

  it('should show a representative quote attributed to its article', () => {
    renderDashboard(<PartnerCards />);
    const quote = seedData().countries.find((c) => c.code === 'NZ')?.quote;
    expect(quote).toBeTruthy();
    const card = cardOf('New Zealand');
    expect(within(card).getByText(quote!.sentence)).toBeTruthy();
    const article = seedData().articles.find((a) => a.id === quote!.articleId);
    expect(within(card).getByText(article!.title)).toBeTruthy();
  });

  it('should open the reader when one of a card’s events is chosen', () => {
    renderDashboard(<PartnerCards />);
    const card = cardOf('New Zealand');
    const [first] = within(card).getAllByRole('button', { name: /\d{4}/ });
    fireEvent.click(first!);
    expect(new URLSearchParams(window.location.search).get('event')).toBeTruthy();
  });

  it('should count matching events under the current filters and mark cards with none', () => {
    const { container } = renderDashboard(<PartnerCards />, '?topic=defense-industry');
    const nz = cardOf('New Zealand');
    expect(within(nz).getByText(/^\d+ of \d+ events? matching$/)).toBeTruthy();
    const empty = container.querySelectorAll('.partner-card[data-empty="true"]');
    expect(empty.length).toBeGreaterThan(0);
    empty.forEach((card) =>
      expect(
        within(card as HTMLElement).getByText('No events match the current filters'),
      ).toBeTruthy(),
    );
  });
});
