// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ThemePicker } from '../../src/features/theme/theme-picker';
import { useApplyTheme } from '../../src/features/theme/use-apply-theme';
import { renderDashboard } from './render-dashboard';

/** The app root's part in theming (useApplyTheme) with the toolbar's picker. */
const ThemeHarness = () => {
  useApplyTheme();
  return <ThemePicker />;
};

const dataTheme = () => document.documentElement.getAttribute('data-theme');
const select = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Theme' });

afterEach(() => {
  document.documentElement.removeAttribute('data-theme');
});

describe('ThemePicker', () => {
  it('should offer Auto, Light, Dark and High contrast, Auto by default', () => {
    renderDashboard(<ThemeHarness />);
    expect([...select().options].map((o) => o.text)).toEqual([
      'Auto',
      'Light',
      'Dark',
      'High contrast',
    ]);
    expect(select().value).toBe('');
    expect(dataTheme()).toBeNull();
  });

  it('should write the theme to the URL, replacing the entry, and set data-theme', async () => {
    renderDashboard(<ThemeHarness />, '?country=NZ');
    const entries = window.history.length;
    await userEvent.selectOptions(select(), 'Dark');
    expect(window.location.search).toBe('?country=NZ&theme=dark');
    expect(dataTheme()).toBe('dark');
    await userEvent.selectOptions(select(), 'High contrast');
    expect(window.location.search).toBe('?country=NZ&theme=contrast');
    expect(dataTheme()).toBe('contrast');
    await userEvent.selectOptions(select(), 'Auto');
    expect(window.location.search).toBe('?country=NZ');
    expect(dataTheme()).toBeNull();
    expect(window.history.length).toBe(entries);
  });

  it('should read the theme from the URL, accepting "high-contrast"', () => {
    renderDashboard(<ThemeHarness />, '?theme=high-contrast');
    expect(select().value).toBe('contrast');
    expect(dataTheme()).toBe('contrast');
  });

  it('should follow the system for an unknown theme', () => {
    renderDashboard(<ThemeHarness />, '?theme=sepia');
    expect(select().value).toBe('');
    expect(dataTheme()).toBeNull();
  });
});

describe('useApplyTheme', () => {
  it('should apply the URL theme without the picker (embed, presentation)', () => {
    const Root = () => {
      useApplyTheme();
      return null;
    };
    renderDashboard(<Root />, '?embed=1&theme=light');
    expect(dataTheme()).toBe('light');
  });
});
