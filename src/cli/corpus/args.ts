/** The command line of `npm run corpus`, checked so that a typo fails loudly instead of writing junk. */

export const USAGE = 'usage: npm run corpus -- --articles N --out DIR [--seed S]';
const MAX_ARTICLES = 1_000_000;
const FLAGS = ['--articles', '--out', '--seed'];

export interface CorpusArgs {
  articles: number;
  out: string;
  seed: number;
}

/** A whole number within [min, max], or an error naming the flag. */
const wholeNumber = (flag: string, raw: string, min: number, max: number): number => {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new Error(`${flag} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
};

/**
 * `--articles N --out DIR [--seed S]` (also `--flag=value`) → the arguments; throws a message
 * saying what is wrong, or USAGE itself for --help.
 */
export const parseCorpusArgs = (argv: readonly string[]): CorpusArgs => {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!FLAGS.includes(flag)) throw new Error(`unknown argument "${arg}"`);
    const value = inline ?? argv[(i += 1)];
    if (value === undefined || value === '') throw new Error(`${flag} needs a value`);
    values.set(flag, value);
  }
  const articles = values.get('--articles');
  const out = values.get('--out');
  if (!articles) throw new Error('--articles is required');
  if (!out) throw new Error('--out is required');
  return {
    articles: wholeNumber('--articles', articles, 1, MAX_ARTICLES),
    out,
    seed: wholeNumber('--seed', values.get('--seed') ?? '1', 0, 2 ** 32 - 1),
  };
};
