import type { EmbedView } from '../../app/url-state';

/** Stub: replaced by the embed feature. */
export const EmbedLayout = ({ view }: { view: EmbedView }) => <main data-view={view} />;
