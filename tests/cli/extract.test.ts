import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/data/schema';

const runExtract = (...args: string[]) => {
  const result = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/extract.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('npm run extract', () => {
  it('should print a valid Dataset for files and folders and a summary on stderr', () => {
    const { code, stdout, stderr } = runExtract('seeds');
    expect(code).toBe(0);
    const dataset = datasetSchema.parse(JSON.parse(stdout));
    expect(dataset.articles.map((a) => a.source).sort()).toEqual([
      '000_cb2e87bc628ada95.txt',
      '001_41b2f1d924316376.txt',
    ]);
    expect(stderr).toMatch(/2 articles .* events, \d+ dated mentions/);
  });

  it('should name each unreadable file on stderr and still process the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    copyFileSync('seeds/000_cb2e87bc628ada95.txt', join(dir, 'good.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(
      join(dir, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    writeFileSync(
      join(dir, 'latin1.txt'),
      Buffer.from('Caf\xe9 au lait in Z\xfcrich on Monday.', 'latin1'),
    );
    const out = join(dir, 'dataset.json');
    const { code, stdout, stderr } = runExtract(dir, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/empty\.txt: skipped, empty file/);
    expect(stderr).toMatch(/binary\.txt: skipped, binary file/);
    expect(stderr).toMatch(/latin1\.txt: skipped, not valid UTF-8/);
    const dataset = datasetSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(dataset.articles.map((a) => a.source)).toEqual(['good.txt']);
  });

  it('should exit non-zero only when no article could be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    writeFileSync(join(dir, 'empty.txt'), '   \n');
    const { code, stderr } = runExtract(dir, join(dir, 'missing.txt'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\.txt: no such file or folder/);
    expect(stderr).toMatch(/no article could be read/);
  });
});
