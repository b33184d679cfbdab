import { useEffect, useId, useMemo, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import type { Mention } from '../../data/schema';
import { describeEventDates } from '../../shared/date-words';
import { ArticleEvidence } from './article-evidence';
import { useModalDialog } from './use-modal-dialog';
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
  const { dialogRef, initialFocusRef } = useModalDialog<HTMLButtonElement>();
  const headingId = useId();
  const event = useMemo(() => index.events.find((e) => e.id === eventId), [index, eventId]);
  const articles = useMemo(() => [...mentionsByArticle(event?.mentions ?? [])], [event]);

  const close = () => setView({ ...view, event: null });
  // Esc is handled on keydown so it works the same with and without native showModal().
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    close();
  };
  const onCancel = (e: SyntheticEvent<HTMLDialogElement>) => {
    // Other close requests (e.g. Android's back gesture): go through the URL too.
    e.preventDefault();
    close();
  };

  useEffect(() => {
    dialogRef.current?.querySelector('mark')?.scrollIntoView({ block: 'center' });
  }, [dialogRef, eventId]);

  return (
    <dialog
      ref={dialogRef}
      className="reader"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      onCancel={onCancel}
    >
      <header className="reader-header">
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
