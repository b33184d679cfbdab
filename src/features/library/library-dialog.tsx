/**
 * The "Add articles" dialog: files or pasted text in, per-file messages out, the list of added
 * articles, and export, import and reset of the dataset. Loaded only when the button is pressed.
 */
import { useId, type DragEvent } from 'react';
import type { OpenedDialogProps } from '../../ui/dialog-button';
import { useModalDialog } from '../../ui/use-modal-dialog';
import { AddedArticles } from './added-articles';
import { DatasetTools } from './dataset-tools';
import { FilePicker } from './file-picker';
import { LibraryReport } from './library-report';
import { PasteForm } from './paste-form';
import { useLibrary } from './use-library';
import '../../ui/dialog.css';
import './library.css';

const LibraryDialog = ({ onClose, returnFocus }: OpenedDialogProps) => {
  const id = useId();
  const { initialFocusRef, dialogProps } = useModalDialog<HTMLButtonElement>({
    onClose,
    returnFocus,
    closeOnBackdropClick: true,
  });
  const library = useLibrary();

  // A file dropped beside the drop zone would make the browser open it in place of the app.
  const refuseDrop = (e: DragEvent<HTMLDialogElement>) => {
    if (e.defaultPrevented) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'none';
  };

  return (
    <dialog
      {...dialogProps}
      className="dialog library-dialog"
      aria-labelledby={`${id}-title`}
      aria-busy={library.busy}
      onDragOver={refuseDrop}
      onDrop={refuseDrop}
    >
      <div className="dialog-content">
        <header className="dialog-header">
          <h2 id={`${id}-title`}>Add articles</h2>
          <button ref={initialFocusRef} type="button" className="button" onClick={onClose}>
            Close
          </button>
        </header>
        <p className="library-note">
          New articles are read in the background and their events join the timeline, the chart and
          the partner cards. The default corpus itself is never changed.
        </p>
        <FilePicker disabled={library.busy} onFiles={(files) => void library.addFiles(files)} />
        <PasteForm disabled={library.busy} onAdd={library.addPasted} />
        <LibraryReport progress={library.progress} report={library.report} />
        <AddedArticles
          view={library.view}
          disabled={library.busy}
          onRemove={(articleId) => void library.remove(articleId)}
        />
        <DatasetTools library={library} />
      </div>
    </dialog>
  );
};

export default LibraryDialog;
