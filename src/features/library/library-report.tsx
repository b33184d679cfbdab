import type { LibraryReport as Report } from './use-library';

/**
 * Progress and the outcome of the last change: live regions, so a screen reader hears "Reading 3
 * of 5: foo.txt" and each file's message without leaving the dialog.
 */
export const LibraryReport = ({
  progress,
  report,
}: {
  progress: string;
  report: Report | null;
}) => (
  <div className="library-report">
    <p className="library-progress" role="status">
      {progress}
    </p>
    <div aria-live="polite">
      {report?.summary && <p className="library-summary">{report.summary}</p>}
      {report && report.messages.length > 0 && (
        <ul className="library-messages" aria-label="What happened to each file">
          {report.messages.map((message, i) => (
            <li key={`${i}-${message.name}`} data-kind={message.kind}>
              {message.text}
            </li>
          ))}
        </ul>
      )}
    </div>
    <div role="alert">{report?.error && <p className="library-error">{report.error}</p>}</div>
  </div>
);
