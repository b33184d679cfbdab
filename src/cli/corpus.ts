/**
 * `npm run corpus -- --articles 10000 --out DIR [--seed 1]`: writes a deterministic corpus of
 * realistic generated news articles (.txt, .md and .html in many house styles) for benchmarks and
 * tests. The same seed gives byte-identical files on any machine.
 */
import { parseCorpusArgs, USAGE, type CorpusArgs } from './corpus/args';
import { writeCorpus, type CorpusSummary } from './corpus/write-corpus';

const describe = (summary: CorpusSummary, args: CorpusArgs, seconds: number): string => {
  const kinds = Object.entries(summary.byExtension)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([ext, n]) => `${n} ${ext}`)
    .join(', ');
  const mb = (summary.bytes / 1048576).toFixed(1);
  return `corpus: ${summary.articles} articles (${kinds}), ${mb} MB, seed ${args.seed} → ${args.out} in ${seconds.toFixed(1)} s`;
};

const main = async (): Promise<number> => {
  let args: CorpusArgs;
  try {
    args = parseCorpusArgs(process.argv.slice(2));
  } catch (error) {
    const message = (error as Error).message;
    process.stderr.write(message === USAGE ? `${USAGE}\n` : `corpus: ${message}\n${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  try {
    const summary = await writeCorpus(args.out, args.articles, args.seed);
    process.stderr.write(`${describe(summary, args, (performance.now() - started) / 1000)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`corpus: ${(error as Error).message}\n`);
    return 1;
  }
};

process.exitCode = await main();
