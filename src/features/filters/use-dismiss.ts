/** Closing a popup when the user moves on: a pointer press or focus landing outside it. */
import { useEffect, type RefObject } from 'react';

/** While `open`, calls `onDismiss` when the pointer goes down or focus moves outside `root`. */
export const useDismiss = (
  root: RefObject<HTMLElement | null>,
  open: boolean,
  onDismiss: () => void,
): void => {
  useEffect(() => {
    if (!open) return;
    const outside = (event: Event): void => {
      const target = event.target;
      if (target instanceof Node && !root.current?.contains(target)) onDismiss();
    };
    // Focus, not blur: a click on a label blurs to <body> first, which must not close the list.
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [root, open, onDismiss]);
};
