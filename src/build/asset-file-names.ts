/**
 * Output names of the built assets. flag-icons' SVGs are named by the package's version instead
 * of each file's content hash, e.g. "assets/flag-icons-7.5.0/nz.svg". The URLs of all 270 flags
 * are in the first-load bundle (src/ui/flag.tsx): 270 random hashes do not compress and cost
 * about 2 KB gzip there, predictable names cost almost nothing. The version still changes every
 * URL whenever the files can change, so long-lived caches stay correct.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Vite's default pattern, kept for every other asset. */
const DEFAULT_NAME = 'assets/[name]-[hash][extname]';

const FLAG_FILE = /[\\/]flag-icons[\\/]flags[\\/]4x3[\\/][a-z0-9-]+\.svg$/;

/** The installed flag-icons version, e.g. "7.5.0". */
export const flagIconsVersion = (root = process.cwd()): string =>
  (
    JSON.parse(readFileSync(resolve(root, 'node_modules/flag-icons/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/**
 * Rolldown's `output.assetFileNames` for flags of flag-icons `version`, e.g. the asset of
 * ".../flag-icons/flags/4x3/nz.svg" → "assets/flag-icons-7.5.0/[name][extname]".
 */
export const assetFileNames =
  (version: string) =>
  (asset: { originalFileNames: readonly string[] }): string =>
    asset.originalFileNames.length > 0 && asset.originalFileNames.every((f) => FLAG_FILE.test(f))
      ? `assets/flag-icons-${version}/[name][extname]`
      : DEFAULT_NAME;
