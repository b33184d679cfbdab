/**
 * Full screen for presentation mode, best effort: browsers may refuse it (headless, iframes, no
 * user gesture) and the presentation works the same in a window.
 */
import { useEffect } from 'react';
import { parseDisplayState } from '../../app/url-state';

/** Asks for the whole page in full screen; call it from a click. A refusal is ignored. */
export const enterFullscreen = (): void => {
  document.documentElement.requestFullscreen?.().catch(() => {});
};

const leaveFullscreen = (): void => {
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => {});
};

/**
 * Keeps full screen and presentation mode together while presenting: calls `onLeave` when the
 * browser leaves full screen (Esc in full screen exits it without the page seeing the key), and
 * leaves full screen when the presentation ends some other way (Esc in a window, Back).
 */
export const useFullscreenWhilePresenting = (onLeave: () => void): void => {
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) onLeave();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [onLeave]);

  useEffect(
    () => () => {
      // Read the URL, not props: under StrictMode's test remount the URL still says present=1.
      if (!parseDisplayState(window.location.search).present) leaveFullscreen();
    },
    [],
  );
};
