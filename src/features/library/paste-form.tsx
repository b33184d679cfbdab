import { useId, useState, type FormEvent } from 'react';
import type { PastedArticle } from './pasted-article';

const EMPTY: PastedArticle = { title: '', published: '', text: '' };

/** Pasting an article's text, with an optional title and publication date. */
export const PasteForm = ({
  disabled,
  onAdd,
}: {
  disabled: boolean;
  onAdd: (article: PastedArticle) => Promise<boolean>;
}) => {
  const id = useId();
  const [draft, setDraft] = useState<PastedArticle>(EMPTY);
  const set = (field: keyof PastedArticle) => (value: string) =>
    setDraft((d) => ({ ...d, [field]: value }));

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    // Kept when nothing was added, so the text can be fixed rather than pasted again.
    if (await onAdd(draft)) setDraft(EMPTY);
  };

  return (
    <section className="library-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Paste text</h3>
      <form className="library-paste" onSubmit={(e) => void onSubmit(e)}>
        <div className="library-paste-row">
          <label>
            Title (optional)
            <input
              type="text"
              value={draft.title}
              onChange={(e) => set('title')(e.currentTarget.value)}
            />
          </label>
          <label>
            Publication date (optional)
            <input
              type="date"
              value={draft.published}
              onChange={(e) => set('published')(e.currentTarget.value)}
            />
          </label>
        </div>
        <label htmlFor={`${id}-text`}>Article text</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          required
          value={draft.text}
          onChange={(e) => set('text')(e.currentTarget.value)}
        />
        <div>
          <button type="submit" className="button" disabled={disabled}>
            Add pasted text
          </button>
        </div>
      </form>
    </section>
  );
};
