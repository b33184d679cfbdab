import { useMemo } from 'react';
import type { DatasetArticle, Mention } from '../../data/schema';
import { formatDay } from '../../shared/date-words';
import { evidenceMarks, evidenceParagraphs, type EvidenceRun } from './evidence-text';

const dating = (article: DatasetArticle): string => {
  if (article.published) return `Published ${formatDay(article.published)}`;
  const kind = article.referenceInferred ? 'inferred reference date' : 'reference date';
  return `No publication date; ${kind}: ${formatDay(article.referenceDate)} — ${article.referenceReason}`;
};

// Every run is a React text child: article text is never parsed as HTML.
const Run = ({ run }: { run: EvidenceRun }) =>
  run.kind === 'text' ? (
    run.text
  ) : (
    <mark className="evidence">
      {run.runs.map((part, i) =>
        part.isDate ? (
          <em key={i} className="evidence-date">
            {part.text}
          </em>
        ) : (
          part.text
        ),
      )}
    </mark>
  );

/** One source article in the reader: its title, file, dating, and its text with evidence marked. */
export const ArticleEvidence = ({
  article,
  mentions,
  headingId,
}: {
  article: DatasetArticle;
  mentions: readonly Mention[];
  headingId: string;
}) => {
  const paragraphs = useMemo(
    () => evidenceParagraphs(article.text, evidenceMarks(mentions, article.text.length)),
    [article.text, mentions],
  );
  return (
    <article className="reader-article" aria-labelledby={headingId}>
      <header className="reader-article-header">
        <h3 id={headingId}>{article.title || article.source}</h3>
        <p className="reader-article-meta">
          <span className="reader-source">{article.source}</span>
          <span> · </span>
          <span>{dating(article)}</span>
        </p>
        <p className="reader-article-meta">
          {mentions.length} mention{mentions.length === 1 ? '' : 's'} of this event, highlighted
          below
        </p>
      </header>
      <div className="reader-text">
        {paragraphs.map((paragraph) => (
          <p key={paragraph.start}>
            {paragraph.runs.map((run) => (
              <Run key={run.start} run={run} />
            ))}
          </p>
        ))}
      </div>
    </article>
  );
};
