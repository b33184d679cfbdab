/**
 * Finds all topic phrases of a text in one pass. Running a regex per phrase over every sentence made
 * topic tagging slow; instead, an automaton (topic-words.ts) picks the word starts where a phrase may
 * begin, and from each, one walk down a trie of the phrases' heads (topic-heads.ts, topic-trie.ts)
 * finds which phrases can match there. Where a head spells out the whole phrase the hit is taken as
 * is; otherwise the phrase's regex runs, anchored at that start. Hits are exactly what a global regex
 * per phrase would find with matchAll.
 */
import { phraseHeads, type PhraseHead } from './topic-heads';
import { HitStore } from './topic-hits';
import { WordStarts } from './topic-words';
import {
  CODE_TABLE_SIZE,
  isCaseSensitive,
  isFoldedWordCode,
  isWordCode,
  phraseSource,
  separatorKind,
} from './topic-phrase';
import { HAS_ENTRIES, HAS_SEPARATOR, isExactCode, OPEN, PhraseTrie, WORD } from './topic-trie';
import type { Span } from './types';

/** A phrase of the matcher and the groups (bit masks; groups are topics) it serves. */
export interface MatcherPhrase {
  phrase: string;
  /** Groups that a hit of this phrase can make relevant; such phrases are always looked for. */
  triggers: number;
  /** Groups that use this phrase only as context; looked for only when one of them is triggered. */
  needs: number;
}

const flagsOf = (phrase: string): string => (isCaseSensitive(phrase) ? 'u' : 'iu');

/** Not reentrant: one scan's hits live in the matcher until the next scan. */
export class PhraseMatcher {
  private readonly trie: PhraseTrie;
  private readonly words: WordStarts;
  private readonly sticky: RegExp[];
  private readonly triggers: Int32Array;
  private readonly needs: Int32Array;
  /**
   * Case-sensitive phrases, whose heads (folded) cannot confirm a match. The others are
   * case-insensitive, so their word boundaries are isFoldedWordCode's.
   */
  private readonly verify: Uint8Array;
  /** Phrases whose start no head tells (none in the current rules): scanned in full. */
  private readonly anywhere: { id: number; regex: RegExp }[] = [];

  // State of the current scan.
  private text = '';
  private triggered = 0;
  private readonly hits: HitStore;
  /** Candidates of the word start being read, as id and end (-1: ask the regex) pairs. */
  private pending = new Int32Array(64);
  private pendingCount = 0;
  /** Candidates for context-only phrases, as id, start and end triples, in text order. */
  private readonly deferred: number[] = [];

  constructor(phrases: readonly MatcherPhrase[]) {
    this.sticky = phrases.map(
      ({ phrase }) => new RegExp(phraseSource(phrase), `y${flagsOf(phrase)}`),
    );
    this.triggers = Int32Array.from(phrases, (p) => p.triggers);
    this.needs = Int32Array.from(phrases, (p) => p.needs);
    this.verify = Uint8Array.from(phrases, (p) => (isCaseSensitive(p.phrase) ? 1 : 0));
    this.hits = new HitStore(phrases.length);
    const withHeads: { id: number; heads: PhraseHead[] }[] = [];
    phrases.forEach(({ phrase }, id) => {
      const heads = phraseHeads(phrase);
      if (heads !== null) withHeads.push({ id, heads });
      else
        this.anywhere.push({ id, regex: new RegExp(phraseSource(phrase), `g${flagsOf(phrase)}`) });
    });
    this.trie = new PhraseTrie(withHeads);
    this.words = new WordStarts(withHeads.flatMap(({ heads }) => heads));
  }

  /** Finds every phrase in `text`; returns the groups some hit triggered (0: none, no hits kept). */
  scan(text: string): number {
    this.begin(text);
    const words = this.words;
    words.reset(text);
    for (let start = words.next(); start >= 0; start = words.next()) this.walk(start);
    if (words.gaveUp) {
      this.begin(text);
      this.walkEveryWord();
    }
    for (const { id, regex } of this.anywhere) {
      for (const m of text.matchAll(regex)) this.record(id, m.index, m.index + m[0].length);
    }
    if (this.triggered === 0) return 0;
    // Context phrases (near, exclude) only matter for the groups that some phrase triggered.
    const deferred = this.deferred;
    for (let i = 0; i < deferred.length; i += 3) {
      const id = deferred[i] ?? 0;
      if (((this.needs[id] ?? 0) & this.triggered) !== 0)
        this.accept(id, deferred[i + 1] ?? 0, deferred[i + 2] ?? -1);
    }
    return this.triggered;
  }

  private begin(text: string): void {
    this.text = text;
    this.triggered = 0;
    this.hits.clear();
    if (this.deferred.length > 0) this.deferred.length = 0;
  }

  /** Walks from every word start; for the rare texts the word automaton cannot read. */
  private walkEveryWord(): void {
    const text = this.text;
    for (let start = 0; start < text.length; start++) {
      const code = text.charCodeAt(start);
      // A character that is no word character yet matches a letter (the Kelvin sign) starts a word too.
      if (start === 0 || !isWordCode(text.charCodeAt(start - 1))) {
        if (isWordCode(code) || this.trie.classOf(code) !== 0) this.walk(start);
      }
    }
  }

