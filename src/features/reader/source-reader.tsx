import { useEffect, useId, useMemo } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import type { Mention } from '../../data/schema';
import { describeEventDates } from '../../shared/date-words';
import { useModalDialog } from '../../ui/use-modal-dialog';
import { ArticleEvidence } from './article-evidence';
import '../../ui/dialog.css';
import './reader.css';

/** The event's mentions grouped by article, articles in the order they first mention it. */
const mentionsByArticle = (mentions: readonly Mention[]): Map<string, Mention[]> => {
  const byArticle = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const list = byArticle.get(mention.articleId);
    if (list) list.push(mention);
    else byArticle.set(mention.articleId, [mention]);
  }
  return byArticle;
};

/**
 * The source reader: a modal dialog showing every article that mentions the event, its text
 * with each evidence sentence marked and each date expression emphasised. Opened and closed
 * through the URL (`?event=ID`), so a link can point at a piece of evidence.
 */
export const SourceReader = ({ eventId }: { eventId: string }) => {
  const { index, view, setView } = useDashboard();
  const close = () => setView({ ...view, event: null });
  // No close on a backdrop click: the reader's content does not fill it edge to edge (paragraph
  // margins), so such a click could not be told from one inside. No `returnFocus`: focus goes back
  // to whatever had it, since the reader opens from the URL as well as from an event's button.
  const { dialogRef, initialFocusRef, dialogProps } = useModalDialog<HTMLButtonElement>({
    onClose: close,
  });
  const headingId = useId();
  const event = useMemo(() => index.events.find((e) => e.id === eventId), [index, eventId]);
  const articles = useMemo(() => [...mentionsByArticle(event?.mentions ?? [])], [event]);

  useEffect(() => {
    dialogRef.current?.querySelector('mark')?.scrollIntoView({ block: 'center' });
  }, [dialogRef, eventId]);

  return (
    <dialog {...dialogProps} className="dialog reader" aria-labelledby={headingId}>
      <header className="dialog-header reader-header">
        <h2 id={headingId}>
          {event ? event.title : 'Event not found'}
          {event && (
            <>
              {/* Heard as "NATO summit, 9–11 July 2024"; the dates are seen on a line of their own. */}
              <span className="visually-hidden">,</span>{' '}
              <span className="reader-dates">{describeEventDates(event)}</span>
            </>
          )}
        </h2>
        <button ref={initialFocusRef} type="button" className="button" onClick={close}>
          Close
        </button>
      </header>
      {!event ? (
        <p className="reader-missing">This event is not in the data.</p>
      ) : (
        articles.map(([articleId, mentions]) => {
          const article = index.articles.get(articleId);
          return article ? (
            <ArticleEvidence
              key={articleId}
              article={article}
              mentions={mentions}
              headingId={`${headingId}-${articleId}`}
            />
          ) : (
            <p key={articleId} className="reader-missing">
              The source article “{articleId}” is not in the data.
            </p>
          );
        })
      )}
    </dialog>
  );
};
