import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTextFile } from '../../src/cli/write-text-file';

describe('writeTextFile', () => {
  it('should write the same UTF-8 as one write, even with emoji across slice edges', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'write-text-')), 'out.json');
    // With slices of 3 UTF-16 units, every flag (two surrogate pairs) straddles an edge.
    const text = '{"a":"🇺🇦 Kyiv – 🇯🇵 Tokyo ’quoted’ é"}\n'.repeat(5);
    writeTextFile(path, text, 3);
    expect(readFileSync(path)).toEqual(Buffer.from(text, 'utf8'));
    expect(readFileSync(path, 'utf8')).not.toContain('\uFFFD');
  });

  it('should replace an existing file and write an empty one', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'write-text-')), 'out.txt');
    writeTextFile(path, 'a long first text');
    writeTextFile(path, 'short');
    expect(readFileSync(path, 'utf8')).toBe('short');
    writeTextFile(path, '');
    expect(readFileSync(path, 'utf8')).toBe('');
  });
});
