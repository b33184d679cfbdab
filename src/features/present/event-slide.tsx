import { useMemo } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import type { DatasetArticle, DatasetEvent } from '../../data/schema';
import { describeEventDates, formatDay } from '../../shared/date-words';
import { Flag } from '../../ui/flag';
import { slideEvidence, type QuoteRun } from './evidence-quotes';

/** How many evidence sentences a slide quotes: more would not fit large type on one screen. */
const QUOTES_PER_SLIDE = 2;

const dating = (article: DatasetArticle): string =>
  article.published ? `published ${formatDay(article.published)}` : 'no publication date';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

// Every run is a React text child: article text is never parsed as HTML.
const Quote = ({ runs }: { runs: readonly QuoteRun[] }) => (
  <p>
    “
    {runs.map((run, i) =>
      run.isDate ? (
        <mark key={i} className="slide-date-text">
          {run.text}
        </mark>
      ) : (
        run.text
      ),
    )}
    ”
  </p>
);

/**
 * One event as a slide: its title (the page's h1), dates in words, countries and topics, and up
 * to two evidence sentences with their date expressions marked and their sources named.
 */
export const EventSlide = ({ event }: { event: DatasetEvent }) => {
  const { index } = useDashboard();
  const evidence = useMemo(() => slideEvidence(event.mentions, QUOTES_PER_SLIDE), [event]);
  return (
    <article className="slide">
      <h1 className="slide-title">{event.title}</h1>
      <p className="slide-dates">
        {describeEventDates(event)}
        {event.inferred && (
          <span className="slide-inferred"> (dated from context: a source has no date)</span>
        )}
      </p>
      {(event.countries.length > 0 || event.topics.length > 0) && (
        <ul className="slide-tags" aria-label="Countries and topics">
          {event.countries.map((code) => {
            const name = index.countries.get(code)?.name ?? code;
            return (
              <li key={code} className="slide-tag">
                <Flag code={code} name={name} decorative /> {name}
              </li>
            );
          })}
          {event.topics.map((topic) => (
            <li key={topic} className="slide-tag slide-topic">
              {index.topicLabels.get(topic) ?? topic}
            </li>
          ))}
        </ul>
      )}
      {evidence.quotes.map((quote) => {
        const article = index.articles.get(quote.articleId);
        return (
          <figure key={`${quote.articleId}:${quote.start}`} className="slide-quote">
            <blockquote>
              <Quote runs={quote.runs} />
            </blockquote>
            <figcaption>
              — <cite>{article ? article.title || article.source : quote.articleId}</cite>
              {article && `, ${dating(article)}`}
            </figcaption>
          </figure>
        );
      })}
      {evidence.sentences > evidence.quotes.length && (
        <p className="slide-more">
          {plural(evidence.sentences, 'evidence sentence')} from{' '}
          {plural(evidence.articles, 'article')} in all
        </p>
      )}
    </article>
  );
};
