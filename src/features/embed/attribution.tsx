import { Fragment, useMemo } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import { serializeDisplayState, serializeViewState } from '../../app/url-state';
import { useDisplayState } from '../../app/use-view-state';
import { formatDay } from '../../shared/date-words';
import {
  articleDay,
  describeEmbedFilters,
  formatShortDay,
  latestDataDay,
  sourceArticles,
} from './attribution-data';

/** Beyond this many sources the footer says "and N more": it must stay a footer. */
const MAX_SOURCES = 5;

/** The same view in the full dashboard: no embed, no open event. */
const useDashboardHref = (): string => {
  const { view } = useDashboard();
  const [display] = useDisplayState();
  const filters = serializeViewState({ ...view, event: null }, window.location.search);
  const query = serializeDisplayState({ ...display, embed: false, view: 'dashboard' }, filters);
  return `${window.location.pathname}${query}`;
};

/**
 * The embed's small print: the filters in effect, the articles behind the events on show with
 * their dates, the date the data runs to, and a link to the full dashboard, e.g.
 * "Sources: NATO Summit… (6 Jul 2024) · as of 9 July 2024 · Summit Timeline".
 */
export const Attribution = () => {
  const { index, view, result } = useDashboard();
  const href = useDashboardHref();
  const sources = useMemo(() => sourceArticles(index, result.events), [index, result.events]);
  const asOf = useMemo(() => latestDataDay(index.dataset.articles), [index]);
  const filters = describeEmbedFilters(view, index);
  const shown = sources.slice(0, MAX_SOURCES);
  const more = sources.length - shown.length;
  return (
    <footer className="embed-attribution">
      {filters && <p>Filtered by {filters}.</p>}
      <p>
        Sources:{' '}
        {shown.map((article, position) => (
          <Fragment key={article.id}>
            {position > 0 && '; '}
            <cite>{article.title || article.source}</cite> (
            <time dateTime={articleDay(article)}>{formatShortDay(articleDay(article))}</time>
            {!article.published && article.referenceInferred && ', date inferred'})
          </Fragment>
        ))}
        {more > 0 && `; and ${more} more`}
        {asOf && (
          <>
            {' · as of '}
            <time dateTime={asOf}>{formatDay(asOf)}</time>
          </>
        )}
        {' · '}
        <a href={href} target="_blank" rel="noopener">
          Summit Timeline<span className="visually-hidden"> (full dashboard, opens a new tab)</span>
        </a>
      </p>
    </footer>
  );
};
