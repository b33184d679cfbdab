/**
 * Finds the words of a text where a topic phrase may begin, so topic-matcher.ts only walks its trie
 * from those (about a quarter of all words). An automaton reads the text one character at a time
 * through a transition table, which is cheaper than starting a trie walk at every word: it follows
 * the letters of phrases' first words and reports a word start when the word reaches a point where
 * a head ends or goes on past the word (into a separator, apostrophe or punctuation).
 */
import { APOSTROPHES, CODE_TABLE_SIZE, foldCode, isWordCode, separatorKind } from './topic-phrase';
import { APOS, SEP, type PhraseHead } from './topic-heads';

// Character classes: non-word characters (by what may follow a first word: a separator's space or
// hyphen, an apostrophe, other punctuation of phrases, anything else), a word character no first
// word goes on with, then letters; the last class is for characters the automaton cannot read.
const NON_WORD = 0;
const SPACE = 1;
const HYPHEN = 2;
const APOSTROPHE = 3;
const OTHER_WORD = 4;
const FIRST_FREE = 5;

interface Node {
  children: Map<string, Node>;
  /** A head ends here: report when the word ends here. */
  atEnd: boolean;
  /** Symbols after the word with which heads go on: report when the word ends before one. */
  goesOn: Set<string>;
  /** A head that is open or a prefix ends here: report as soon as it is read. */
  atOnce: boolean;
  /** Where the node's row starts in the transition table, or its report marker. */
  state: number;
}

const newNode = (): Node => ({
  children: new Map(),
  atEnd: false,
  goesOn: new Set(),
  atOnce: false,
  state: 0,
});

/**
 * States are offsets of rows in the transition table, so a step is one addition and one load: the
 * root (after a non-word character) at 0, then a word no phrase can begin ("dead"), then the
 * prefixes of first words. Values from `firstMarker` on are reports, which tell the prefix's length
 * so the word start need not be searched: firstMarker + 2 × length when the word ended after a
 * prefix that needs its end checked, + 1 for a prefix to walk as soon as it is read; firstMarker
 * itself for a character the automaton cannot read.
 */
export class WordStarts {
  private readonly classes: number;
  private readonly table: Uint8Array;
  private readonly slowClasses = new Map<number, number>();
  /** Classes of letters (the first `letterCount`) and punctuation symbols. */
  private readonly symbols = new Map<string, number>();
  private readonly letterCount: number;
  private readonly transitions: Int32Array;
  private readonly dead: number;
  private readonly firstMarker: number;
  // The text being read and where the automaton stands.
  private text = '';
  private at = 0;
  private state = 0;
  /** Set when the text holds a character the automaton cannot read; use another way then. */
  gaveUp = false;

