/**
 * `npm run bench:extract [-- PATH...]`: extraction throughput of the full pipeline against
 * chrono-node alone on the same text, on one core (this process, no workers).
 * Defaults to the seeds plus the held-out test articles, repeated to about 2 MB.
 */
import * as chrono from 'chrono-node';
import { buildDataset, type ArticleInput } from '../data/index';
import { readCorpus } from './read-corpus';

const TARGET_BYTES = 2 * 1024 * 1024;
const ROUNDS = 5;
const BATCH = 50;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const time = (run: () => void): number => {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
};

const main = async () => {
  const paths = process.argv.slice(2);
  const { articles: base } = await readCorpus(
    paths.length ? paths : ['seeds', 'tests/fixtures/unseen'],
  );
  const baseBytes = base.reduce((n, a) => n + new TextEncoder().encode(a.text).length, 0);
  const copies = Math.max(1, Math.ceil(TARGET_BYTES / baseBytes));
  const articles: ArticleInput[] = Array.from({ length: copies }, (_, i) =>
    base.map((a) => ({ source: `${i}-${a.source}`, text: a.text })),
  ).flat();
  const bytes = baseBytes * copies;
  const reference = new Date(2024, 6, 6, 12);

  // Warm up both paths so the JIT has compiled them before we measure.
  buildDataset(articles.slice(0, BATCH));
  for (const a of articles.slice(0, BATCH)) chrono.parse(a.text, reference);

  const chronoSeconds = median(
    Array.from({ length: ROUNDS }, () =>
      time(() => articles.forEach((a) => chrono.parse(a.text, reference))),
    ),
  );
  const pipelineSeconds = median(
    Array.from({ length: ROUNDS }, () =>
      time(() => {
        // Batches of one story's size: the corpus repeats, and merging copies across batches
        // would measure the merge of duplicates rather than extraction.
        for (let i = 0; i < articles.length; i += BATCH) buildDataset(articles.slice(i, i + BATCH));
      }),
    ),
  );
  const mb = bytes / 1024 / 1024;
  const chronoRate = mb / chronoSeconds;
  const pipelineRate = mb / pipelineSeconds;
  console.log(
    `corpus: ${articles.length} articles, ${mb.toFixed(2)} MB (median of ${ROUNDS} rounds, one core)`,
  );
  console.log(`chrono-node alone (casual parse of each article): ${chronoRate.toFixed(2)} MB/s`);
  console.log(`full pipeline (buildDataset): ${pipelineRate.toFixed(2)} MB/s`);
  console.log(`ratio: ${(pipelineRate / chronoRate).toFixed(2)}× chrono-node alone (target ≥ 3×)`);
};

await main();
