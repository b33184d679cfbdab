/**
 * The dataset as a JSON file: what "Export dataset (JSON)" writes and "Import dataset" reads. The
 * format is the Dataset schema, the same as dataset.json and the output of `npm run extract`.
 */
import { datasetSchema, describeSchemaError, type Dataset } from '../../data/schema';

export const EXPORT_FILE_NAME = 'summit-timeline-dataset.json';

/** Bigger than any dataset of news articles the app can show comfortably. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

// Article text may quote markup ("<script>…"): written as \u003c etc., the JSON means the same
// but holds no tag a browser or an HTML-embedding tool could ever run.
const UNSAFE_IN_HTML = /[<>&\u2028\u2029]/g;
const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The JSON text of a dataset; exporting what was imported gives the same text again. */
export const datasetJson = (dataset: Dataset): string =>
  JSON.stringify(dataset).replace(UNSAFE_IN_HTML, escapeChar);

export type ParsedDatasetFile = { ok: true; dataset: Dataset } | { ok: false; problem: string };

/** Parses and validates an imported file's text; the problem names the file and what is wrong. */
export const parseDatasetJson = (fileName: string, text: string): ParsedDatasetFile => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `${fileName} is not valid JSON (${reason})` };
  }
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problem: `${fileName} is not a Summit Timeline dataset: ${describeSchemaError(parsed.error)}`,
    };
  }
  return { ok: true, dataset: parsed.data };
};

/** Reads an imported file; files too big to be a dataset are refused before reading. */
export const readDatasetFile = async (file: File): Promise<ParsedDatasetFile> => {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      problem: `${file.name} is ${(file.size / (1024 * 1024)).toFixed(0)} MB, over the ${MAX_IMPORT_BYTES / (1024 * 1024)} MB limit for an imported dataset`,
    };
  }
  if (file.size === 0) return { ok: false, problem: `${file.name} is empty` };
  return parseDatasetJson(file.name, await file.text());
};
