import { useId } from 'react';
import type { LibraryView } from './library-view';

const formatTime = (ms: number): string =>
  new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Where the timeline's data comes from, and the articles added on top, each removable. */
export const AddedArticles = ({
  view,
  disabled,
  onRemove,
}: {
  view: LibraryView | null;
  disabled: boolean;
  onRemove: (id: number) => void;
}) => {
  const id = useId();
  return (
    <section className="library-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Your articles</h3>
      {view?.problem && <p className="library-error">{view.problem}</p>}
      <p className="library-note">
        {view?.imported
          ? `Based on the dataset imported from ${view.imported.fileName} on ${formatTime(view.imported.importedAt)} (${view.imported.articles} articles).`
          : 'Based on the default corpus.'}{' '}
        Added articles are stored in this browser only.
      </p>
      {view === null ? (
        <p role="status">Loading your articles…</p>
      ) : view.added.length === 0 ? (
        <p>No articles added yet.</p>
      ) : (
        <ul className="library-articles">
          {view.added.map((article) => (
            <li key={article.id}>
              <span className="library-article-name">{article.source}</span>{' '}
              <span className="library-note">added {formatTime(article.addedAt)}</span>
              <button
                type="button"
                className="button"
                disabled={disabled}
                // The visible word starts the name (WCAG label in name); the file says which.
                aria-label={`Remove ${article.source}`}
                onClick={() => onRemove(article.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
