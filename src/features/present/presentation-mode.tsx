/** Stub: replaced by the presentation feature. */
const PresentationMode = () => null;
export default PresentationMode;
