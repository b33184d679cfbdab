/**
 * The one place the dataset's query key and loader are defined. The dataset the app shows is the
 * default corpus (dataset.json) combined with the reader's own articles, if any (the library
 * feature, loaded lazily next to the fetch so it adds no first-load JavaScript).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchDataset } from '../features/dataset/fetch-dataset';

export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset'],
    queryFn: async ({ signal }) => {
      // The offline single file shows the corpus it was built with: no library, and (the mode
      // being a build-time constant) none of its code in the file.
      if (import.meta.env.MODE === 'offline') return fetchDataset(signal);
      const library = import('../features/library/effective-dataset');
      // Started now, in parallel with the library's code; unused when an import replaced it.
      const defaultDataset = fetchDataset(signal);
      defaultDataset.catch(() => undefined);
      return (await library).loadEffectiveDataset(() => defaultDataset);
    },
    // Only the library changes it while the page is open, and it writes the new data itself.
    staleTime: Infinity,
  });

/** Loads the default corpus alone: the base the library combines added articles with. */
export const loadDefaultDataset = () => fetchDataset();

/** The dataset query for components. */
export const useDataset = () => useQuery(datasetQueryOptions());
