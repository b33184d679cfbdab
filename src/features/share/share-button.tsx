/** Stub: replaced by its feature. */
export const ShareButton = () => null;
