import { useRef, useState } from 'react';
import { ShareDialog } from './share-dialog';
import './share.css';

/** The toolbar's "Share" button and the share and embed dialog it opens. */
export const ShareButton = () => {
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
        Share
      </button>
      {open && <ShareDialog onClose={() => setOpen(false)} returnFocus={buttonRef} />}
    </>
  );
};
