/**
 * The dataset inlined into the offline single-file build: written by the build (Node) as a
 * `<script type="application/json">` element, read back by the app (browser). No Node, no React:
 * both sides import this file.
 *
 * Article text is data, never markup: the JSON is parsed from the element's text, never run or
 * inserted as HTML, and every "<" in it is escaped so that no "</script>" or "<!--" in an
 * article can end the element early or change how the HTML parser reads the rest of the page.
 */

/** The id of the element holding the inlined dataset. */
export const INLINE_DATASET_ID = 'summit-timeline-dataset';

/**
 * JSON text made safe to sit inside a `<script>` element: every "<" becomes the JSON escape
 * "\u003c", which `JSON.parse` reads back as "<". In JSON a "<" can only occur inside a string,
 * so the escape never changes the value. U+2028/U+2029 are escaped too, for tools that read the
 * element's text as JavaScript.
 */
export const escapeJsonForScript = (json: string): string =>
  json.replace(
    /[<\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** The `<script type="application/json">` element holding `json` (the dataset's JSON text). */
export const inlineDatasetElement = (json: string): string =>
  `<script type="application/json" id="${INLINE_DATASET_ID}">${escapeJsonForScript(json)}</script>`;

/**
 * The JSON text of the dataset inlined into `doc` (the element's text: "\u003c" escapes and all,
 * for `JSON.parse`); `undefined` when the page has no inlined dataset.
 */
export const inlineDatasetText = (doc: Document): string | undefined => {
  const element = doc.getElementById(INLINE_DATASET_ID);
  const isJsonScript =
    element?.tagName === 'SCRIPT' && element.getAttribute('type') === 'application/json';
  return isJsonScript ? (element.textContent ?? '') : undefined;
};
