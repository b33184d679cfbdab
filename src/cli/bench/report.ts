/**
 * The benchmark's figures as labelled lines, each next to its target from the performance issue
 * (#7), and the checks of those targets. Formatting only: the measuring happens elsewhere.
 */
import type { BrowserResult } from './browser';
import type { BundleResult } from './bundle-size';
import type { CliResult } from './cli-wall';
import type { MachineInfo } from './machine';
import type { ThroughputResult } from './throughput';

export interface TargetCheck {
  what: string;
  figure: string;
  target: string;
  met: boolean;
}

const LABEL_WIDTH = 54;
const FIGURE_WIDTH = 16;

/** One aligned line: label, figure and, when there is one, the target and whether it is met. */
const line = (label: string, figure: string, check?: TargetCheck): string => {
  const base = `  ${label.padEnd(LABEL_WIDTH)} ${figure.padStart(FIGURE_WIDTH)}`;
  return check
    ? `${base}   target ${check.target.padEnd(9)} ${check.met ? 'met' : 'NOT MET'}`
    : base;
};

const check = (what: string, figure: string, target: string, met: boolean): TargetCheck => ({
  what,
  figure,
  target,
  met,
});

/** The nearest-rank percentile, e.g. percentile(samples, 0.95) for p95. */
export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
};

const fixed = (n: number, digits = 1): string => n.toFixed(digits);
const thousands = (n: number): string => n.toLocaleString('en-US');

export const machineLines = (m: MachineInfo, started: Date): string[] => [
  `Summit Timeline benchmarks, ${started.toISOString().replace(/\.\d+Z$/, 'Z')}`,
  `machine: ${m.cpu}, ${m.cores} cores (availableParallelism), ${m.platform}, Node ${m.node}`,
  `load average at start: ${m.loadAverage} (other processes share these cores; CPU times below ` +
    `are this benchmark's own)`,
];

export const throughputSection = (r: ThroughputResult) => {
  const ratio = check('extraction vs chrono-node', `${fixed(r.ratio, 2)}×`, '≥ 3×', r.ratio >= 3);
  const rate = (x: { cpu: number; wall: number }) =>
    `${fixed(x.cpu, 2)} MB/s (${fixed(x.wall, 2)} wall)`;
  return {
    checks: [ratio],
    lines: [
      `a. extraction throughput, one core: ${thousands(r.articles)} articles, ` +
        `${fixed(r.megabytes, 2)} MB (seeds + held-out, repeated), median of ${r.rounds} rounds, ` +
        `MB per CPU-second (per wall-clock second)`,
      line('chrono-node alone (casual parse of each article)', rate(r.chrono)),
      line('full pipeline (buildDataset)', rate(r.pipeline)),
      line('ratio, pipeline / chrono-node', ratio.figure, ratio),
      line("the pipeline's chrono calls alone (date windows only)", rate(r.chronoOnWindows)),
      line('ceiling of the ratio while chrono reads the dates', `${fixed(r.ceiling, 2)}×`),
    ],
  };
};

export const cliSection = (r: CliResult) => {
  const wall = check(
    `CLI on ${thousands(r.articles)} articles`,
    `${fixed(r.wallSeconds)} s`,
    '≤ 30 s',
    r.wallSeconds <= 30,
  );
  const optional = (value: number | null, unit: string) =>
    value === null ? 'n/a' : `${fixed(value)} ${unit}`;
  return {
    checks: [wall],
    lines: [
      `b. extraction CLI: ${thousands(r.articles)} generated articles (seed ${r.seed}), ` +
        `${fixed(r.megabytes)} MB, ${r.workers} worker threads`,
      line('wall time (npm run extract -- DIR --out FILE)', wall.figure, wall),
      line('  reading the files', `${fixed(r.stages.reading)} s`),
      line(`  per-article stage (${r.workers} worker threads)`, `${fixed(r.stages.perArticle)} s`),
      line('  corpus-wide stage (one thread) and validation', `${fixed(r.stages.corpusWide)} s`),
      line('  writing the JSON', `${fixed(r.stages.writing)} s`),
      line('CPU time of the CLI (user + system)', optional(r.cpuSeconds, 's')),
      line('CPU used by other processes meanwhile', optional(r.otherCpuSeconds, 'core-s')),
      line('peak memory (RSS)', optional(r.maxRssMegabytes, 'MB')),
      line('events / dated mentions', `${thousands(r.events)} / ${thousands(r.mentions)}`),
      line('output', `${fixed(r.outputMegabytes)} MB`),
      line('corpus generation (not timed above)', `${fixed(r.generateSeconds)} s`),
    ],
  };
};

