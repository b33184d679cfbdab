import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { downloadBlob } from '../../ui/download';
import { datasetJson, EXPORT_FILE_NAME } from './dataset-file';
import type { Library } from './use-library';

/** Export and import of the whole dataset as JSON, and the reset to the default corpus. */
export const DatasetTools = ({ library }: { library: Library }) => {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const { busy, view } = library;

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const exportJson = () => {
    const dataset = library.currentDataset();
    if (!dataset) return;
    downloadBlob(new Blob([datasetJson(dataset)], { type: 'application/json' }), EXPORT_FILE_NAME);
  };
  const onImport = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (file) void library.importFile(file);
  };
  const closeConfirmation = () => {
    setConfirming(false);
    // The button that asked is back: focus returns to it, not to the top of the dialog.
    requestAnimationFrame(() => resetRef.current?.focus());
  };
  const reset = () => {
    setConfirming(false);
    void library.reset();
  };
  const added = view?.added.length ?? 0;

  return (
    <section className="library-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Dataset</h3>
      <p className="library-note" id={`${id}-note`}>
        The export holds every article and event on screen. Importing a file replaces the current
        data, added articles included.
      </p>
      <div className="library-tools">
        <button type="button" className="button" disabled={busy} onClick={exportJson}>
          Export dataset (JSON)
        </button>
        <span className="library-import">
          <label htmlFor={`${id}-import`}>Import dataset</label>
          <input
            id={`${id}-import`}
            type="file"
            accept=".json,application/json"
            aria-describedby={`${id}-note`}
            disabled={busy}
            onChange={onImport}
          />
        </span>
      </div>
      {confirming ? (
        <div className="library-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            Remove {added === 1 ? 'the added article' : `all ${added} added articles`}
            {view?.imported ? ' and the imported dataset' : ''} from this browser and show the
            default corpus again?
          </p>
          <button type="button" className="button button-primary" onClick={reset}>
            Yes, reset
          </button>
          <button ref={cancelRef} type="button" className="button" onClick={closeConfirmation}>
            Cancel
          </button>
        </div>
      ) : (
        <div>
          <button
            ref={resetRef}
            type="button"
            className="button"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            Reset to default corpus
          </button>
        </div>
      )}
    </section>
  );
};
