/** Loads the Dataset the build emitted and checks it against the schema. No React. */
import { datasetSchema, describeSchemaError, type Dataset } from '../../data/schema';

export const DATASET_URL = `${import.meta.env.BASE_URL}dataset.json`;

/** Fetches and validates dataset.json; throws an Error that says what was wrong. */
export const fetchDataset = async (signal?: AbortSignal): Promise<Dataset> => {
  const response = await fetch(DATASET_URL, signal ? { signal } : {});
  if (!response.ok) throw new Error(`dataset.json could not be loaded (HTTP ${response.status})`);
  const json: unknown = await response.json();
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`dataset.json is not a valid dataset: ${describeSchemaError(parsed.error)}`);
  }
  return parsed.data;
};
