/**
 * Starts worker threads on one esbuild bundle of a TypeScript module instead of loading it file
 * by file through tsx. Under tsx every worker resolves and transforms each of the data module's
 * few hundred files (chrono-node alone ships hundreds) through loader hooks, about 1.4 s of CPU
 * per thread; a bundle built once loads in about 0.4 s. esbuild is already what tsx and Vite
 * run on, and building in its own process overlaps with the CLI reading the corpus.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { startTsWorker } from './ts-worker';

/** Starts workers on a module: bundled when esbuild can bundle it, through tsx when it cannot. */
export type WorkerStarter = () => Worker;

/** Bundles `moduleUrl` (CommonJS, everything inlined) and returns its code, or null on failure. */
const bundle = async (moduleUrl: URL): Promise<string | null> => {
  try {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [fileURLToPath(moduleUrl)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]?.text ?? null;
  } catch {
    return null;
  }
};

/**
 * Starts bundling `moduleUrl` now; the promise gives a function that starts a worker on it.
 * A module esbuild cannot bundle still runs, through tsx, only slower to start.
 */
export const prepareWorker = async (moduleUrl: URL): Promise<WorkerStarter> => {
  const code = await bundle(moduleUrl);
  if (code === null) return () => startTsWorker(moduleUrl);
  return () => new Worker(code, { eval: true });
};
