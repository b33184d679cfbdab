/**
 * The production build for the browser figures: built with `vite build` when dist/ is missing
 * (or when asked), then served by `vite preview` on a free loopback port, as the browser tests
 * serve it (tests/e2e/global-setup.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { preview } from 'vite';

/** Builds dist/ unless it exists and `force` is false; returns whether it built. */
export const ensureBuild = (force: boolean): boolean => {
  if (!force && existsSync(resolve('dist', 'index.html'))) return false;
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--configLoader', 'runner', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
      // A production bundle even if the caller's environment says otherwise.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (build.error) throw build.error;
  if (build.status !== 0) throw new Error(`vite build failed (exit code ${build.status})`);
  return true;
};

export interface ServedBuild {
  baseUrl: string;
  close: () => Promise<void>;
}

/** Serves dist/ on 127.0.0.1 at a free port. */
export const serveBuild = async (): Promise<ServedBuild> => {
  const server = await preview({
    root: process.cwd(),
    // The config imports the data module (extensionless TypeScript): load it with Vite's runner.
    configLoader: 'runner',
    logLevel: 'warn',
    appType: 'mpa',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('vite preview has no TCP address');
  return { baseUrl: `http://127.0.0.1:${address.port}`, close: () => server.close() };
};
