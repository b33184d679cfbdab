import { useCallback, useState } from 'react';

export type CopyField = HTMLInputElement | HTMLTextAreaElement;

/**
 * Copies a text field's value to the clipboard and says so in `status` (for an aria-live region).
 * Where the clipboard is unavailable — a plain-http intranet page, a denied permission — it
 * selects the field instead, so that Ctrl+C copies it, and says that.
 */
export const useCopy = () => {
  const [status, setStatus] = useState('');
  const copy = useCallback(async (field: CopyField | null, what: string) => {
    if (!field) return;
    try {
      // Absent outside secure contexts: the catch below handles that like a refusal.
      await navigator.clipboard.writeText(field.value);
      setStatus(`${what} copied.`);
    } catch {
      field.focus();
      field.select();
      setStatus(`${what} selected: press Ctrl+C (⌘C on a Mac) to copy it.`);
    }
  }, []);
  return { status, copy };
};
