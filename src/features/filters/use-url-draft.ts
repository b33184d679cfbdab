/**
 * A form field's own copy of a value that lives in the URL. It may run ahead of the URL while the
 * user edits (a query waiting for its debounce, a half-typed date), and it snaps back to the URL
 * whenever the URL changes for another reason (Back, Forward, "Clear all filters").
 */
import { useState, type Dispatch, type SetStateAction } from 'react';

const same = (draft: string, url: string): boolean => draft === url;

/** [draft, setDraft] following `urlValue`; `matches` says when a draft already is the URL value. */
export const useUrlDraft = (
  urlValue: string,
  matches: (draft: string, url: string) => boolean = same,
): [string, Dispatch<SetStateAction<string>>] => {
  const [draft, setDraft] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  // Adjusting state during render (not in an effect) avoids a frame showing the stale draft.
  if (urlValue !== seen) {
    setSeen(urlValue);
    // Our own commit arrives as a URL change too: it must not overwrite what was typed since.
    if (!matches(draft, urlValue)) setDraft(urlValue);
  }
  return [draft, setDraft];
};
