import { useRef, type ReactNode } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import type { EmbedView } from '../../app/url-state';
import { Attribution } from './attribution';
import { describeEmbedFilters } from './attribution-data';
import { usePostHeight } from './use-post-height';
import './embed.css';

/** The dashboard's panels, rendered by the app (features do not import each other). */
export interface EmbedPanels {
  timeline: ReactNode;
  topics: ReactNode;
  partners: ReactNode;
}

const VIEW_NAMES: Record<EmbedView, string> = {
  timeline: 'timeline',
  topics: 'topic frequency',
  partners: 'partners',
  dashboard: 'timeline, topics and partners',
};

/**
 * One view for an iframe (`?embed=1&view=…`): no header or filter bar, compact spacing on the
 * theme's surface, an attribution footer, and the content height posted to the host page.
 * `reader` is the source reader while an event is open; it works inside the frame as on the page.
 */
export const EmbedLayout = ({
  view,
  panels,
  reader,
}: {
  view: EmbedView;
  panels: EmbedPanels;
  reader?: ReactNode;
}) => {
  const { index, view: filters } = useDashboard();
  const rootRef = useRef<HTMLDivElement>(null);
  usePostHeight(rootRef);
  const described = describeEmbedFilters(filters, index);
  return (
    <div ref={rootRef} className="embed" data-view={view}>
      <main className={view === 'dashboard' ? 'embed-main embed-dashboard' : 'embed-main'}>
        {/* Hidden: the host page has its own heading, but the frame's document needs one too. */}
        <h1 className="visually-hidden">
          Summit Timeline: {VIEW_NAMES[view]}
          {described && ` (${described})`}
        </h1>
        {view === 'dashboard' ? (
          <>
            {panels.timeline}
            <div className="side">
              {panels.topics}
              {panels.partners}
            </div>
          </>
        ) : (
          panels[view]
        )}
      </main>
      <Attribution />
      {reader}
    </div>
  );
};
