import {
  useEffect,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  type SyntheticEvent,
} from 'react';

export interface ModalDialogOptions {
  /** Called on Escape, on any other close request, and on a backdrop click if enabled. */
  onClose: () => void;
  /**
   * The element to give focus back to on unmount, e.g. the button that opened the dialog. Without
   * it, the element that had focus when the dialog mounted (Safari does not focus a clicked button).
   */
  returnFocus?: RefObject<HTMLElement | null>;
  /**
   * Close on a click on the backdrop. Such a click lands on the <dialog> itself, so it is only right
   * when the dialog's content fills it edge to edge (a wrapper with the padding, no child margins).
   */
  closeOnBackdropClick?: boolean;
}

/**
 * Shows a <dialog> as a modal for as long as the component is mounted: focus moves to
 * `initialFocusRef` and, on unmount, back to `returnFocus` (or whatever had focus before).
 * Closing is the owner's job (`onClose` unmounts the dialog): the hook listens to no `close`
 * event, so a remount under StrictMode cannot close the dialog by itself. Spread `dialogProps`
 * on the <dialog>, e.g. `<dialog {...dialogProps} aria-labelledby={id}>`.
 */
export const useModalDialog = <T extends HTMLElement>({
  onClose,
  returnFocus,
  closeOnBackdropClick = false,
}: ModalDialogOptions) => {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const initialFocusRef = useRef<T>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const trigger = returnFocus?.current ?? focused;
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
  }, [returnFocus]);

  // Esc is handled on keydown so it works the same with and without native showModal() (jsdom).
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onClose();
  };
  // Other close requests (e.g. Android's back gesture) go through the owner too.
  const onCancel = (e: SyntheticEvent<HTMLDialogElement>) => {
    e.preventDefault();
    onClose();
  };
  const onClick = (e: MouseEvent<HTMLDialogElement>) => {
    if (e.target === e.currentTarget) onClose();
  };

  return {
    dialogRef,
    initialFocusRef,
    dialogProps: {
      ref: dialogRef,
      onKeyDown,
      onCancel,
      onClick: closeOnBackdropClick ? onClick : undefined,
    },
  };
};
