import { useId, useState, type ChangeEvent, type DragEvent } from 'react';

/** What the file input offers; a dropped file of another kind is refused with a message. */
export const ARTICLE_ACCEPT = '.txt,.md,.html,.htm,text/plain,text/markdown,text/html';

/**
 * Picking or dropping article files. The drop zone holds an ordinary file input, so keyboard and
 * screen-reader users have the same way in.
 */
export const FilePicker = ({
  disabled,
  onFiles,
}: {
  disabled: boolean;
  onFiles: (files: File[]) => void;
}) => {
  const id = useId();
  const [over, setOver] = useState(false);

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.currentTarget.files ?? [])];
    // Cleared so that picking the same file again (after removing it) fires a change.
    e.currentTarget.value = '';
    if (files.length > 0) onFiles(files);
  };
  const onDragOver = (e: DragEvent<HTMLElement>) => {
    // Without preventDefault the browser would open the dropped file in place of the app.
    e.preventDefault();
    e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (!disabled && files.length > 0) onFiles(files);
  };

  return (
    <section className="library-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add files</h3>
      <div
        className={over ? 'library-drop library-drop-over' : 'library-drop'}
        onDragOver={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p id={`${id}-hint`}>
          Drop .txt, .md or .html files here, or choose them. Up to 5 MB each.
        </p>
        <label htmlFor={`${id}-input`}>Choose article files</label>
        <input
          id={`${id}-input`}
          type="file"
          multiple
          accept={ARTICLE_ACCEPT}
          aria-describedby={`${id}-hint`}
          disabled={disabled}
          onChange={onChange}
        />
      </div>
    </section>
  );
};