  constructor(heads: readonly PhraseHead[]) {
    const root = newNode();
    for (const { symbols, kind } of heads) {
      let node = root;
      let i = 0;
      for (; i < symbols.length && isWordCode(symbols.charCodeAt(i)); i++) {
        const symbol = symbols.charAt(i);
        let child = node.children.get(symbol);
        if (child === undefined) node.children.set(symbol, (child = newNode()));
        node = child;
      }
      if (i < symbols.length) node.goesOn.add(symbols.charAt(i));
      else if (kind === 'word') node.atEnd = true;
      else node.atOnce = true;
    }
    // Classes: one per letter of first words, then one per punctuation symbol that follows one.
    const rows: Node[] = [root, newNode()];
    const atOnce: Node[] = [];
    const punctuation = new Set<string>();
    const depths = new Map<Node, number>();
    const visit = (node: Node, depth: number): void => {
      depths.set(node, depth);
      for (const symbol of node.goesOn)
        if (symbol !== SEP && symbol !== APOS) punctuation.add(symbol);
      for (const [symbol, child] of node.children) {
        if (!this.symbols.has(symbol)) this.symbols.set(symbol, FIRST_FREE + this.symbols.size);
        (child.atOnce ? atOnce : rows).push(child);
        visit(child, depth + 1);
      }
    };
    visit(root, 0);
    this.letterCount = this.symbols.size;
    for (const symbol of punctuation) this.symbols.set(symbol, FIRST_FREE + this.symbols.size);
    this.classes = FIRST_FREE + this.symbols.size + 1;
    this.table = Uint8Array.from({ length: CODE_TABLE_SIZE }, (_, code) => this.classOfSlow(code));
    rows.forEach((node, row) => (node.state = row * this.classes));
    this.dead = this.classes;
    this.firstMarker = rows.length * this.classes;
    for (const node of atOnce) node.state = this.firstMarker + 2 * (depths.get(node) ?? 0) + 1;

    this.transitions = new Int32Array(this.firstMarker).fill(this.dead);
    for (const node of rows) {
      const row = node.state;
      // A non-word character ends the word: report when a head ends there or goes on with it.
      const ended = this.firstMarker + 2 * (depths.get(node) ?? 0);
      const ends = (symbol: string): number => (node.atEnd || node.goesOn.has(symbol) ? ended : 0);
      this.transitions[row + NON_WORD] = ends('');
      this.transitions[row + SPACE] = ends(SEP);
      this.transitions[row + HYPHEN] = ends(SEP);
      this.transitions[row + APOSTROPHE] = ends(APOS);
      for (const symbol of punctuation)
        this.transitions[row + (this.symbols.get(symbol) ?? 0)] = ends(symbol);
      for (const [symbol, child] of node.children)
        this.transitions[row + (this.symbols.get(symbol) ?? 0)] = child.state;
      this.transitions[row + this.classes - 1] = this.firstMarker;
    }
  }

  /** Starts reading `text`. */
  reset(text: string): void {
    this.text = text;
    this.at = 0;
    this.state = 0;
    this.gaveUp = false;
  }

  /** The next word start where a phrase may begin, or -1 at the end of the text (or on giving up). */
  next(): number {
    const { text, table, transitions, firstMarker } = this;
    const length = text.length;
    let state = this.state;
    let at = this.at;
    for (; at < length; at++) {
      const code = text.charCodeAt(at);
      state =
        transitions[state + (code < CODE_TABLE_SIZE ? (table[code] ?? 0) : this.classOf(code))] ??
        0;
      if (state >= firstMarker) return this.report(state, at);
    }
    // The end of the text ends a word like a non-word character would.
    this.at = length + 1;
    if (at !== length) return -1;
    state = transitions[state + NON_WORD] ?? 0;
    return state >= firstMarker ? this.report(state, at) : -1;
  }

  private report(marker: number, at: number): number {
    const report = marker - this.firstMarker;
    if (report === 0) {
      this.gaveUp = true;
      this.at = this.text.length + 1;
      return -1;
    }
    this.at = at + 1;
    // A word end is reported at the character after the word, which is no word character; after a
    // prefix reported as soon as it is read, the rest of the word is of no interest.
    const length = report >> 1;
    if ((report & 1) === 0) {
      this.state = 0;
      return at - length;
    }
    this.state = this.dead;
    return at + 1 - length;
  }

  private classOf(code: number): number {
    let found = this.slowClasses.get(code);
    if (found === undefined) this.slowClasses.set(code, (found = this.classOfSlow(code)));
    return found;
  }

  /**
   * Word characters by their folded letter. A non-word character that folds to a letter (the Kelvin
   * sign matches "k" in case-insensitive regexes) may start a match, which the automaton cannot tell.
   */
  private classOfSlow(code: number): number {
    // Folded like the trie folds, so both read a character as the same symbol.
    const symbol = this.symbols.get(String.fromCharCode(foldCode(code)));
    const isLetter = symbol !== undefined && symbol < FIRST_FREE + this.letterCount;
    if (isWordCode(code)) return isLetter ? symbol : OTHER_WORD;
    if (isLetter) return this.classes - 1;
    const separator = separatorKind(code);
    if (separator !== 0) return separator === 1 ? SPACE : HYPHEN;
    if (APOSTROPHES.includes(String.fromCharCode(code))) return APOSTROPHE;
    return symbol ?? NON_WORD;
  }
}
