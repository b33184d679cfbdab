/**
 * Presentation mode (`?present=1&step=3`): the filtered events one per screen in date order, in
 * large type for a projector. The step lives in the URL (replaced, not pushed, as it changes), so
 * a link opens on the same slide; Esc, leaving full screen or "Exit" go back to the dashboard.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import { useDisplayState } from '../../app/use-view-state';
import { EventSlide } from './event-slide';
import { useFullscreenWhilePresenting } from './fullscreen';
import { clampStep } from './slide-keys';
import { useSlideKeys } from './use-slide-keys';
import './present.css';

const PresentationMode = () => {
  const { result } = useDashboard();
  const [display, setDisplay] = useDisplayState();
  const mainRef = useRef<HTMLElement>(null);
  const total = result.events.length;
  const step = clampStep(display.step, total);
  const event = result.events[step - 1];

  const goTo = useCallback(
    (target: number) => {
      if (target !== display.step) setDisplay({ ...display, step: target }, true);
    },
    [display, setDisplay],
  );
  // A history entry, as entering was: Back returns to the slide that was showing.
  const exit = useCallback(
    () => setDisplay({ ...display, present: false, step: 1 }),
    [display, setDisplay],
  );
  useSlideKeys(step, total, goTo, exit);
  useFullscreenWhilePresenting(exit);

  // A step past the end (an old link, a narrower filter) shows the last event; the URL follows.
  useEffect(() => {
    if (total > 0) goTo(step);
  }, [goTo, step, total]);

  // Focus starts on the slide, not on the body left behind by the vanished Present button.
  useEffect(() => {
    mainRef.current?.focus({ preventScroll: true });
  }, []);

  const percent = total > 0 ? Math.round((step / total) * 100) : 0;
  return (
    <div className="present">
      <header className="present-bar">
        <p className="present-brand">Summit Timeline</p>
        {event && (
          <p className="present-counter" aria-live="polite" aria-atomic="true">
            {step} / {total}
            <span className="visually-hidden">: {event.title}</span>
          </p>
        )}
        <button
          type="button"
          className="button present-exit"
          aria-keyshortcuts="Escape"
          onClick={exit}
        >
          Exit presentation <kbd aria-hidden="true">Esc</kbd>
        </button>
      </header>
      <main ref={mainRef} className="present-main" tabIndex={-1}>
        {event ? (
          <EventSlide key={event.id} event={event} />
        ) : (
          <div className="slide slide-empty">
            <h1 className="slide-title">No events to present</h1>
            <p>No event matches the current filters. Change or clear them on the dashboard.</p>
            <button type="button" className="button button-primary" onClick={exit}>
              Back to the dashboard
            </button>
          </div>
        )}
      </main>
      {event && (
        <nav className="present-controls" aria-label="Slides">
          <button
            type="button"
            className="button"
            aria-disabled={step <= 1}
            aria-keyshortcuts="ArrowLeft"
            onClick={() => goTo(clampStep(step - 1, total))}
          >
            <span aria-hidden="true">← </span>Previous
          </button>
          <div
            className="present-progress"
            role="progressbar"
            aria-label="Progress"
            aria-valuemin={1}
            aria-valuemax={total}
            aria-valuenow={step}
            aria-valuetext={`Event ${step} of ${total}`}
          >
            <div className="present-progress-fill" style={{ inlineSize: `${percent}%` }} />
          </div>
          <button
            type="button"
            className="button"
            aria-disabled={step >= total}
            aria-keyshortcuts="ArrowRight Space"
            onClick={() => goTo(clampStep(step + 1, total))}
          >
            Next<span aria-hidden="true"> →</span>
          </button>
        </nav>
      )}
    </div>
  );
};

export default PresentationMode;
