/**
 * Vitest global setup of the browser tests: builds the production bundle once (skipped with
 * E2E_SKIP_BUILD=1), serves dist/ with `vite preview` on a free loopback port, and hands the URL to
 * the test files through `inject('e2eBaseUrl')`. Runs in the main Vitest process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the production build is served, e.g. "http://127.0.0.1:41234" (no trailing slash). */
    e2eBaseUrl: string;
  }
}

/**
 * The environment for `vite build`: Vitest sets NODE_ENV=test, and a build inheriting it bundles
 * React's development build (StrictMode double effects, dev warnings) instead of production.
 */
const productionEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
};

const buildBundle = (root: string): void => {
  if (process.env.E2E_SKIP_BUILD === '1') {
    if (!existsSync(resolve(root, 'dist/index.html'))) {
      throw new Error('E2E_SKIP_BUILD=1 but dist/index.html is missing: run `npm run build` first');
    }
    return;
  }
  const started = Date.now();
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--configLoader', 'runner', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
      env: productionEnv(),
    },
  );
  if (build.error) throw build.error;
  if (build.status !== 0) throw new Error(`vite build failed (exit code ${build.status})`);
  console.log(`[e2e] production build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  buildBundle(root);
  const server = await preview({
    root,
    // The config imports the data module (extensionless TypeScript): load it with Vite's runner.
    configLoader: 'runner',
    logLevel: 'warn',
    // No single-page fallback: a missing file (favicon, flag, chunk) must be a 404 the tests see,
    // not index.html served with status 200. The app has one page, "/", so nothing else changes.
    appType: 'mpa',
    // Port 0: the system picks a free port, so parallel runs on one machine never collide.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('vite preview has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  console.log(`[e2e] serving dist/ at ${baseUrl}`);
  project.provide('e2eBaseUrl', baseUrl);
  return async () => {
    await server.close();
  };
}
