/**
 * The extraction CLI end to end on a generated corpus: generate N articles (seed 1) into a
 * temporary folder, run `extract` on them as a user would (its own process, worker threads on
 * every core), and time it, with its CPU time and what the rest of the machine used meanwhile.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeCorpus } from '../corpus/write-corpus';
import { startMachineCpu } from './machine';

export interface CliResult {
  articles: number;
  megabytes: number;
  seed: number;
  /** Seconds to generate the corpus (not part of the CLI's time). */
  generateSeconds: number;
  /** Worker threads the CLI reported using (1 = in-process). */
  workers: number;
  wallSeconds: number;
  /** User + system CPU of the CLI and its threads, when /usr/bin/time could measure it. */
  cpuSeconds: number | null;
  /** Peak resident memory of the CLI process, MB. */
  maxRssMegabytes: number | null;
  /** Busy core-seconds of everything else on the machine during the run. */
  otherCpuSeconds: number | null;
  /** Wall-clock seconds of each stage, as the CLI's --timings reports them. */
  stages: {
    reading: number;
    perArticle: number;
    corpusWide: number;
    writing: number;
  };
  events: number;
  mentions: number;
  outputMegabytes: number;
}

const TIME = '/usr/bin/time';

interface Finished {
  code: number | null;
  stderr: string;
}

const run = (command: string, args: readonly string[]): Promise<Finished> =>
  new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr }));
  });

const numberIn = (text: string, pattern: RegExp): number => Number(pattern.exec(text)?.[1] ?? NaN);

/** Runs the CLI on a fresh corpus of `articles` generated articles; removes the corpus after. */
export const measureCli = async (articles: number, seed = 1): Promise<CliResult> => {
  const dir = await mkdtemp(join(tmpdir(), 'summit-bench-'));
  try {
    const corpus = join(dir, 'corpus');
    const out = join(dir, 'dataset.json');
    const generateStart = performance.now();
    const summary = await writeCorpus(corpus, articles, seed);
    const generateSeconds = (performance.now() - generateStart) / 1000;

    const tsx = resolve('node_modules', '.bin', 'tsx');
    const extract = [tsx, resolve('src', 'cli', 'extract.ts'), corpus, '--out', out, '--timings'];
    const timesFile = join(dir, 'time.txt');
    // GNU time reports the CPU and memory of the CLI and everything it waited for (tsx runs
    // node as a child); without it we still have the wall-clock time.
    const timed = existsSync(TIME);
    const machine = startMachineCpu();
    const started = performance.now();
    const { code, stderr } = timed
      ? await run(TIME, ['-f', '%U %S %M', '-o', timesFile, ...extract])
      : await run(extract[0]!, extract.slice(1));
    const wallSeconds = (performance.now() - started) / 1000;
    const busy = machine.stop();
    if (code !== 0) throw new Error(`extract failed (exit code ${code}):\n${stderr}`);

    const [user, system, rssKb] = timed
      ? (await readFile(timesFile, 'utf8')).trim().split('\n').at(-1)!.split(' ').map(Number)
      : [NaN, NaN, NaN];
    const cpuSeconds = timed ? user! + system! : null;
    return {
      articles: numberIn(stderr, /extract: (\d+) articles/),
      megabytes: summary.bytes / 1048576,
      seed,
      generateSeconds,
      workers: numberIn(stderr, /(\d+) worker threads/) || 1,
      wallSeconds,
      cpuSeconds,
      maxRssMegabytes: timed ? rssKb! / 1024 : null,
      otherCpuSeconds: busy !== null && cpuSeconds !== null ? Math.max(0, busy - cpuSeconds) : null,
      stages: {
        reading: numberIn(stderr, /timings: reading ([\d.]+) s/),
        perArticle: numberIn(stderr, /per-article stage ([\d.]+) s/),
        corpusWide: numberIn(stderr, /corpus-wide stage and validation ([\d.]+) s/),
        writing: numberIn(stderr, /writing ([\d.]+) s/),
      },
      events: numberIn(stderr, /(\d+) events/),
      mentions: numberIn(stderr, /(\d+) dated mentions/),
      outputMegabytes: (await stat(out)).size / 1048576,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
