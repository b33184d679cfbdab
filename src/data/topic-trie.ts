/**
 * The heads of all topic phrases (topic-heads.ts) in one trie, stored as flat arrays so the scan in
 * topic-matcher.ts costs a table lookup per character.
 */
import { APOS, SEP, type HeadKind, type PhraseHead } from './topic-heads';
import { APOSTROPHES, CODE_TABLE_SIZE, foldCode } from './topic-phrase';

/** How a head ends at a trie node, as in `HeadKind`. */
export const OPEN = 0;
export const WORD = 1;
export const PREFIX = 2;
const KIND_CODES: Readonly<Record<HeadKind, number>> = { open: OPEN, word: WORD, prefix: PREFIX };

/** Node flags. */
export const HAS_ENTRIES = 1;
export const HAS_SEPARATOR = 2;

interface BuildNode {
  children: Map<string, BuildNode>;
  entries: { id: number; kind: HeadKind }[];
}

const symbolOf = (code: number): string =>
  APOSTROPHES.includes(String.fromCharCode(code)) ? APOS : String.fromCharCode(foldCode(code));

/**
 * Flat arrays, read directly by the scan's inner loop. Characters map to symbol classes (0: no head
 * goes on with it). Nodes are numbered depth-first with letters before separators, so a node's first
 * child is the next node: a node with one child needs no table row, only the child's class.
 */
export class PhraseTrie {
  /** Class of each code unit below CODE_TABLE_SIZE; `classOf` tells the others. */
  readonly table: Uint8Array;
  /** Per node: HAS_ENTRIES | HAS_SEPARATOR. */
  readonly flags: Uint8Array;
  /** Per node: > 0, start of its row in `rows`; < 0, minus the class of its only child (node + 1); 0, no child. */
  readonly steps: Int32Array;
  /** Children of branching nodes: rows[steps[node] + class]; 0 for none (the root is nobody's child). */
  readonly rows: Int32Array;
  readonly separatorChildren: Int32Array;
  /** Entries of node n are at entryStart[n] … entryStart[n + 1] - 1 of entryIds and entryKinds. */
  readonly entryStart: Int32Array;
  readonly entryIds: Int32Array;
  readonly entryKinds: Uint8Array;
  private readonly symbols = new Map<string, number>();
  private readonly cache = new Map<number, number>();

  constructor(heads: readonly { id: number; heads: readonly PhraseHead[] }[]) {
    const root: BuildNode = { children: new Map(), entries: [] };
    for (const { id, heads: list } of heads) {
      for (const head of list) {
        let node = root;
        for (const symbol of head.symbols) {
          if (symbol !== SEP && !this.symbols.has(symbol))
            this.symbols.set(symbol, this.symbols.size + 1);
          let child = node.children.get(symbol);
          if (child === undefined)
            node.children.set(symbol, (child = { children: new Map(), entries: [] }));
          node = child;
        }
        node.entries.push({ id, kind: head.kind });
      }
    }
    const classes = this.symbols.size + 1;
    if (classes > 256) throw new Error('too many distinct characters in topic phrases');
    this.table = Uint8Array.from({ length: CODE_TABLE_SIZE }, (_, code) => this.classOfSlow(code));

    const nodes: BuildNode[] = [];
    const number = (node: BuildNode): void => {
      nodes.push(node);
      const children = [...node.children];
      for (const [symbol, child] of children) if (symbol !== SEP) number(child);
      for (const [symbol, child] of children) if (symbol === SEP) number(child);
    };
    number(root);
    const index = new Map(nodes.map((node, i) => [node, i]));
    this.flags = new Uint8Array(nodes.length);
    this.steps = new Int32Array(nodes.length);
    this.separatorChildren = new Int32Array(nodes.length);
    this.entryStart = new Int32Array(nodes.length + 1);
    const rows: number[] = Array.from({ length: classes }, () => 0); // row 0 unused: steps > 0
    const entries: { id: number; kind: HeadKind }[] = [];
    nodes.forEach((node, i) => {
      const letters = [...node.children].filter(([symbol]) => symbol !== SEP);
      const separator = node.children.get(SEP);
      if (letters.length > 1) {
        this.steps[i] = rows.length;
        const row = Array.from({ length: classes }, () => 0);
        for (const [symbol, child] of letters)
          row[this.symbols.get(symbol) ?? 0] = index.get(child) ?? 0;
        rows.push(...row);
      } else if (letters.length === 1)
        this.steps[i] = -(this.symbols.get(letters[0]?.[0] ?? '') ?? 0);
      if (separator !== undefined) this.separatorChildren[i] = index.get(separator) ?? 0;
      this.flags[i] =
        (node.entries.length > 0 ? HAS_ENTRIES : 0) | (separator !== undefined ? HAS_SEPARATOR : 0);
      this.entryStart[i] = entries.length;
      entries.push(...node.entries);
    });
    this.entryStart[nodes.length] = entries.length;
    this.rows = Int32Array.from(rows);
    this.entryIds = Int32Array.from(entries, (entry) => entry.id);
    this.entryKinds = Uint8Array.from(entries, (entry) => KIND_CODES[entry.kind]);
  }

  /** The class of any code unit (remembered, for the rare ones outside `table`). */
  classOf(code: number): number {
    let found = this.cache.get(code);
    if (found === undefined) this.cache.set(code, (found = this.classOfSlow(code)));
    return found;
  }

  private classOfSlow(code: number): number {
    return this.symbols.get(symbolOf(code)) ?? 0;
  }
}

const APOSTROPHE_CODES = Array.from(APOSTROPHES, (ch) => ch.charCodeAt(0));

/**
 * Whether reading `code` through its class is exactly what the phrase regexes compare: so for ASCII
 * and apostrophes (one class in the regexes too), not for what reaches a class by case folding, which
 * a case-insensitive regex may do differently.
 */
export const isExactCode = (code: number): boolean => code < 128 || APOSTROPHE_CODES.includes(code);