export const bundleSection = (r: BundleResult) => {
  const first = check(
    'first-load JavaScript',
    `${fixed(r.firstLoad.kilobytes)} kB`,
    '≤ 110 kB',
    r.firstLoad.kilobytes <= 110,
  );
  const page = check(
    'all JavaScript of the page',
    `${fixed(r.page.kilobytes)} kB`,
    '≤ 230 kB',
    r.page.kilobytes <= 230,
  );
  return {
    checks: [first, page],
    lines: [
      `c. JavaScript in dist/, gzip -9 per file (as size-limit), chunks from the ${r.source}`,
      line(
        `first-load (${r.firstLoad.files.length} files: entry + static imports)`,
        first.figure,
        first,
      ),
      line(
        `all JavaScript of the page (${r.page.files.length} files, lazy ones too)`,
        page.figure,
        page,
      ),
      line(
        `every .js in dist/assets (${r.allFiles.files.length} files, Web Workers too)`,
        `${fixed(r.allFiles.kilobytes)} kB`,
      ),
    ],
  };
};

export const browserSection = (r: BrowserResult) => {
  const median = percentile(r.clicks, 0.5);
  const p95 = percentile(r.clicks, 0.95);
  const medianCheck = check(
    'filter → paint median',
    `${fixed(median)} ms`,
    '≤ 50 ms',
    median <= 50,
  );
  const p95Check = check('filter → paint p95', `${fixed(p95)} ms`, '≤ 100 ms', p95 <= 100);
  const longTask = check(
    'longest task after load',
    `${fixed(r.longestTaskAfterLoad, 0)} ms`,
    '≤ 200 ms',
    r.longestTaskAfterLoad <= 200,
  );
  const paints = r.firstTimelinePaints.map((t) => fixed(t, 0)).join(', ');
  return {
    checks: [medianCheck, p95Check, longTask],
    lines: [
      `d. browser: headless Chromium ${r.chromium}, ${thousands(r.events)} events ` +
        `(${fixed(r.datasetMegabytes)} MB dataset.json), vite preview of dist/`,
      line(
        `first timeline paint, median of ${r.firstTimelinePaints.length} loads`,
        `${fixed(percentile(r.firstTimelinePaints, 0.5), 0)} ms`,
      ),
      `    (each load: ${paints} ms)`,
      line(
        `filter click → next paint, median of ${r.clicks.length} clicks`,
        medianCheck.figure,
        medianCheck,
      ),
      line('filter click → next paint, p95', p95Check.figure, p95Check),
      line('filter click → next paint, slowest', `${fixed(Math.max(...r.clicks))} ms`),
      line('longest task after first paint (incl. clicks)', longTask.figure, longTask),
      line('longest task before first paint', `${fixed(r.longestTaskDuringLoad, 0)} ms`),
      line('JS heap used (after GC)', `${fixed(r.heapUsedMegabytes)} MB`),
      line('DOM nodes', thousands(r.domNodes)),
    ],
  };
};

export const summaryLines = (checks: readonly TargetCheck[]): string[] => {
  const met = checks.filter((c) => c.met).length;
  return [
    `targets: ${met} of ${checks.length} met`,
    ...checks.map(
      (c) => `  ${c.met ? 'met    ' : 'NOT MET'}  ${c.what}: ${c.figure} (target ${c.target})`,
    ),
  ];
};
