/**
 * The Extractor over the extraction Web Worker: one worker for the page, requests matched to
 * replies by id, so several jobs can share it.
 */
import type { Extractor } from './extractor';
import type { ReadProgress } from './library-types';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/** A request without its id (Omit applied to each member of the union, not to the union). */
type RequestBody = WorkerRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'id'>
    : never
  : never;

interface Pending {
  resolve: (response: WorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress: (progress: ReadProgress) => void;
}

/** Starts the worker; `onGone` runs when it fails, so the next job starts a fresh one. */
const startWorker = (onGone: () => void) => {
  const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let nextId = 1;

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    if (response.kind === 'progress') {
      waiting.onProgress(response.progress);
      return;
    }
    pending.delete(response.id);
    if (response.kind === 'failed') waiting.reject(new Error(response.message));
    else waiting.resolve(response);
  };
  worker.onerror = (event) => {
    // Reported to the user through the rejected jobs, not as an uncaught error in the console.
    event.preventDefault();
    const error = new Error(
      `the extraction worker stopped (${event.message || 'it could not be loaded'})`,
    );
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker.terminate();
    onGone();
  };

  return (body: RequestBody, onProgress: Pending['onProgress'] = () => {}) =>
    new Promise<WorkerResponse>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ ...body, id } satisfies WorkerRequest);
    });
};

/** An Extractor that runs in a Web Worker. */
export const createWorkerExtractor = (): Extractor => {
  let send: ReturnType<typeof startWorker> | null = null;
  const request = (body: RequestBody, onProgress?: Pending['onProgress']) => {
    send ??= startWorker(() => {
      send = null;
    });
    return send(body, onProgress);
  };

  return {
    // The chunk holding this module names the worker's content-hashed file, so its own URL
    // (hashed too) changes whenever the worker's code does.
    version: `worker ${import.meta.url}`,
    readFiles: async (files, onProgress) => {
      const response = await request({ kind: 'read', files: [...files] }, onProgress);
      if (response.kind !== 'read') throw new Error(`unexpected reply "${response.kind}"`);
      return response.outcomes;
    },
    build: async (inputs) => {
      const response = await request({ kind: 'build', inputs: [...inputs] });
      if (response.kind !== 'built') throw new Error(`unexpected reply "${response.kind}"`);
      return response.dataset;
    },
  };
};
