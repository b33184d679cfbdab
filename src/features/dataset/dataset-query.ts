/** The one place the dataset's query key and loader are defined. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchDataset } from './fetch-dataset';

export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset'],
    queryFn: ({ signal }) => fetchDataset(signal),
    // The dataset is built once per deploy: it never goes stale while the page is open.
    staleTime: Infinity,
  });

/** The dataset query for components. */
export const useDataset = () => useQuery(datasetQueryOptions());
