/**
 * Extraction throughput on one core: the full pipeline against chrono-node alone on the same
 * text. chrono is the yardstick because parsing dates with it is the part of extraction everyone
 * would have to do; the pipeline adds parsing, countries, people, topics and merging on top.
 */
import * as chrono from 'chrono-node';
import { buildDataset, type ArticleInput } from '../../data/index';
import { parseArticle } from '../../data/article/index';
import { parseWindows } from '../../data/dates/parse-windows';
import { readCorpus } from '../read-corpus';
import { processCpuSeconds } from './machine';

/** The seeds plus the held-out articles: the corpus the README's extraction figures come from. */
export const DEFAULT_THROUGHPUT_PATHS = ['seeds', 'tests/fixtures/unseen'];
const TARGET_BYTES = 2 * 1024 * 1024;
const ROUNDS = 5;
const BATCH = 50;

export interface Rate {
  /** MB/s of wall-clock time, median of the rounds. */
  wall: number;
  /** MB/s of this process's CPU time, median of the rounds: steadier on a shared machine. */
  cpu: number;
}

export interface ThroughputResult {
  articles: number;
  megabytes: number;
  rounds: number;
  chrono: Rate;
  pipeline: Rate;
  /** pipeline / chrono, by CPU time. */
  ratio: number;
  /**
   * The pipeline's own chrono calls alone (one per article, over its date windows), MB of
   * article text per second: what the pipeline could reach if everything else were free.
   */
  chronoOnWindows: Rate;
  /** chronoOnWindows / chrono: the ceiling of `ratio` while dates are read with chrono. */
  ceiling: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Median MB/s over `rounds` runs of `run`, by wall-clock and by CPU time. */
const rate = (megabytes: number, rounds: number, run: () => void): Rate => {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const wallStart = performance.now();
    const cpuStart = processCpuSeconds();
    run();
    cpus.push(megabytes / (processCpuSeconds() - cpuStart));
    walls.push(megabytes / ((performance.now() - wallStart) / 1000));
  }
  return { wall: median(walls), cpu: median(cpus) };
};

/** The articles under `paths`, repeated (under new names) to about 2 MB. */
const repeatedCorpus = async (paths: readonly string[]) => {
  const { articles: base } = await readCorpus(paths);
  if (base.length === 0) throw new Error(`no article could be read from ${paths.join(', ')}`);
  const baseBytes = base.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const copies = Math.max(1, Math.ceil(TARGET_BYTES / baseBytes));
  const articles: ArticleInput[] = Array.from({ length: copies }, (_, i) =>
    base.map((a) => ({ source: `${i}-${a.source}`, text: a.text })),
  ).flat();
  return { articles, megabytes: (baseBytes * copies) / 1024 / 1024 };
};

/** Measures both paths in this thread, e.g. on the seeds and held-out articles. */
export const measureThroughput = async (
  paths: readonly string[] = DEFAULT_THROUGHPUT_PATHS,
  rounds = ROUNDS,
): Promise<ThroughputResult> => {
  const { articles, megabytes } = await repeatedCorpus(paths);
  const reference = new Date(2024, 6, 6, 12);

  // Warm up both paths so the JIT has compiled them before we measure.
  buildDataset(articles.slice(0, BATCH));
  for (const a of articles.slice(0, BATCH)) chrono.parse(a.text, reference);

  const chronoRate = rate(megabytes, rounds, () => {
    for (const a of articles) chrono.parse(a.text, reference);
  });
  const pipelineRate = rate(megabytes, rounds, () => {
    // Batches of one story's size: the corpus repeats, and merging copies across batches
    // would measure the merge of duplicates rather than extraction.
    for (let i = 0; i < articles.length; i += BATCH) buildDataset(articles.slice(i, i + BATCH));
  });
  const sentences = articles.map((a) => parseArticle(a.source, a.text).sentences);
  const windowsRate = rate(megabytes, rounds, () => {
    for (const s of sentences) parseWindows(s, reference);
  });
  return {
    articles: articles.length,
    megabytes,
    rounds,
    chrono: chronoRate,
    pipeline: pipelineRate,
    ratio: pipelineRate.cpu / chronoRate.cpu,
    chronoOnWindows: windowsRate,
    ceiling: windowsRate.cpu / chronoRate.cpu,
  };
};
