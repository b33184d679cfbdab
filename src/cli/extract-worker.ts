/**
 * Worker thread of the extraction CLI: runs the per-article stage (`extractArticle`) on each
 * chunk of articles it is sent and posts the results back, or names the article that failed.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle, type ExtractedArticle } from '../data/index';
import type { ExtractReply, ExtractRequest } from './extract-messages';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread, not on its own');

port.on('message', ({ first, inputs, ids }: ExtractRequest) => {
  const extracted: ExtractedArticle[] = [];
  let reply: ExtractReply;
  try {
    for (const [i, input] of inputs.entries())
      extracted.push(extractArticle(input, ids[i]!, { ahead: true }));
    reply = { first, extracted };
  } catch (error) {
    const source = inputs[extracted.length]?.source ?? '?';
    reply = { first, failed: { source, message: (error as Error).stack ?? String(error) } };
  }
  port.postMessage(reply);
});
