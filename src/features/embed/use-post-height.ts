import { useEffect, useRef, type RefObject } from 'react';

/** The message an embedded view sends its host page; the share dialog's host script reads it. */
export const RESIZE_MESSAGE = 'summit-timeline:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  /** The content height in CSS pixels, rounded up. */
  height: number;
}

/**
 * While mounted inside a frame, tells the host page the element's height on load and whenever it
 * changes (filters, the chart's data table, a narrower frame…), so that the host can size the
 * iframe to fit without scroll bars. Posts nothing at the top level or when the height is the same.
 */
export const usePostHeight = (ref: RefObject<HTMLElement | null>): void => {
  // A ref, not a local: StrictMode's second mount must not post the same height again.
  const lastPosted = useRef<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    const post = () => {
      // The element, not the document: the document is never shorter than the frame itself.
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height <= 0 || height === lastPosted.current) return;
      lastPosted.current = height;
      const message: ResizeMessage = { type: RESIZE_MESSAGE, height };
      // '*': the host's origin is unknown (any intranet or slide tool); a height is no secret.
      window.parent.postMessage(message, '*');
    };
    post();
    const observer = new ResizeObserver(post);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
};
