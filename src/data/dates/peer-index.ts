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

export class PeerIndex {
  private readonly byTerm = new Map<string, number[]>();
  private readonly shared: Uint32Array;
  private readonly peers: readonly ReferencePeer[];

  constructor(peers: readonly ReferencePeer[]) {
    this.peers = peers;
    peers.forEach((peer, i) => {
      for (const term of peer.terms) {
        const list = this.byTerm.get(term);
        if (list) list.push(i);
        else this.byTerm.set(term, [i]);
      }
    });
    this.shared = new Uint32Array(peers.length);
  }

  /**
   * The peer with the highest overlap of at least `minimum`, the earliest on ties (exactly what
   * comparing with each peer in turn would pick).
   */
  best(terms: ReadonlySet<string>, minimum: number): PeerMatch | null {
    if (terms.size === 0) return null;
    const touched: number[] = [];
    for (const term of terms) {
      for (const i of this.byTerm.get(term) ?? []) {
        const count = this.shared[i]!;
        if (count === 0) touched.push(i);
        this.shared[i] = count + 1;
      }
    }
    touched.sort((a, b) => a - b);
    let best: PeerMatch | null = null;
    for (const i of touched) {
      const peer = this.peers[i]!;
      const score = this.shared[i]! / Math.min(terms.size, peer.terms.size);
      this.shared[i] = 0;
      if (score >= minimum && (!best || score > best.score)) best = { peer, score };
    }
    return best;
  }
}
