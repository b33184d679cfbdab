/** Storage failures in words: a full disk is something the user can act on, so it is named. */

/** Whether `error` is the browser refusing to store more (IndexedDB's QuotaExceededError). */
export const isQuotaError = (error: unknown): boolean =>
  // DOMException is not an Error subclass in every environment: look at the name alone.
  typeof error === 'object' &&
  error !== null &&
  'name' in error &&
  error.name === 'QuotaExceededError';

/** A sentence for a failed library change, e.g. "Nothing was added: this browser's storage is full …". */
export const describeFailure = (what: string, error: unknown): string => {
  if (isQuotaError(error)) {
    return `${what}: this browser's storage for the site is full (QuotaExceededError). Remove added articles or free some disk space, then try again.`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `${what}: ${reason}`;
};
