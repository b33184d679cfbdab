/** Stub: replaced by its feature. */
export const ExportButton = () => null;
