import type { TooltipContentProps } from 'recharts';
import type { TopicFrequency } from '../../shared/filter-events';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The hovered bar's topic with both of its numbers. It looks the row up by the category (the
 * topic id) rather than reading recharts' untyped payload.
 */
export const TopicTooltip = ({
  active,
  label,
  rows,
}: Pick<TooltipContentProps, 'active' | 'label'> & { rows: readonly TopicFrequency[] }) => {
  const row = active ? rows.find((r) => r.topic === label) : undefined;
  if (!row) return null;
  return (
    <div className="topic-tooltip">
      <strong>{row.label}</strong>
      <br />
      {plural(row.mentions, 'mention')} in {plural(row.events, 'event')}
    </div>
  );
};
