/**
 * Vite plugin of the offline single-file build (`vite build --mode offline`): one HTML file,
 * dist-offline/summit-timeline.html, that works opened from file:// with no network at all.
 *
 * - the JS is one chunk (no code splitting: the lazy topic chart and presentation mode are
 *   bundled in) inlined as a module script, the CSS inlined as one `<style>`;
 * - the dataset is inlined as a `<script type="application/json">` element (see inline-dataset.ts)
 *   that the app reads instead of fetching dataset.json;
 * - flags are data: URIs, and only the flags of the countries in the dataset: the others resolve
 *   to undefined, which the Flag component already shows as a missing flag;
 * - files of public/ named in index.html (the favicon) become data: URIs;
 * - a Content-Security-Policy meta element allows the inline script and style by their sha256
 *   hashes (csp-plugin.ts), so no other script can run.
 *
 * The build fails if the file would still refer to anything outside itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { DATASET_FILE, type DatasetPluginApi } from './dataset-plugin';
import { insertCspMeta, offlineCsp, serializeCsp } from './csp-plugin';
import { inlineDatasetElement } from './inline-dataset';
import { buildSingleFile, svgDataUri } from './single-file';

/** The mode that selects this build. */
export const OFFLINE_MODE = 'offline';
export const OFFLINE_OUT_DIR = 'dist-offline';
export const OFFLINE_FILE = 'summit-timeline.html';

/** A flag-icons SVG imported by src/ui/flag.tsx's glob: its code, e.g. "nz". */
const FLAG_ID = /[\\/]flag-icons[\\/]flags[\\/]4x3[\\/]([a-z0-9-]+)\.svg\?url&no-inline$/;

/** Every country code the dataset names, lower-case like flag-icons' file names. */
export const datasetCountryCodes = (json: string): Set<string> => {
  const dataset = JSON.parse(json) as {
    countries?: Array<{ code: string }>;
    events?: Array<{ countries?: string[] }>;
    articles?: Array<{ countries?: string[] }>;
  };
  const codes = [
    ...(dataset.countries ?? []).map((country) => country.code),
    ...(dataset.events ?? []).flatMap((event) => event.countries ?? []),
    ...(dataset.articles ?? []).flatMap((article) => article.countries ?? []),
  ];
  return new Set(codes.map((code) => code.toLowerCase()));
};

/** The dataset plugin's API, found among the resolved plugins. */
const datasetApi = (config: ResolvedConfig): DatasetPluginApi => {
  const api = config.plugins.find((plugin) => plugin.name === 'summit-timeline-dataset')?.api as
    DatasetPluginApi | undefined;
  if (!api)
    throw new Error('the offline build needs the dataset plugin (src/build/dataset-plugin.ts)');
  return api;
};

/** The offline single-file build; add it only in the offline mode. */
export const offlineSingleFilePlugin = (): Plugin => {
  let config: ResolvedConfig | undefined;
  let dataset: DatasetPluginApi | undefined;
  let countryCodes: Promise<Set<string>> | undefined;
  const resolved = () => {
    if (!config || !dataset) throw new Error('offline plugin used before the config was resolved');
    return { config, dataset };
  };

  return {
    name: 'summit-timeline-offline-single-file',
    apply: 'build',
    enforce: 'post',
    config: () => ({
      // Relative, so nothing is looked up at the root of the file system.
      base: './',
      build: {
        outDir: OFFLINE_OUT_DIR,
        emptyOutDir: true,
        // Only the HTML file: the favicon is inlined, nothing else in public/ is needed.
        copyPublicDir: false,
        cssCodeSplit: false,
        modulePreload: false,
        // Any asset imported without ?no-inline becomes a data: URI.
        assetsInlineLimit: () => true,
        // One file by design: the usual 500 kB hint is noise here.
        chunkSizeWarningLimit: 2000,
        rolldownOptions: { output: { codeSplitting: false } },
      },
    }),
    configResolved(resolvedConfig) {
      config = resolvedConfig;
      dataset = datasetApi(resolvedConfig);
    },
    load: {
      order: 'pre',
      filter: { id: FLAG_ID },
      async handler(id) {
        const code = FLAG_ID.exec(id)?.[1];
        if (!code) return null;
        countryCodes ??= resolved().dataset.json().then(datasetCountryCodes);
        if (!(await countryCodes).has(code)) return 'export default undefined;';
        const svg = await readFile(id.slice(0, id.indexOf('?')), 'utf8');
        return `export default ${JSON.stringify(svgDataUri(svg))};`;
      },
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const { publicDir } = resolved().config;
        // public/ files named by an absolute URL (the favicon) become data: URIs.
        return html.replace(
          /\b(href|src)="\/([^"/][^"]*\.svg)"/g,
          (attribute, name: string, path: string) => {
            const file = resolve(publicDir, path);
            if (!publicDir || !existsSync(file)) return attribute;
            return `${name}="${svgDataUri(readFileSync(file, 'utf8'))}"`;
          },
        );
      },
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const { config: built, dataset: data } = resolved();
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new Error('the offline build produced no index.html');
        const base = built.base;
        const lookup = (url: string) => {
          const item = bundle[url.startsWith(base) ? url.slice(base.length) : url];
          if (!item) return undefined;
          return { code: item.type === 'chunk' ? item.code : String(item.source) };
        };
        const single = buildSingleFile({
          html: String(page.source),
          lookup,
          headExtra: inlineDatasetElement(await data.json()),
        });
        // Its scripts and styles are inline: the policy allows exactly those, by hash.
        const policy = serializeCsp(offlineCsp(single.scripts, single.styles));
        const html = insertCspMeta(single.html, policy);
        const { inlined } = single;
        const inlinedFiles = new Set(inlined.map((url) => url.slice(base.length)));
        for (const [fileName, item] of Object.entries(bundle)) {
          if (
            fileName === 'index.html' ||
            fileName === DATASET_FILE ||
            inlinedFiles.has(fileName)
          ) {
            delete bundle[fileName];
          } else if (item.type === 'chunk') {
            throw new Error(`the offline build split off ${fileName}: code splitting must be off`);
          } else {
            // An asset nothing inlined: the page would have to load it. Fail rather than ship it.
            throw new Error(
              `the offline build emitted ${fileName}, which the single file cannot load`,
            );
          }
        }
        this.emitFile({ type: 'asset', fileName: OFFLINE_FILE, source: html });
      },
    },
  };
};
