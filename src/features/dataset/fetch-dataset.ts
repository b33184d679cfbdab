/** Loads the Dataset the build emitted and checks it against the schema. No React. */
import { datasetSchema, describeSchemaError, type Dataset } from '../../data/schema';
import { inlineDatasetText } from '../../build/inline-dataset';

export const DATASET_URL = `${import.meta.env.BASE_URL}dataset.json`;

/**
 * The offline single-file build's stand-in for the dataset.json response: the JSON inlined in
 * the page (that file must make no request at all).
 */
const inlineDatasetResponse = (): Response => {
  const text = inlineDatasetText(document);
  if (text === undefined) throw new Error('this offline file has no dataset inside it');
  return new Response(text, { headers: { 'Content-Type': 'application/json' } });
};

/**
 * Fetches and validates dataset.json; throws an Error that says what was wrong. The mode is a
 * build-time constant: only the offline build reads the inlined dataset, and the online bundle
 * carries no trace of it.
 */
export const fetchDataset = async (signal?: AbortSignal): Promise<Dataset> => {
  const response =
    import.meta.env.MODE === 'offline'
      ? inlineDatasetResponse()
      : await fetch(DATASET_URL, signal ? { signal } : {});
  if (!response.ok) throw new Error(`dataset.json could not be loaded (HTTP ${response.status})`);
  const json: unknown = await response.json();
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`dataset.json is not a valid dataset: ${describeSchemaError(parsed.error)}`);
  }
  return parsed.data;
};
