/**
 * `npm run extract -- PATH... [--out FILE]`: prints the Dataset of the articles under PATH as
 * JSON. A one-line summary and per-file problems go to stderr; the exit code is non-zero only
 * when no article could be read.
 */
import { writeFile } from 'node:fs/promises';
import { buildDataset, datasetSchema } from '../data/index';
import { readCorpus } from './read-corpus';

const USAGE = 'usage: npm run extract -- PATH... [--out FILE]';

const parseArgs = (argv: readonly string[]): { paths: string[]; out: string | null } => {
  const paths: string[] = [];
  let out: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--out' || arg === '-o') {
      out = argv[i + 1] ?? null;
      if (!out) throw new Error(`--out needs a file name\n${USAGE}`);
      i += 1;
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new Error(`no article files or folders given\n${USAGE}`);
  return { paths, out };
};

const main = async (): Promise<number> => {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const { articles, problems } = await readCorpus(args.paths);
  for (const problem of problems) process.stderr.write(`extract: ${problem}\n`);
  if (articles.length === 0) {
    process.stderr.write('extract: no article could be read\n');
    return 1;
  }
  const dataset = datasetSchema.parse({
    generatedAt: new Date().toISOString(),
    ...buildDataset(articles),
  });
  const json = `${JSON.stringify(dataset, null, 2)}\n`;
  if (args.out) await writeFile(args.out, json);
  else process.stdout.write(json);
  const mentions = dataset.events.reduce((n, e) => n + e.mentions.length, 0);
  const inferred = dataset.articles.filter((a) => a.referenceInferred).length;
  process.stderr.write(
    `extract: ${dataset.articles.length} articles (${inferred} with inferred dates), ` +
      `${dataset.events.length} events, ${mentions} dated mentions` +
      `${problems.length ? `, ${problems.length} files skipped` : ''}` +
      `${args.out ? ` → ${args.out}` : ''}\n`,
  );
  return 0;
};

process.exitCode = await main();
