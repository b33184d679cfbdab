/**
 * The per-article stage of extraction spread over worker threads. Articles go out in small
 * chunks, each worker taking the next chunk as soon as it is free (articles vary in length, so
 * fixed shares would leave one core idle), and results are put back in input order so that the
 * corpus-wide stage sees exactly what a single-threaded run would.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { extractArticle, type ArticleInput, type ExtractedArticle } from '../data/index';
import type { ExtractReply, ExtractRequest } from './extract-messages';
import { prepareWorker, type WorkerStarter } from './bundled-worker';

/** Articles per message: small enough to balance the load, large enough that messaging is cheap. */
export const CHUNK_SIZE = 8;

const WORKER_URL = new URL('./extract-worker.ts', import.meta.url);

/**
 * Starts preparing the extraction workers' code (a bundle, built in esbuild's own process), so
 * that it can be under way while the caller reads the corpus.
 */
export const prepareExtractWorkers = (): Promise<WorkerStarter> => prepareWorker(WORKER_URL);

/**
 * Text per worker below which a worker costs more than it saves: bundling the workers' code takes
 * about a second of esbuild's time and each worker about 0.4 s of CPU to load it before it
 * extracts anything, while the pipeline gets through roughly 1 MB a second.
 */
const MIN_CHARS_PER_WORKER = 1024 * 1024;

/** The default worker count: one per core, fewer for a corpus too small to pay for them. */
export const autoWorkers = (inputs: readonly ArticleInput[]): number => {
  const chars = inputs.reduce((n, input) => n + input.text.length, 0);
  return Math.max(1, Math.min(availableParallelism(), Math.floor(chars / MIN_CHARS_PER_WORKER)));
};

/** How many worker threads `requested` becomes for `articles` (never more than there are chunks). */
export const effectiveWorkers = (requested: number, articles: number): number =>
  Math.max(1, Math.min(requested, Math.ceil(articles / CHUNK_SIZE)));

const extractHere = (inputs: readonly ArticleInput[], ids: readonly string[]) =>
  inputs.map((input, i) => extractArticle(input, ids[i]!));

const runPool = (
  inputs: readonly ArticleInput[],
  ids: readonly string[],
  workerCount: number,
  startWorker: WorkerStarter,
): Promise<ExtractedArticle[]> =>
  new Promise((resolve, reject) => {
    const results: ExtractedArticle[] = new Array(inputs.length);
    const workers: Worker[] = [];
    let next = 0;
    let pending = 0;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const send = (worker: Worker): void => {
      if (next >= inputs.length) {
        if (pending === 0) finish();
        return;
      }
      const first = next;
      next = Math.min(inputs.length, next + CHUNK_SIZE);
      pending += 1;
      const request: ExtractRequest = {
        first,
        inputs: inputs.slice(first, next),
        ids: ids.slice(first, next),
      };
      worker.postMessage(request);
    };
    for (let w = 0; w < workerCount; w += 1) {
      const worker = startWorker();
      workers.push(worker);
      worker.on('message', (reply: ExtractReply) => {
        pending -= 1;
        if ('failed' in reply) {
          finish(new Error(`extracting ${reply.failed.source} failed: ${reply.failed.message}`));
          return;
        }
        reply.extracted.forEach((article, i) => (results[reply.first + i] = article));
        send(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (code !== 0) finish(new Error(`an extraction worker stopped with exit code ${code}`));
      });
      send(worker);
    }
  });

/**
 * `extractArticle` on every input, in input order: in this thread when `workers` is 1 (or the
 * corpus is a single chunk), else on that many worker threads.
 */
export const extractAll = async (
  inputs: readonly ArticleInput[],
  ids: readonly string[],
  workers: number,
  /** From `prepareExtractWorkers`, started early; prepared here when not given. */
  starter?: Promise<WorkerStarter>,
): Promise<ExtractedArticle[]> => {
  const count = effectiveWorkers(workers, inputs.length);
  if (count === 1) return extractHere(inputs, ids);
  return runPool(inputs, ids, count, await (starter ?? prepareExtractWorkers()));
};
