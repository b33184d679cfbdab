/**
 * `npm run extract -- PATH... [--out FILE] [--workers N]`: prints the Dataset of the articles
 * under PATH as JSON. The per-article stage runs on N worker threads (default: one per core,
 * fewer for a small corpus; 1 = in this thread), then the corpus-wide stage here; the output is
 * the same either way.
 * A one-line summary and per-file problems go to stderr; the exit code is non-zero only when no
 * article could be read.
 */
import { articleIds, assembleDataset, datasetSchema } from '../data/index';
import { autoWorkers, effectiveWorkers, extractAll, prepareExtractWorkers } from './extract-pool';
import { readCorpus } from './read-corpus';
import { writeTextFile } from './write-text-file';

const USAGE = 'usage: npm run extract -- PATH... [--out FILE] [--workers N] [--timings]';

interface ExtractArgs {
  paths: string[];
  out: string | null;
  /** null: one per core, fewer for a small corpus. */
  workers: number | null;
  /** Also print how long each stage took (a second stderr line). */
  timings: boolean;
}

/** A function giving the seconds since it was made or last called. */
const stopwatch = (): (() => number) => {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
};

const parseWorkers = (raw: string | undefined): number => {
  if (!raw || !/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new Error(`--workers needs a whole number of at least 1, not "${raw ?? ''}"\n${USAGE}`);
  }
  return Number(raw);
};

const parseArgs = (argv: readonly string[]): ExtractArgs => {
  const paths: string[] = [];
  let out: string | null = null;
  let workers: number | null = null;
  let timings = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--out' || arg === '-o') {
      out = argv[i + 1] ?? null;
      if (!out) throw new Error(`--out needs a file name\n${USAGE}`);
      i += 1;
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--workers' || arg === '-j') {
      workers = parseWorkers(argv[i + 1]);
      i += 1;
    } else if (arg.startsWith('--workers=')) workers = parseWorkers(arg.slice('--workers='.length));
    else if (arg === '--timings') timings = true;
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new Error(`no article files or folders given\n${USAGE}`);
  return { paths, out, workers, timings };
};

const main = async (): Promise<number> => {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const lap = stopwatch();
  // Bundling the workers' code runs in esbuild's own process while this one reads the files.
  const starter = args.workers === 1 ? undefined : prepareExtractWorkers();
  const { articles, problems } = await readCorpus(args.paths);
  const readSeconds = lap();
  for (const problem of problems) process.stderr.write(`extract: ${problem}\n`);
  if (articles.length === 0) {
    process.stderr.write('extract: no article could be read\n');
    return 1;
  }
  const ids = articleIds(articles.map((a) => a.source));
  const workers = args.workers ?? autoWorkers(articles);
  const extracted = await extractAll(articles, ids, workers, starter);
  const extractSeconds = lap();
  const dataset = datasetSchema.parse({
    generatedAt: new Date().toISOString(),
    ...assembleDataset(extracted),
  });
  const assembleSeconds = lap();
  const json = `${JSON.stringify(dataset, null, 2)}\n`;
  if (args.out) writeTextFile(args.out, json);
  else process.stdout.write(json);
  const writeSeconds = lap();
  const mentions = dataset.events.reduce((n, e) => n + e.mentions.length, 0);
  const inferred = dataset.articles.filter((a) => a.referenceInferred).length;
  const threads = effectiveWorkers(workers, articles.length);
  process.stderr.write(
    `extract: ${dataset.articles.length} articles (${inferred} with inferred dates), ` +
      `${dataset.events.length} events, ${mentions} dated mentions` +
      `${problems.length ? `, ${problems.length} files skipped` : ''}` +
      `${threads > 1 ? `, ${threads} worker threads` : ''}` +
      `${args.out ? ` → ${args.out}` : ''}\n`,
  );
  if (args.timings) {
    const secs = (seconds: number) => `${seconds.toFixed(1)} s`;
    process.stderr.write(
      `extract: timings: reading ${secs(readSeconds)}, per-article stage ${secs(extractSeconds)}, ` +
        `corpus-wide stage and validation ${secs(assembleSeconds)}, writing ${secs(writeSeconds)}\n`,
    );
  }
  return 0;
};

process.exitCode = await main();
