import { useEffect, useRef, type RefObject } from 'react';

/**
 * Shows a <dialog> as a modal while the component is mounted: focus goes to `initialFocus`, and
 * back to `returnFocus` (the button that opened it) when it unmounts. Closing is the owner's job:
 * no `close` listener, so StrictMode's remount cannot close the dialog by itself.
 */
export const useModal = <T extends HTMLElement>(returnFocus: RefObject<HTMLElement | null>) => {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const initialFocusRef = useRef<T>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    const trigger = returnFocus.current;
    if (!dialog) return;
    // jsdom has no showModal(): a plain open dialog there.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    initialFocusRef.current?.focus();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if (trigger?.isConnected) trigger.focus();
    };
  }, [returnFocus]);
  return { dialogRef, initialFocusRef };
};
