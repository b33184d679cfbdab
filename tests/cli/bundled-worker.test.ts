import { describe, expect, it } from 'vitest';
import type { Worker } from 'node:worker_threads';
import { prepareWorker } from '../../src/cli/bundled-worker';

const ask = (worker: Worker, n: number) =>
  new Promise<{ doubled: number; fromFile: boolean }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(n);
  });

describe('prepareWorker', () => {
  it('should run a TypeScript worker and its imports from one CommonJS bundle', async () => {
    const start = await prepareWorker(
      new URL('../fixtures/workers/double-worker.ts', import.meta.url),
    );
    const workers = [start(), start()];
    try {
      const replies = await Promise.all(workers.map((w, i) => ask(w, 20 + i)));
      // Both workers start from the bundle, not from the .ts file through tsx.
      expect(replies).toEqual([
        { doubled: 40, fromFile: false },
        { doubled: 42, fromFile: false },
      ]);
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  });
});
