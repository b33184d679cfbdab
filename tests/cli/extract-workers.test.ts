import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/cli/corpus/write-corpus';

const runExtract = (...args: string[]) => {
  const result = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/extract.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** The output without its timestamp, the one field that differs between two runs. */
const withoutTimestamp = (json: string): string =>
  json.replace(/^ {2}"generatedAt": "[^"]*",\n/m, '');

describe('npm run extract -- --workers', () => {
  let generated: string;

  beforeAll(async () => {
    generated = join(mkdtempSync(join(tmpdir(), 'extract-workers-')), 'corpus');
    await writeCorpus(generated, 40, 3);
  });

  it(
    'should give byte-identical output on worker threads and in one thread',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'extract-workers-'));
      const paths = ['tests/fixtures/unseen', generated];
      const single = runExtract(...paths, '--workers', '1', '--out', join(dir, 'one.json'));
      const parallel = runExtract(...paths, '--workers=2', '--out', join(dir, 'two.json'));
      expect(single.code).toBe(0);
      expect(parallel.code).toBe(0);
      expect(single.stderr).not.toMatch(/worker threads/);
      expect(parallel.stderr).toMatch(/50 articles .*, 2 worker threads →/);

      const one = readFileSync(join(dir, 'one.json'), 'utf8');
      const two = readFileSync(join(dir, 'two.json'), 'utf8');
      expect(one).toMatch(/"generatedAt"/);
      expect(withoutTimestamp(two)).toBe(withoutTimestamp(one));
    },
    // Four tsx processes' worth of start-up on a busy two-core machine.
    120_000,
  );

  it('should reject a worker count that is not a whole number of at least 1', () => {
    const { code, stderr } = runExtract('seeds', '--workers', '0');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--workers needs a whole number of at least 1, not "0"/);
  });
});
