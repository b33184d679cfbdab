/**
 * The evidence a slide quotes: an event's mention sentences, one per sentence however many dates
 * it holds, with the date expressions marked. Pure, and offset-based like the source reader: the
 * sentence is never parsed as markup.
 */
import type { Mention } from '../../data/schema';

export interface QuoteRun {
  text: string;
  /** Part of a date expression, to be emphasised. */
  isDate: boolean;
}

export interface EvidenceQuote {
  articleId: string;
  /** Where the sentence starts in the article's text; with articleId, the quote's identity. */
  start: number;
  runs: QuoteRun[];
}

type Span = [number, number];

interface Sentence {
  articleId: string;
  start: number;
  text: string;
  dates: Span[];
}

/** The distinct sentences of `mentions`, in mention order, each with its dates' offsets in it. */
const sentencesOf = (mentions: readonly Mention[]): Sentence[] => {
  const byKey = new Map<string, Sentence>();
  for (const m of mentions) {
    const key = `${m.articleId}:${m.sentenceSpan[0]}`;
    const sentence = byKey.get(key) ?? {
      articleId: m.articleId,
      start: m.sentenceSpan[0],
      text: m.sentence,
      dates: [],
    };
    const from = Math.max(0, m.span[0] - sentence.start);
    const to = Math.min(sentence.text.length, m.span[1] - sentence.start);
    if (to > from) sentence.dates.push([from, to]);
    byKey.set(key, sentence);
  }
  return [...byKey.values()];
};

/** `text` cut into plain and date runs, e.g. ("Held on 9 July.", [[8, 14]]) → "Held on ", "9 July", ".". */
export const quoteRuns = (text: string, dates: readonly Span[]): QuoteRun[] => {
  const runs: QuoteRun[] = [];
  let cursor = 0;
  for (const [from, to] of [...dates].sort((a, b) => a[0] - b[0])) {
    if (to <= cursor) continue;
    const start = Math.max(from, cursor);
    const last = runs.at(-1);
    if (start > cursor) runs.push({ text: text.slice(cursor, start), isDate: false });
    // Overlapping expressions ("9 July" inside "9 July 2024") make one run, not two.
    if (start === cursor && last?.isDate) last.text += text.slice(start, to);
    else runs.push({ text: text.slice(start, to), isDate: true });
    cursor = to;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), isDate: false });
  return runs;
};

export interface SlideEvidence {
  quotes: EvidenceQuote[];
  /** Distinct evidence sentences and articles in all, shown or not. */
  sentences: number;
  articles: number;
}

/**
 * Up to `limit` evidence sentences of an event, from as many different articles as possible
 * (the first sentence of each article in mention order, then the next ones), with the totals.
 */
export const slideEvidence = (mentions: readonly Mention[], limit: number): SlideEvidence => {
  const sentences = sentencesOf(mentions);
  const firstOfArticle = new Map<string, Sentence>();
  for (const s of sentences)
    if (!firstOfArticle.has(s.articleId)) firstOfArticle.set(s.articleId, s);
  const firsts = [...firstOfArticle.values()];
  const chosen = [...firsts, ...sentences.filter((s) => !firsts.includes(s))].slice(0, limit);
  return {
    quotes: chosen.map((s) => ({
      articleId: s.articleId,
      start: s.start,
      runs: quoteRuns(s.text, s.dates),
    })),
    sentences: sentences.length,
    articles: firstOfArticle.size,
  };
};
