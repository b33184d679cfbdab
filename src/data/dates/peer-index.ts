/**
 * Finds the dated article most like an undated one without comparing it with every article:
 * an inverted index from term to the articles that use it, so only articles sharing a term are
 * scored. With thousands of articles, comparing every undated story with every dated one was
 * the slowest step of a corpus build.
 */
import type { ReferencePeer } from './reference';

export interface PeerMatch {
  peer: ReferencePeer;
  /** Shared terms relative to the smaller vocabulary (0..1). */
  score: number;
}

/** Adds one to `counts` at each of `indexes`: the hot loop, kept small for the JIT. */
const countEach = (counts: Uint32Array, indexes: Int32Array): void => {
  for (let j = 0; j < indexes.length; j += 1) {
    const i = indexes[j]!;
    counts[i] = counts[i]! + 1;
  }
};

export class PeerIndex {
  /** For each term, the indexes of the peers that use it, ascending. */
  private readonly postings = new Map<string, Int32Array>();
  /** Shared-term counts of the query in progress, one per peer; all zero between queries. */
  private readonly shared: Uint32Array;
  private readonly peers: readonly ReferencePeer[];
  /** Each peer's vocabulary size, packed: the scan below reads it for every peer on every query. */
  private readonly sizes: Uint32Array;

  constructor(peers: readonly ReferencePeer[]) {
    this.peers = peers;
    const lists = new Map<string, number[]>();
    peers.forEach((peer, i) => {
      for (const term of peer.terms) {
        const list = lists.get(term);
        if (list) list.push(i);
        else lists.set(term, [i]);
      }
    });
    for (const [term, list] of lists) this.postings.set(term, Int32Array.from(list));
    this.shared = new Uint32Array(peers.length);
    this.sizes = Uint32Array.from(peers, (peer) => peer.terms.size);
  }

  /**
   * The peer with the highest overlap of at least `minimum`, the earliest on ties (exactly what
   * comparing with each peer in turn would pick).
   */
  best(terms: ReadonlySet<string>, minimum: number): PeerMatch | null {
    if (terms.size === 0) return null;
    const shared = this.shared;
    // Counting alone in the hot loop, then one pass over every peer: with common terms most
    // peers are touched anyway, and a tight increment loop beats keeping a list of them.
    for (const term of terms) {
      const list = this.postings.get(term);
      if (list) countEach(shared, list);
    }
    // Packed sizes, not each peer's own set: the scan reads every peer, and chasing thousands of
    // objects per query cost more than the counting.
    let bestIndex = -1;
    let bestScore = 0;
    for (let i = 0; i < shared.length; i += 1) {
      const count = shared[i]!;
      if (count === 0) continue;
      shared[i] = 0;
      const score = count / Math.min(terms.size, this.sizes[i]!);
      if (score >= minimum && (bestIndex < 0 || score > bestScore)) {
        bestIndex = i;
        bestScore = score;
      }
    }
    return bestIndex < 0 ? null : { peer: this.peers[bestIndex]!, score: bestScore };
  }
}
