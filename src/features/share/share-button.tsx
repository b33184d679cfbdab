import { DialogButton } from '../../ui/dialog-button';
import { ShareDialog } from './share-dialog';

/** The toolbar's "Share" button and the share and embed dialog it opens. */
export const ShareButton = () => <DialogButton label="Share" dialog={ShareDialog} />;
