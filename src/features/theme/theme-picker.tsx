/** Stub: replaced by its feature. */
export const ThemePicker = () => null;
