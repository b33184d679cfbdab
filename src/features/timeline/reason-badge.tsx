import { useId, useState } from 'react';

type Display = 'auto' | 'pinned' | 'dismissed';

/**
 * A small badge ("approx.", "inferred") whose reason appears as a tooltip on hover and on
 * keyboard focus, and is the badge's accessible description. It is a button so that keyboard
 * and touch users can reach it: a click pins the tooltip open, Escape dismisses it (WCAG 1.4.13).
 */
export const ReasonBadge = ({
  label,
  reason,
  tone,
}: {
  label: string;
  reason: string;
  tone: 'approximate' | 'inferred';
}) => {
  const tipId = useId();
  const [display, setDisplay] = useState<Display>('auto');
  return (
    <span
      className={`reason-badge reason-badge-${tone}`}
      data-display={display}
      onMouseLeave={() => setDisplay('auto')}
    >
      <button
        type="button"
        className="reason-badge-button"
        aria-describedby={tipId}
        onClick={() => setDisplay((d) => (d === 'pinned' ? 'dismissed' : 'pinned'))}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDisplay('dismissed');
        }}
        onBlur={() => setDisplay('auto')}
      >
        {label}
      </button>
      <span role="tooltip" id={tipId} className="reason-badge-tip">
        {reason}
      </span>
    </span>
  );
};
