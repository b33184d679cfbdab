/** Stub: replaced by its feature. */
export const PresentButton = () => null;
