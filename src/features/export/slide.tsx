/**
 * The exported slide: 1920×1080 CSS pixels laid out for a projector — title and filters, the
 * events beside the topic chart, and the sources with an "as of" stamp. Light colours whatever
 * the dashboard's theme: slide decks are light, and the export must not depend on the theme.
 */
import type { TopicFrequency } from '../../shared/filter-events';
import { Flag } from '../../ui/flag';
import { SlideChart } from './slide-chart';
import type { SlideContent } from './slide-content';
import type { SlideEvent } from './slide-events';
import './slide.css';

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

/** The chart's box on the slide (see .slide-topics in slide.css). */
const CHART_WIDTH = 560;
const CHART_MAX_HEIGHT = 540;

/** Rows as tall as the box allows up to 56px, so that a few topics do not leave it empty. */
const chartHeight = (rows: number): number =>
  Math.min(56, Math.floor(CHART_MAX_HEIGHT / Math.max(1, rows))) * Math.max(1, rows);

const CERTAINTY_WORDS: Record<SlideEvent['certainty'], string | null> = {
  exact: null,
  approximate: 'approximate',
  inferred: 'inferred date',
};

const SlideEventItem = ({ event }: { event: SlideEvent }) => {
  const certainty = CERTAINTY_WORDS[event.certainty];
  return (
    <li className="slide-event" data-certainty={event.certainty}>
      <div className="slide-event-when">
        <p className="slide-event-dates">{event.dates}</p>
        <p className="slide-event-evidence">
          {certainty && <span className="slide-event-certainty">{certainty} · </span>}
          {event.evidence}
        </p>
      </div>
      <div className="slide-event-what">
        <p className="slide-event-title">{event.title}</p>
        {event.tags.length + event.moreTags > 0 && (
          <p className="slide-event-tags">
            {event.tags.map((tag) =>
              tag.kind === 'topic' ? (
                <span key={`topic:${tag.id}`} className="slide-chip">
                  {tag.label}
                </span>
              ) : (
                <span key={`country:${tag.id}`} className="slide-country">
                  <Flag code={tag.id} name={tag.label} decorative /> {tag.label}
                </span>
              ),
            )}
            {event.moreTags > 0 && <span className="slide-more-tags">+{event.moreTags} more</span>}
          </p>
        )}
      </div>
    </li>
  );
};

export interface SlideProps {
  content: SlideContent;
  /** Topic frequencies of the view's events, most mentioned first. */
  topics: readonly TopicFrequency[];
  activeTopics: readonly string[];
}

/** The slide of one view; `content` comes from buildSlideContent. */
export const Slide = ({ content, topics, activeTopics }: SlideProps) => (
  <article
    className="slide"
    data-density={content.density}
    style={{ width: SLIDE_WIDTH, height: SLIDE_HEIGHT }}
  >
    <header className="slide-header">
      <h1 className="slide-title">{content.title}</h1>
      <p className="slide-subtitle">{content.subtitle}</p>
      <p className="slide-filters">
        <span className="slide-label">Filters</span> {content.filters}
      </p>
    </header>
    <div className="slide-body">
      <section className="slide-timeline">
        <h2 className="slide-heading">Events</h2>
        {content.events.length === 0 ? (
          <p className="slide-empty">No events match these filters.</p>
        ) : (
          <ol className="slide-events">
            {content.events.map((event) => (
              <SlideEventItem key={event.id} event={event} />
            ))}
          </ol>
        )}
        {content.moreEvents > 0 && (
          <p className="slide-more">
            and {content.moreEvents} more {content.moreEvents === 1 ? 'event' : 'events'} (the slide
            lists the {content.events.length} with the most sources)
          </p>
        )}
      </section>
      <section className="slide-topics">
        <h2 className="slide-heading">Topic frequency</h2>
        <p className="slide-note">Mentions (evidence sentences) per topic</p>
        {topics.length === 0 ? (
          <p className="slide-empty">No topics under these filters.</p>
        ) : (
          <SlideChart
            rows={topics}
            activeTopics={activeTopics}
            width={CHART_WIDTH}
            height={chartHeight(topics.length)}
          />
        )}
      </section>
    </div>
    <footer className="slide-footer">
      <h2 className="slide-label slide-sources-label">Sources</h2>
      <ul className="slide-sources">
        {content.sources.map((source) => (
          <li key={source.id}>
            <span className="slide-source-title">{source.title}</span>
            <span className="slide-source-date"> — {source.date}</span>
          </li>
        ))}
        {content.moreSources > 0 && (
          <li className="slide-more">
            and {content.moreSources} more {content.moreSources === 1 ? 'article' : 'articles'}
          </li>
        )}
      </ul>
      <p className="slide-stamp">{content.stamp}</p>
    </footer>
  </article>
);
