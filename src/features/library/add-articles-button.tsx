import { lazy, Suspense, useRef, useState } from 'react';

// The dialog, IndexedDB and the extraction code load on the first click, not with the page.
// Marked pure so that a bundle which never renders the button (the offline file) drops it all.
const LibraryDialog = /* @__PURE__ */ lazy(() => import('./library-dialog'));

/** The toolbar's "Add articles" button and the dialog it opens. */
export const AddArticlesButton = () => {
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
        Add articles
      </button>
      {open && (
        <Suspense fallback={<span role="status">Opening…</span>}>
          <LibraryDialog onClose={() => setOpen(false)} returnFocus={buttonRef} />
        </Suspense>
      )}
    </>
  );
};
