import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import type { EmbedView } from '../../app/url-state';
import { useDisplayState } from '../../app/use-view-state';
import type { OpenedDialogProps } from '../../ui/dialog-button';
import { useModalDialog } from '../../ui/use-modal-dialog';
import { resizeScript } from './resize-script';
import {
  describeUrlFilters,
  EMBED_VIEW_OPTIONS,
  embedSrc,
  embedTitle,
  iframeSnippet,
  viewLink,
} from './share-links';
import { useCopy, type CopyField } from './use-copy';
import '../../ui/dialog.css';
import './share.css';

/**
 * The share and embed dialog: the link to the current view, the iframe code of a chosen view
 * under the current filters, and the host-page script that sizes such iframes. Each with a copy
 * button whose outcome is announced.
 */
export const ShareDialog = ({ onClose, returnFocus }: OpenedDialogProps) => {
  const { view } = useDashboard();
  const [display] = useDisplayState();
  const { initialFocusRef, dialogProps } = useModalDialog<HTMLInputElement>({
    onClose,
    returnFocus,
    closeOnBackdropClick: true,
  });
  const [embedView, setEmbedView] = useState<EmbedView>('timeline');
  const { status, copy } = useCopy();
  const embedCodeRef = useRef<HTMLTextAreaElement>(null);
  const scriptRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const link = viewLink(window.location, view);
  const src = embedSrc(window.location, view, embedView, display.theme);
  const code = iframeSnippet(src, embedTitle(embedView, view));
  const script = resizeScript(window.location.origin);
  const filters = describeUrlFilters(view);

  const selectAll = (e: SyntheticEvent<CopyField>) => e.currentTarget.select();

  return (
    <dialog {...dialogProps} className="dialog share-dialog" aria-labelledby={`${id}-title`}>
      <div className="dialog-content">
        <header className="dialog-header">
          <h2 id={`${id}-title`}>Share and embed</h2>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </header>

        <section className="share-section" aria-labelledby={`${id}-link`}>
          <h3 id={`${id}-link`}>Link to this view</h3>
          <label htmlFor={`${id}-link-field`}>Link</label>
          <div className="share-copy-row">
            <input
              ref={initialFocusRef}
              id={`${id}-link-field`}
              type="text"
              readOnly
              value={link}
              onFocus={selectAll}
            />
            <button
              type="button"
              className="button button-primary"
              onClick={() => void copy(initialFocusRef.current, 'Link')}
            >
              Copy link
            </button>
          </div>
        </section>

        <section className="share-section" aria-labelledby={`${id}-embed`}>
          <h3 id={`${id}-embed`}>Embed in a page or slide</h3>
          <p className="share-note">
            {filters ? `With the current filters (${filters}). ` : 'The whole corpus, unfiltered. '}
            The view shows no header or filter bar, and credits its sources.
          </p>
          <fieldset className="share-views">
            <legend>View to embed</legend>
            {EMBED_VIEW_OPTIONS.map((option) => (
              <label key={option.value}>
                <input
                  type="radio"
                  name={`${id}-view`}
                  value={option.value}
                  checked={embedView === option.value}
                  onChange={() => setEmbedView(option.value)}
                />{' '}
                {option.label}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-code`}>Embed code</label>
          <textarea
            ref={embedCodeRef}
            id={`${id}-code`}
            readOnly
            rows={4}
            value={code}
            onFocus={selectAll}
          />
          <div className="share-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void copy(embedCodeRef.current, 'Embed code')}
            >
              Copy embed code
            </button>
            <a href={src} target="_blank" rel="noopener">
              Preview the embed<span className="visually-hidden"> (opens a new tab)</span>
            </a>
          </div>
        </section>

        <section className="share-section" aria-labelledby={`${id}-script`}>
          <h3 id={`${id}-script`}>Fit the frame to its content</h3>
          <p className="share-note" id={`${id}-script-note`}>
            Add this once to the host page: each embedded view reports its height, and the script
            sets its iframe to it, so the frame never needs a scroll bar.
          </p>
          <label htmlFor={`${id}-script-field`}>Resize script</label>
          <textarea
            ref={scriptRef}
            id={`${id}-script-field`}
            aria-describedby={`${id}-script-note`}
            readOnly
            rows={6}
            value={script}
            onFocus={selectAll}
          />
          <div className="share-actions">
            <button
              type="button"
              className="button"
              onClick={() => void copy(scriptRef.current, 'Resize script')}
            >
              Copy script
            </button>
          </div>
        </section>

        <p className="share-status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </dialog>
  );
};
