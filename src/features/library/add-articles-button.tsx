import { lazy } from 'react';
import { DialogButton } from '../../ui/dialog-button';

// The dialog, IndexedDB and the extraction code load on the first click, not with the page.
// Marked pure so that a bundle which never renders the button (the offline file) drops it all.
const LibraryDialog = /* @__PURE__ */ lazy(() => import('./library-dialog'));

/** The toolbar's "Add articles" button and the dialog it opens. */
export const AddArticlesButton = () => <DialogButton label="Add articles" dialog={LibraryDialog} />;
