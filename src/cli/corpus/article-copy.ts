/** Everything a layout needs to print one story, whatever the outlet's house style. */
import type { Paragraph } from './paragraphs';
import type { Story } from './story';

export interface ArticleCopy {
  story: Story;
  title: string;
  standfirst: string;
  lead: string;
  paragraphs: Paragraph[];
  /** One or two reporters. */
  byline: string[];
  /** Minutes into the publication day the story went out, for timestamps. */
  minutesOfDay: number;
}

/** "4 min read", from about 230 words a minute. */
export const readingTime = (copy: ArticleCopy): string => {
  const words = [copy.lead, ...copy.paragraphs.map((p) => p.text)].join(' ').split(/\s+/).length;
  return `${Math.max(1, Math.round(words / 230))} min read`;
};

/** The paragraphs as plain text blocks, a heading (when `withHeadings`) as its own block. */
export const bodyBlocks = (copy: ArticleCopy, withHeadings: boolean): string[] =>
  copy.paragraphs.flatMap((p) => (withHeadings && p.heading ? [p.heading, p.text] : [p.text]));
