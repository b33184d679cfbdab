import { useEffect, useRef } from 'react';

/**
 * Shows a <dialog> as a modal for as long as the component is mounted: focus moves to
 * `initialFocus` and, on unmount, back to the element that had it (the button that opened it).
 * Closing is the owner's job (it changes the URL, which unmounts the dialog); this hook listens
 * to no `close` event, so a remount under StrictMode cannot close the reader by itself.
 */
export const useModalDialog = <T extends HTMLElement>() => {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const initialFocusRef = useRef<T>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal(): fall back to a plain open dialog there.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    initialFocusRef.current?.focus({ preventScroll: true });
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if (trigger?.isConnected && trigger !== document.body) trigger.focus({ preventScroll: true });
    };
  }, []);
  return { dialogRef, initialFocusRef };
};
