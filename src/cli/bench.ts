/**
 * `npm run bench [-- options]`: the performance figures of issue #7 from one run on this
 * machine, each next to its target: (a) extraction throughput against chrono-node on one core,
 * (b) the CLI's wall time on 10,000 generated articles with worker threads, (c) gzip sizes of
 * the built JavaScript, (d) dashboard timings in headless Chromium on 10,000 events.
 * Slow (minutes), so it is not part of `npm test` or CI. `--json FILE` also writes the figures.
 */
import { writeFile } from 'node:fs/promises';
import { measureBrowser, type BrowserResult } from './bench/browser';
import { measureBundle, type BundleResult } from './bench/bundle-size';
import { measureCli, type CliResult } from './bench/cli-wall';
import { machineInfo } from './bench/machine';
import {
  browserSection,
  bundleSection,
  cliSection,
  machineLines,
  summaryLines,
  throughputSection,
  type TargetCheck,
} from './bench/report';
import { ensureBuild, serveBuild } from './bench/serve-build';
import { measureThroughput, type ThroughputResult } from './bench/throughput';

const USAGE = `usage: npm run bench -- [options]
  --skip-extraction   skip (a) extraction throughput
  --skip-cli          skip (b) the CLI on a generated corpus
  --skip-bundle       skip (c) bundle sizes
  --skip-browser      skip (d) browser figures
  --build             run \`vite build\` first even if dist/ exists
  --articles N        articles for (b) (default 10000)
  --events N          events for (d) (default 10000)
  --clicks N          filter clicks for (d) (default 24, at least 20)
  --loads N           page loads for the first-paint median (default 3)
  --json FILE         also write the figures as JSON to FILE`;

interface BenchArgs {
  skip: Set<'extraction' | 'cli' | 'bundle' | 'browser'>;
  build: boolean;
  articles: number;
  events: number;
  clicks: number;
  loads: number;
  json: string | null;
}

const SKIPS = ['extraction', 'cli', 'bundle', 'browser'] as const;

const parseArgs = (argv: readonly string[]): BenchArgs => {
  const args: BenchArgs = {
    skip: new Set(),
    build: false,
    articles: 10_000,
    events: 10_000,
    clicks: 24,
    loads: 3,
    json: null,
  };
  const count = (flag: string, raw: string | undefined, min: number): number => {
    if (!raw || !/^\d+$/.test(raw) || Number(raw) < min) {
      throw new Error(`${flag} needs a whole number of at least ${min}, not "${raw ?? ''}"`);
    }
    return Number(raw);
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const skipped = SKIPS.find((part) => arg === `--skip-${part}`);
    if (skipped) args.skip.add(skipped);
    else if (arg === '--build') args.build = true;
    else if (arg === '--articles') args.articles = count(arg, argv[++i], 1);
    else if (arg === '--events') args.events = count(arg, argv[++i], 1);
    else if (arg === '--clicks') args.clicks = count(arg, argv[++i], 20);
    else if (arg === '--loads') args.loads = count(arg, argv[++i], 1);
    else if (arg === '--json') {
      args.json = argv[++i] ?? null;
      if (!args.json) throw new Error('--json needs a file name');
    } else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else throw new Error(`unknown argument "${arg}"`);
  }
  return args;
};

interface Figures {
  machine: ReturnType<typeof machineInfo>;
  startedAt: string;
  extraction?: ThroughputResult;
  cli?: CliResult;
  bundle?: BundleResult;
  browser?: BrowserResult;
  targets: TargetCheck[];
}

const print = (lines: readonly string[]): void => {
  process.stdout.write(`${lines.join('\n')}\n\n`);
};

const run = async (args: BenchArgs): Promise<Figures> => {
  const started = new Date();
  const figures: Figures = {
    machine: machineInfo(),
    startedAt: started.toISOString(),
    targets: [],
  };
  print(machineLines(figures.machine, started));
  const section = ({ checks, lines }: { checks: TargetCheck[]; lines: string[] }) => {
    figures.targets.push(...checks);
    print(lines);
  };
  if (!args.skip.has('extraction')) {
    figures.extraction = await measureThroughput();
    section(throughputSection(figures.extraction));
  }
  if (!args.skip.has('cli')) {
    figures.cli = await measureCli(args.articles);
    section(cliSection(figures.cli));
  }
  if (!args.skip.has('bundle') || !args.skip.has('browser')) {
    if (ensureBuild(args.build)) process.stdout.write('(built dist/ with vite build)\n\n');
  }
  if (!args.skip.has('bundle')) {
    figures.bundle = measureBundle();
    section(bundleSection(figures.bundle));
  }
  if (!args.skip.has('browser')) {
    const server = await serveBuild();
    try {
      figures.browser = await measureBrowser(server.baseUrl, args);
    } finally {
      await server.close();
    }
    section(browserSection(figures.browser));
  }
  print(summaryLines(figures.targets));
  return figures;
};

const main = async (): Promise<number> => {
  let args: BenchArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    const message = (error as Error).message;
    process.stderr.write(message === USAGE ? `${USAGE}\n` : `bench: ${message}\n${USAGE}\n`);
    return 2;
  }
  const figures = await run(args);
  if (args.json) {
    await writeFile(args.json, `${JSON.stringify(figures, null, 2)}\n`);
    process.stdout.write(`figures written to ${args.json}\n`);
  }
  return 0;
};

process.exitCode = await main();
