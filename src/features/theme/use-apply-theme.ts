/**
 * Puts the URL's theme (`?theme=dark`) on <html data-theme>, where themes.css picks it up. With
 * no theme in the URL the attribute is removed and the CSS follows prefers-color-scheme.
 */
import { useLayoutEffect } from 'react';
import { useDisplayState } from '../../app/use-view-state';
// Loaded with the hook the app root calls, so both are in the first-load CSS of every layout
// (dashboard, embed, presentation) and a chosen theme is in place before the first paint.
import './themes.css';
import './print.css';

/**
 * Applies the URL's theme to the document for as long as the caller is mounted. Idempotent: safe
 * to call from more than one component. A layout effect, so the page never paints in the wrong one.
 */
export const useApplyTheme = (): void => {
  const [{ theme }] = useDisplayState();
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
};
