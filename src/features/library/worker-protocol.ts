/** The messages between the page and the extraction worker; `id` pairs a reply with its request. */
import type { ArticleInput } from '../../data/dataset';
import type { Dataset } from '../../data/schema';
import type { ReadOutcome, ReadProgress } from './library-types';

export type WorkerRequest =
  | { id: number; kind: 'read'; files: File[] }
  | { id: number; kind: 'build'; inputs: ArticleInput[] };

export type WorkerResponse =
  | { id: number; kind: 'progress'; progress: ReadProgress }
  | { id: number; kind: 'read'; outcomes: ReadOutcome[] }
  | { id: number; kind: 'built'; dataset: Dataset }
  | { id: number; kind: 'failed'; message: string };
