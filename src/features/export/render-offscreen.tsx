/**
 * Draws a React element in a fixed-size box off-screen (laid out, unlike display:none) and waits
 * until it is ready to capture: the DOM has stopped changing (recharts lays out in a second
 * pass), the fonts are loaded and every image has decoded.
 */
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

export interface Offscreen {
  /** The rendered element: the container's first child. */
  element: HTMLElement;
  /** Unmounts the element and removes the container. */
  dispose: () => void;
}

const QUIET_MS = 60;
const SETTLE_LIMIT_MS = 3_000;
const IMAGE_LIMIT_MS = 10_000;

/** Resolves once `root` has gone QUIET_MS without a mutation (or after SETTLE_LIMIT_MS). */
const settled = (root: Node): Promise<void> =>
  new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(limit);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, QUIET_MS);
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    quiet = setTimeout(done, QUIET_MS);
    const limit = setTimeout(done, SETTLE_LIMIT_MS);
  });

/** Loads an image now, even one marked loading="lazy" (which off-screen would never load). */
const imageLoaded = (image: HTMLImageElement): Promise<void> => {
  image.loading = 'eager';
  const loaded = image.complete
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        image.addEventListener('load', () => resolve(), { once: true });
        // A missing image is drawn as its placeholder; it must not block the export.
        image.addEventListener('error', () => resolve(), { once: true });
      });
  const limit = new Promise<void>((resolve) => setTimeout(resolve, IMAGE_LIMIT_MS));
  return Promise.race([loaded.then(() => image.decode().catch(() => undefined)), limit]);
};

/** Renders `node` into a `width`×`height` box off-screen and waits until it can be captured. */
export const renderOffscreen = async (
  node: ReactNode,
  width: number,
  height: number,
): Promise<Offscreen> => {
  const host = document.createElement('div');
  // Set through the CSSOM, not a style attribute, so that a strict CSP allows it.
  Object.assign(host.style, {
    position: 'fixed',
    top: '0',
    left: '-10000px',
    width: `${width}px`,
    height: `${height}px`,
    overflow: 'hidden',
    pointerEvents: 'none',
  });
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  document.body.append(host);
  const root = createRoot(host);
  const dispose = () => {
    root.unmount();
    host.remove();
  };
  try {
    flushSync(() => root.render(node));
    await settled(host);
    await Promise.all([
      document.fonts?.ready,
      ...[...host.querySelectorAll('img')].map(imageLoaded),
    ]);
    const element = host.firstElementChild;
    if (!(element instanceof HTMLElement)) throw new Error('nothing was rendered to export');
    return { element, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
};
