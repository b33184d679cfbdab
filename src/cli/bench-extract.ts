/**
 * `npm run bench:extract [-- PATH...]`: extraction throughput of the full pipeline against
 * chrono-node alone on the same text, on one core (this process, no workers).
 * Defaults to the seeds plus the held-out test articles, repeated to about 2 MB.
 * `npm run bench` prints the same figures among its others.
 */
import { DEFAULT_THROUGHPUT_PATHS, measureThroughput } from './bench/throughput';

const paths = process.argv.slice(2);
const result = await measureThroughput(paths.length ? paths : DEFAULT_THROUGHPUT_PATHS);
const mbs = (r: { wall: number; cpu: number }) =>
  `${r.cpu.toFixed(2)} MB/s of CPU time (${r.wall.toFixed(2)} MB/s wall-clock)`;
console.log(
  `corpus: ${result.articles} articles, ${result.megabytes.toFixed(2)} MB ` +
    `(median of ${result.rounds} rounds, one core)`,
);
console.log(`chrono-node alone (casual parse of each article): ${mbs(result.chrono)}`);
console.log(`full pipeline (buildDataset): ${mbs(result.pipeline)}`);
console.log(`ratio: ${result.ratio.toFixed(2)}× chrono-node alone (target ≥ 3×)`);
console.log(
  `the pipeline's chrono calls alone (date windows only): ${mbs(result.chronoOnWindows)} — ` +
    `a ceiling of ${result.ceiling.toFixed(2)}× while chrono reads the dates`,
);
