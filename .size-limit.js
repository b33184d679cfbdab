/**
 * Size budgets of the production build, checked by `npm run size` (size-limit with
 * @size-limit/file: the gzip size of built files) after `npm run build`. Chunk names are hashed,
 * so the chunks are read from Vite's manifest (dist/.vite/manifest.json, `build.manifest` in
 * vite.config.ts) rather than guessed with globs:
 *
 * - first-load JavaScript: what index.html loads before the page can draw — the entry chunk and
 *   every chunk it imports statically (Vite preloads those);
 * - all JavaScript: every chunk the page can ever load, the lazy ones (chart, windowed timeline,
 *   export, presentation, library) included.
 *
 * Web Worker bundles are not chunks of the page (the manifest does not list them): the
 * extraction worker (chrono-node, the gazetteer, the topic rules) loads only when someone adds
 * articles, and has a budget of its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const MANIFEST = 'dist/.vite/manifest.json';

if (!existsSync(MANIFEST)) {
  throw new Error(`${MANIFEST} is missing: run \`npm run build\` before \`npm run size\``);
}

/** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }>} */
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));

/**
 * The JS files of the chunks reachable from `keys` through static imports, and through dynamic
 * ones too when `lazy`, e.g. ["dist/assets/index-….js", "dist/assets/jsx-runtime-….js"].
 * @param {string[]} keys
 * @param {boolean} lazy
 * @returns {string[]}
 */
const chunkFiles = (keys, lazy) => {
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} key */
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    [...(chunk.imports ?? []), ...((lazy && chunk.dynamicImports) || [])].forEach(visit);
  };
  keys.forEach(visit);
  return [...seen]
    .map((key) => `dist/${manifest[key]?.file}`)
    .filter((file) => file.endsWith('.js'))
    .sort();
};

const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
const pageFiles = chunkFiles(entries, true);
const workerFiles = readdirSync('dist/assets')
  .filter((name) => name.endsWith('.js'))
  .map((name) => `dist/assets/${name}`)
  .filter((file) => !pageFiles.includes(file));

export default [
  {
    name: 'first-load JavaScript (entry chunk and its static imports)',
    path: chunkFiles(entries, false),
    gzip: true,
    limit: '110 KB',
  },
  {
    name: 'all JavaScript of the page (lazy chunks included)',
    path: pageFiles,
    gzip: true,
    limit: '230 KB',
  },
  ...(workerFiles.length > 0
    ? [
        {
          name: 'Web Worker bundles (extraction, loaded when adding articles)',
          path: workerFiles,
          gzip: true,
          limit: '110 KB',
        },
      ]
    : []),
];
