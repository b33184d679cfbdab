/**
 * Scores a Dataset against a gold annotation the way ../shared/tools/score-extract.py does:
 * a mention counts when a gold anchor is in its sentence and agrees with its dateText.
 */
import type { Dataset } from '../../src/data/schema';

interface GoldDate {
  anchor: string;
  options: Array<{ start: string; end: string }>;
  required: boolean;
}
interface GoldArticle {
  published: string | null;
  countries: string[];
  countries_optional?: string[];
  topics: string[];
  topics_optional?: string[];
  dates: GoldDate[];
}
export interface Gold {
  articles: Record<string, GoldArticle>;
}

export interface GoldScore {
  dateF1: number;
  countryF1: number;
  topicF1: number;
  requiredFound: number;
  requiredTotal: number;
  publishedRight: number;
  wrong: string[];
  missed: string[];
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export const scoreAgainstGold = (gold: Gold, dataset: Dataset): GoldScore => {
  const bySource = new Map(dataset.articles.map((a) => [a.source, a]));
  const sourceOfId = new Map(dataset.articles.map((a) => [a.id, a.source]));
  const mentions = new Map<string, Dataset['events'][number]['mentions']>();
  for (const event of dataset.events) {
    for (const m of event.mentions) {
      const source = sourceOfId.get(m.articleId) ?? '';
      mentions.set(source, [...(mentions.get(source) ?? []), m]);
    }
  }
  let tp = 0;
  let fp = 0;
  let required = 0;
  let requiredHit = 0;
  let publishedRight = 0;
  const counts = { c: { tp: 0, fp: 0, fn: 0 }, t: { tp: 0, fp: 0, fn: 0 } };
  const wrong: string[] = [];
  const missed: string[] = [];
  for (const [name, g] of Object.entries(gold.articles)) {
    const article = bySource.get(name);
    if (!article) throw new Error(`${name} missing from the dataset`);
    if (article.published === g.published) publishedRight += 1;
    const hit = new Set<number>();
    for (const m of mentions.get(name) ?? []) {
      const sentence = m.sentence.toLowerCase();
      const dateText = m.dateText.toLowerCase();
      const candidates = g.dates
        .map((d, k) => ({ d, k }))
        .filter(
          ({ d }) =>
            sentence.includes(d.anchor.toLowerCase()) &&
            (!dateText ||
              d.anchor.toLowerCase().includes(dateText) ||
              dateText.includes(d.anchor.toLowerCase())),
        );
      const ok = candidates.filter(({ d }) =>
        d.options.some((o) => o.start === m.date.start && o.end === m.date.end),
      );
      if (ok.length > 0) {
        tp += 1;
        ok.forEach(({ k }) => hit.add(k));
      } else if (!candidates.some(({ d }) => !d.required)) {
        fp += 1;
        wrong.push(`${name}: ${m.dateText} → ${m.date.start}..${m.date.end}`);
      }
    }
    g.dates.forEach((d, k) => {
      if (!d.required) return;
      required += 1;
      if (hit.has(k)) requiredHit += 1;
      else missed.push(`${name}: ${d.anchor}`);
    });
    for (const [kind, found, expected, optional] of [
      ['c', article.countries, g.countries, g.countries_optional ?? []],
      ['t', article.topics, g.topics, g.topics_optional ?? []],
    ] as const) {
      const predicted = new Set(found);
      const c = counts[kind];
      c.tp += expected.filter((x) => predicted.has(x)).length;
      c.fn += expected.filter((x) => !predicted.has(x)).length;
      c.fp += [...predicted].filter((x) => !expected.includes(x) && !optional.includes(x)).length;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    dateF1: f1(ratio(tp, tp + fp), ratio(requiredHit, required)),
    countryF1: f1(
      ratio(counts.c.tp, counts.c.tp + counts.c.fp),
      ratio(counts.c.tp, counts.c.tp + counts.c.fn),
    ),
    topicF1: f1(
      ratio(counts.t.tp, counts.t.tp + counts.t.fp),
      ratio(counts.t.tp, counts.t.tp + counts.t.fn),
    ),
    requiredFound: requiredHit,
    requiredTotal: required,
    publishedRight,
    wrong,
    missed,
  };
};
