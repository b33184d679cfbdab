import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PeerIndex } from '../../../src/data/dates/peer-index';
import type { ReferencePeer } from '../../../src/data/dates/reference';
import { overlap } from '../../../src/data/terms';

/** The definition the index must reproduce: compare with every peer, keep the first best. */
const bruteForce = (terms: ReadonlySet<string>, peers: readonly ReferencePeer[], min: number) => {
  let best: { peer: ReferencePeer; score: number } | null = null;
  for (const peer of peers) {
    const score = overlap(terms, peer.terms);
    if (score >= min && (!best || score > best.score)) best = { peer, score };
  }
  return best;
};

const vocabulary = fc.constantFrom('nato', 'summit', 'seoul', 'tokyo', 'drills', 'navy', 'cyber');
const termSet = fc.uniqueArray(vocabulary, { maxLength: 6 }).map((t) => new Set(t));

describe('PeerIndex', () => {
  it('should pick the same peer as comparing with every peer', () => {
    fc.assert(
      fc.property(fc.array(termSet, { maxLength: 12 }), termSet, (peerTerms, terms) => {
        const peers = peerTerms.map((t, i) => ({
          source: `p${i}`,
          referenceDate: '2024-01-01',
          terms: t,
        }));
        const index = new PeerIndex(peers);
        expect(index.best(terms, 0.3)).toEqual(bruteForce(terms, peers, 0.3));
        // The index resets its counters: asking twice gives the same answer.
        expect(index.best(terms, 0.3)).toEqual(bruteForce(terms, peers, 0.3));
      }),
    );
  });
});
