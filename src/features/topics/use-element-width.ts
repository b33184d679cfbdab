import { useEffect, useState, type RefObject } from 'react';

/**
 * The content width of an element, in whole pixels, kept up to date as it resizes; 0 until
 * measured. Stands in for recharts' ResponsiveContainer, which is heavier and does the same.
 */
export const useElementWidth = (ref: RefObject<HTMLElement | null>): number => {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) =>
      setWidth(Math.floor(entry?.contentRect.width ?? 0)),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
};
