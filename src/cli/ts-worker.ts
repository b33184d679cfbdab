/**
 * Starts a worker thread on a TypeScript module. Under `tsx`, a worker does not inherit the
 * TypeScript loader (tsx registers its hooks on the main thread only, and the inherited
 * `--import` skips worker threads), so a .ts worker fails with "Unknown file extension".
 * The worker therefore starts from a tiny bootstrap that registers tsx's ESM hooks in the
 * worker itself (tsx/esm/api `register`) and then imports the module.
 */
import { Worker } from 'node:worker_threads';

/** A worker running the TypeScript module at `moduleUrl`, e.g. new URL('./w.ts', import.meta.url). */
export const startTsWorker = (moduleUrl: URL): Worker => {
  // Resolved here, where tsx is installed, so the worker finds it whatever the working folder.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import(${JSON.stringify(tsxApi)})` +
    `.then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl.href)}); });`;
  // Messages posted before the module has loaded wait in the port until it listens.
  return new Worker(bootstrap, { eval: true });
};