  /** The phrases the last scan found, each once. */
  foundIds(): readonly number[] {
    return this.hits.found;
  }

  /** The spans of phrase `id` found by the last scan, in text order. */
  hitsOf(id: number): Span[] {
    return this.hits.spansOf(id);
  }

  /** Follows the trie from the word starting at `start`, collecting the phrases whose heads fit. */
  private walk(start: number): void {
    const { text, trie } = this;
    const { table, flags, steps, rows } = trie;
    this.pendingCount = 0;
    let node = 0;
    let at = start;
    // Whether a whole head read so far is a match as is: the trie read every character as the phrase
    // regexes would (see isExactCode), after a character no case-insensitive regex takes for a letter.
    let exact = start === 0 || !isFoldedWordCode(text.charCodeAt(start - 1));
    for (;;) {
      const nodeFlags = flags[node] ?? 0;
      if ((nodeFlags & HAS_ENTRIES) !== 0) this.collect(node, at, exact);
      if (at >= text.length) break;
      const code = text.charCodeAt(at);
      const symbol = code < CODE_TABLE_SIZE ? (table[code] ?? 0) : trie.classOf(code);
      const step = steps[node] ?? 0;
      const child =
        symbol === 0 ? 0 : step > 0 ? (rows[step + symbol] ?? 0) : step === -symbol ? node + 1 : 0;
      if (child !== 0) {
        exact &&= isExactCode(code);
        node = child;
        at++;
      } else if ((nodeFlags & HAS_SEPARATOR) !== 0 && separatorKind(code) !== 0) {
        node = trie.separatorChildren[node] ?? 0;
        at = this.separatorEnd(at);
      } else break;
    }
    if (this.pendingCount > 0) this.resolve(start);
  }

  /** End of the separator at `at`: spaces, at most one hyphen, spaces; as the regex reads it before a word. */
  private separatorEnd(at: number): number {
    const text = this.text;
    while (at < text.length && separatorKind(text.charCodeAt(at)) === 1) at++;
    if (at < text.length && separatorKind(text.charCodeAt(at)) === 2) at++;
    while (at < text.length && separatorKind(text.charCodeAt(at)) === 1) at++;
    return at;
  }

  /** Adds the phrases whose heads end at `node`, reached at `at`, to the pending candidates. */
  private collect(node: number, at: number, exact: boolean): void {
    const { text, trie } = this;
    const last = trie.entryStart[node + 1] ?? 0;
    for (let entry = trie.entryStart[node] ?? 0; entry < last; entry++) {
      const id = trie.entryIds[entry] ?? 0;
      const kind = trie.entryKinds[entry];
      const fast = exact && this.verify[id] === 0;
      if (kind === OPEN) this.addPending(id, -1);
      else if (kind === WORD) {
        const next = at < text.length ? text.charCodeAt(at) : -1;
        if (!isWordCode(next)) this.addPending(id, fast && !isFoldedWordCode(next) ? at : -1);
      } else {
        // The rest of the word, which the regex's "*" would take, maybe with a character more.
        let end = at;
        while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
        const next = end < text.length ? text.charCodeAt(end) : -1;
        this.addPending(id, fast && !isFoldedWordCode(next) ? end : -1);
      }
    }
  }

  private addPending(id: number, end: number): void {
    if (this.pendingCount + 2 > this.pending.length) {
      const grown = new Int32Array(this.pending.length * 2);
      grown.set(this.pending);
      this.pending = grown;
    }
    this.pending[this.pendingCount++] = id;
    this.pending[this.pendingCount++] = end;
  }

  /**
   * Takes the candidates of one word start. A phrase with a single whole head there matches exactly
   * that; with several, the regex decides which alternative it prefers.
   */
  private resolve(start: number): void {
    const { pending, pendingCount } = this;
    for (let i = 0; i < pendingCount; i += 2) {
      const id = pending[i] ?? 0;
      let end = pending[i + 1] ?? -1;
      let repeated = false;
      for (let j = 0; j < pendingCount; j += 2) {
        if (j === i || pending[j] !== id) continue;
        if (j < i) repeated = true;
        end = -1;
      }
      if (repeated) continue;
      if (this.triggers[id] !== 0) this.accept(id, start, end);
      else this.deferred.push(id, start, end);
    }
  }

  /** Records a hit of `id` from `start` to `end`, or to where its regex ends when `end` is -1. */
  private accept(id: number, start: number, end: number): void {
    // Like a global regex, a phrase's next hit starts after its previous one.
    if (start < this.hits.lastEnd(id)) return;
    if (end < 0) {
      const regex = this.sticky[id];
      if (regex === undefined) return;
      regex.lastIndex = start;
      if (!regex.test(this.text)) return;
      end = regex.lastIndex;
    }
    this.record(id, start, end);
  }

  private record(id: number, start: number, end: number): void {
    this.hits.add(id, start, end);
    this.triggered |= this.triggers[id] ?? 0;
  }
}
