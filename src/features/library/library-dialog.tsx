/**
 * The "Add articles" dialog: files or pasted text in, per-file messages out, the list of added
 * articles, and export, import and reset of the dataset. Loaded only when the button is pressed.
 */
import {
  useId,
  type DragEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import { AddedArticles } from './added-articles';
import { DatasetTools } from './dataset-tools';
import { FilePicker } from './file-picker';
import { LibraryReport } from './library-report';
import { PasteForm } from './paste-form';
import { useLibrary } from './use-library';
import { useModal } from './use-modal';
import './library.css';

const LibraryDialog = ({
  onClose,
  returnFocus,
}: {
  onClose: () => void;
  returnFocus: RefObject<HTMLElement | null>;
}) => {
  const id = useId();
  const { dialogRef, initialFocusRef } = useModal<HTMLButtonElement>(returnFocus);
  const library = useLibrary();

  // Esc on keydown works the same with and without native showModal() (jsdom).
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onClose();
  };
  const onCancel = (e: SyntheticEvent<HTMLDialogElement>) => {
    e.preventDefault();
    onClose();
  };
  // A click on the backdrop lands on the <dialog> itself; its content fills it edge to edge.
  const onClick = (e: MouseEvent<HTMLDialogElement>) => {
    if (e.target === e.currentTarget) onClose();
  };
  // A file dropped beside the drop zone would make the browser open it in place of the app.
  const refuseDrop = (e: DragEvent<HTMLDialogElement>) => {
    if (e.defaultPrevented) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'none';
  };

  return (
    <dialog
      ref={dialogRef}
      className="library-dialog"
      aria-labelledby={`${id}-title`}
      aria-busy={library.busy}
      onKeyDown={onKeyDown}
      onCancel={onCancel}
      onClick={onClick}
      onDragOver={refuseDrop}
      onDrop={refuseDrop}
    >
      <div className="library-dialog-content">
        <header className="library-dialog-header">
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
