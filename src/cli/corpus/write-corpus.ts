/** Writes a generated corpus to a folder: one file per article, named in article order. */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { generateArticle } from './generate';

export interface CorpusSummary {
  articles: number;
  bytes: number;
  /** Files per extension, e.g. { ".txt": 6500, ".md": 1800, ".html": 1700 }. */
  byExtension: Record<string, number>;
}

// Enough writes in flight to keep the disk busy without holding thousands of buffers.
const BATCH = 200;

/** Generates `count` articles with `seed` into `dir`, which must be empty or not exist yet. */
export const writeCorpus = async (
  dir: string,
  count: number,
  seed: number,
): Promise<CorpusSummary> => {
  await mkdir(dir, { recursive: true });
  // Leftovers of an earlier, larger run would silently join the corpus.
  if ((await readdir(dir)).length > 0)
    throw new Error(`${dir} is not empty: give a new or empty folder`);
  const summary: CorpusSummary = { articles: 0, bytes: 0, byExtension: {} };
  for (let start = 0; start < count; start += BATCH) {
    const articles = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) =>
      generateArticle(seed, start + i),
    );
    await Promise.all(articles.map((a) => writeFile(join(dir, a.fileName), a.text)));
    for (const a of articles) {
      const ext = extname(a.fileName);
      summary.articles += 1;
      summary.bytes += Buffer.byteLength(a.text);
      summary.byExtension[ext] = (summary.byExtension[ext] ?? 0) + 1;
    }
  }
  return summary;
};
