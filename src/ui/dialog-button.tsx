import { Suspense, useRef, useState, type ComponentType, type RefObject } from 'react';

/** What a dialog opened by a DialogButton is given: how to close, and where focus goes back. */
export interface OpenedDialogProps {
  onClose: () => void;
  returnFocus: RefObject<HTMLElement | null>;
}

/**
 * A toolbar button that opens a dialog, e.g. `<DialogButton label="Share" dialog={ShareDialog} />`:
 * the dialog is rendered only while open, and gets the button as the element to focus on close.
 * The dialog may be lazy: "Opening…" is announced while its code loads.
 */
export const DialogButton = ({
  label,
  dialog: Dialog,
}: {
  label: string;
  dialog: ComponentType<OpenedDialogProps>;
}) => {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && (
        <Suspense fallback={<span role="status">Opening…</span>}>
          <Dialog onClose={() => setOpen(false)} returnFocus={buttonRef} />
        </Suspense>
      )}
    </>
  );
};
