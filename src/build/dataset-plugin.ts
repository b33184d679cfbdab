/**
 * Vite plugin: builds the Dataset of the default corpus (seeds/) with the data module and serves
 * it as /dataset.json — emitted as a file in production builds, rebuilt on every change to the
 * corpus in dev.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildDataset, datasetSchema } from '../data/index';
import { readCorpus } from '../cli/read-corpus';

export const DATASET_FILE = 'dataset.json';

const buildCorpusJson = async (corpusDir: string): Promise<string> => {
  const { articles, problems } = await readCorpus([corpusDir]);
  for (const problem of problems) console.warn(`[dataset] ${problem}`);
  return JSON.stringify(datasetSchema.parse(buildDataset(articles)));
};

/** What the dataset plugin offers other plugins (the offline build inlines the JSON). */
export interface DatasetPluginApi {
  /** The dataset's JSON text, built once per build. */
  json: () => Promise<string>;
}

/** Serves and emits `dataset.json` built from the articles in `corpusDir`. */
export const datasetPlugin = (corpusDir = 'seeds'): Plugin<DatasetPluginApi> => {
  let root = process.cwd();
  let cached: Promise<string> | null = null;
  const dataset = () => (cached ??= buildCorpusJson(resolve(root, corpusDir)));
  return {
    name: 'summit-timeline-dataset',
    api: { json: () => dataset() },
    configResolved(config) {
      root = config.root;
    },
    configureServer(server: ViteDevServer) {
      const dir = resolve(root, corpusDir);
      server.watcher.add(dir);
      const invalidate = (file: string) => {
        if (!file.startsWith(dir)) return;
        cached = null;
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', invalidate).on('change', invalidate).on('unlink', invalidate);
      server.middlewares.use(`/${DATASET_FILE}`, (_req, res, next) => {
        dataset()
          .then((json) => {
            res.setHeader('Content-Type', 'application/json');
            res.end(json);
          })
          .catch(next);
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: DATASET_FILE, source: await dataset() });
    },
  };
};
