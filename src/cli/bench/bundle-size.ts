/**
 * Gzip sizes of the production JavaScript in dist/, counted the way the size budgets
 * (.size-limit.js) count them: each file gzipped at level 9 and the sizes summed, with
 * first-load = the entry chunk and its static imports, read from Vite's manifest, or from
 * index.html's script and modulepreload tags when there is no manifest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleResult {
  /** Gzipped kB (1000 bytes, as size-limit counts) and the files counted. */
  firstLoad: { kilobytes: number; files: string[] };
  /** Every chunk the page can load, lazy ones included. */
  page: { kilobytes: number; files: string[] };
  /** Every .js file in dist/assets, Web Worker bundles included. */
  allFiles: { kilobytes: number; files: string[] };
  source: 'manifest' | 'index.html';
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const gzipKilobytes = (dist: string, files: readonly string[]): number =>
  files.reduce((n, file) => n + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0) /
  1000;

/** Files reachable from the entries, through static imports and, when `lazy`, dynamic ones. */
const reachable = (manifest: Record<string, ManifestChunk>, lazy: boolean): string[] => {
  const seen = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    for (const next of [...(chunk.imports ?? []), ...((lazy && chunk.dynamicImports) || [])]) {
      visit(next);
    }
  };
  Object.keys(manifest)
    .filter((key) => manifest[key]!.isEntry)
    .forEach(visit);
  return [...seen]
    .map((key) => manifest[key]!.file)
    .filter((f) => f.endsWith('.js'))
    .sort();
};

/** Scripts index.html loads up front: its module script and modulepreload links. */
const htmlScripts = (dist: string): string[] => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => /<script\b/.test(tag) || /rel=["']?modulepreload/.test(tag))
    .map((tag) => /(?:src|href)=["']?\/?([^"' >]+)/.exec(tag)?.[1])
    .filter((file): file is string => !!file && file.endsWith('.js'))
    .sort();
};

/** The sizes of the build in `dist` (which must exist). */
export const measureBundle = (dist = 'dist'): BundleResult => {
  const allJs = readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`)
    .sort();
  const manifestPath = join(dist, '.vite', 'manifest.json');
  const manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>)
    : null;
  const firstLoad = manifest ? reachable(manifest, false) : htmlScripts(dist);
  // Without a manifest the lazy graph is unknown: every .js file stands for the page.
  const page = manifest ? reachable(manifest, true) : allJs;
  return {
    firstLoad: { kilobytes: gzipKilobytes(dist, firstLoad), files: firstLoad },
    page: { kilobytes: gzipKilobytes(dist, page), files: page },
    allFiles: { kilobytes: gzipKilobytes(dist, allJs), files: allJs },
    source: manifest ? 'manifest' : 'index.html',
  };
};
