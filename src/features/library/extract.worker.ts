/**
 * The extraction worker: reads article files and runs the data module off the main thread, so a
 * large batch never freezes the page. Vite bundles it as its own chunk.
 */
import { buildCheckedDataset, readArticleFiles } from './extraction-jobs';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/** The parts of a dedicated worker's global scope used here (the project's types are DOM's). */
interface WorkerScope {
  postMessage: (message: WorkerResponse) => void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

const handle = async (request: WorkerRequest): Promise<WorkerResponse> => {
  if (request.kind === 'read') {
    const outcomes = await readArticleFiles(request.files, (progress) =>
      scope.postMessage({ id: request.id, kind: 'progress', progress }),
    );
    return { id: request.id, kind: 'read', outcomes };
  }
  return { id: request.id, kind: 'built', dataset: buildCheckedDataset(request.inputs) };
};

scope.onmessage = (event) => {
  const request = event.data;
  handle(request)
    .catch((error: unknown): WorkerResponse => ({
      id: request.id,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    }))
    .then((response) => scope.postMessage(response));
};
