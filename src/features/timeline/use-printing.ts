import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const printQuery = (): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;

/**
 * Whether the page is being printed: a printout needs every timeline row, not the window on
 * screen. `beforeprint` covers the browser's Print; the print media query also covers emulated
 * print media (headless PDF, DevTools).
 */
export const usePrinting = (): boolean => {
  const [printing, setPrinting] = useState(() => printQuery()?.matches ?? false);
  useEffect(() => {
    // Synchronous: the browser lays out the printout as soon as `beforeprint` returns.
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    const query = printQuery();
    const onChange = (event: MediaQueryListEvent) => (event.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    query?.addEventListener('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      query?.removeEventListener('change', onChange);
    };
  }, []);
  return printing;
};
