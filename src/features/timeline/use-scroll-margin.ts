import { useEffect, useState, type RefObject } from 'react';

/**
 * How far below the top of the document the list starts, in pixels: the page scrolls, not the
 * list, so the window virtualizer needs it to know which rows are on screen. Re-measured whenever
 * the page's size changes, e.g. when the filter summary above the list gains a line.
 */
export const useScrollMargin = (listRef: RefObject<HTMLElement | null>): number => {
  const [margin, setMargin] = useState(0);
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    // A ResizeObserver reports once as soon as it observes, which gives the first measure too.
    const observer = new ResizeObserver(() =>
      setMargin(Math.round(list.getBoundingClientRect().top + window.scrollY)),
    );
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [listRef]);
  return margin;
};
