/**
 * Groups dated mentions into events. Precise mentions (a day or a short span) that overlap in time
 * and name the same happening — the same event name or kind ("summit"), or closely similar
 * wording — merge, across articles too. Vaguer mentions ("next week", "this year's summit")
 * then attach to the precise event they clearly refer to, without widening its dates; the rest
 * become events of their own.
 */
import type { DatasetEvent, Precision } from '../schema';
import type { Span } from '../types';
import { addDays, dayNumber, daysBetween } from '../dates/calendar';
import { DayIndex, MAX_WALK_DAYS } from './cluster-index';
import { ClusterKeys } from './cluster-keys';
import { jaccard, salientTerms } from '../terms';
import { happeningKinds, namedEvent } from './happening';
import { titleFromSentence, titleStrength } from './title';

/** A dated mention with the facts of its sentence, ready to be grouped. */
export interface MentionInput {
  articleId: string;
  sentence: string;
  sentenceSpan: Span;
  sentenceIndex: number;
  dateText: string;
  span: Span;
  date: { start: string; end: string };
  precision: Precision;
  /** Whether the resolution rests on an inferred reference date. */
  inferred: boolean;
  countries: readonly string[];
  topics: readonly string[];
  people: readonly string[];
}

interface Facts {
  mention: MentionInput;
  rank: number;
  kinds: Set<string>;
  name: string | null;
  terms: Set<string>;
}

interface Cluster {
  /** Creation order: ties go to the earlier cluster. */
  seq: number;
  members: Facts[];
  /** The date range of the precise members only. */
  start: string;
  end: string;
  /** The sentences of all members, by article: "same sentence" and "same article" in one look-up. */
  sentences: Map<string, Set<number>>;
  /** Event names and kinds of happening of the representatives, for scoring in one look-up. */
  names: Set<string>;
  kinds: Set<string>;
}

const LONG_SPAN_DAYS = 14;

/** How vague a mention is: 0 for a day or short span … 4 for a whole year. */
const rankOf = (m: MentionInput): number => {
  const length = daysBetween(m.date.start, m.date.end);
  switch (m.precision) {
    case 'day':
      return 0;
    case 'range':
      return length <= LONG_SPAN_DAYS ? 0 : 2;
    case 'week':
      return 1;
    case 'month':
      return 2;
    case 'approximate':
      return 3;
    case 'year':
      return 4;
  }
};

const toFacts = (mention: MentionInput): Facts => {
  const withoutDate = mention.sentence.replace(mention.dateText, ' ');
  const kinds = happeningKinds(withoutDate);
  // An anniversary is what a happening commemorates, not a happening of its own kind.
  kinds.delete('anniversary');
  return {
    mention,
    rank: rankOf(mention),
    kinds,
    name: namedEvent(mention.sentence)?.toLowerCase() ?? null,
    terms: salientTerms(withoutDate),
  };
};

/**
 * The members a newcomer is compared with: the first few are enough to know what an event is
 * about, and comparing with all of a thousand-mention event would make merging quadratic.
 */
const REPRESENTATIVES = 12;
const representatives = (cluster: Cluster): Facts[] => cluster.members.slice(0, REPRESENTATIVES);

const contains = (
  outer: { start: string; end: string },
  inner: { start: string; end: string },
): boolean => daysBetween(outer.start, inner.start) >= 0 && daysBetween(inner.end, outer.end) >= 0;

const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/** Whether two precise mentions report the same happening. */
const sameHappening = (a: Facts, b: Facts): boolean => {
  if (a.name && b.name) return a.name === b.name;
  if (intersects(a.kinds, b.kinds)) return true;
  if (a.kinds.size > 0 || b.kinds.size > 0) return false;
  return jaccard(a.terms, b.terms) >= 0.35;
};

/**
 * The part of a vague mention's attachment score that is not about wording: same sentence (3),
 * same event name (2), same kind of happening (2), and the sole event of a bounded vague date
 * in its article (2). The wording adds at most 2 more (`closestWords`).
 */
const attachmentBase = (
  facts: Facts,
  cluster: Cluster,
  soleCandidateInArticle: boolean,
): number => {
  const m = facts.mention;
  let score = 0;
  if (cluster.sentences.get(m.articleId)?.has(m.sentenceIndex)) score += 3;
  if (facts.name && cluster.names.has(facts.name)) score += 2;
  if (intersects(facts.kinds, cluster.kinds)) score += 2;
  // "Leaders will convene next week … the summit runs Monday to Wednesday": within one
  // article, a bounded vague date that holds exactly one precise event is that event.
  if (soleCandidateInArticle && facts.rank <= 2 && sharesCountryInArticle(facts, cluster)) {
    score += 2;
  }
  return score;
};

/** Whether a representative from the mention's own article names one of its countries. */
const sharesCountryInArticle = (facts: Facts, cluster: Cluster): boolean => {
  const m = facts.mention;
  return representatives(cluster).some(
    (f) =>
      f.mention.articleId === m.articleId &&
      f.mention.countries.some((c) => m.countries.includes(c)),
  );
};

/** The closest wording (Jaccard, 0–1) of a mention to the cluster's representatives. */
const closestWords = (facts: Facts, cluster: Cluster): number => {
  let closest = 0;
  const count = Math.min(cluster.members.length, REPRESENTATIVES);
  for (let i = 0; i < count && closest < 1; i += 1) {
    closest = Math.max(closest, jaccard(cluster.members[i]!.terms, facts.terms));
  }
  return closest;
};

/** What the closest wording adds to `attachmentBase`, at most (times the Jaccard index). */
const MAX_WORDS_SCORE = 2;

/**
 * The event a vague mention attaches to: the candidate with the highest score, if it scores at
 * least 2 and no other ties it. The costly wording comparison runs only for candidates whose
 * other points leave them able to reach the two best scores so far: candidates are taken by
 * those points, highest first, and the rest are skipped once they cannot change the outcome.
 */
const attachTarget = (f: Facts, candidates: readonly Cluster[]): Cluster | null => {
  const inArticle = candidates.filter((c) => c.sentences.has(f.mention.articleId));
  const bases = candidates
    .map((c) => ({ c, base: attachmentBase(f, c, inArticle.length === 1 && inArticle[0] === c) }))
    .sort((a, b) => b.base - a.base);
  let best: Cluster | null = null;
  let bestScore = -Infinity;
  let secondScore = -Infinity;
  for (const { c, base } of bases) {
    // Sorted by base: no later candidate can exceed the runner-up, so none changes the outcome.
    if (base + MAX_WORDS_SCORE <= secondScore) break;
    const score = base + MAX_WORDS_SCORE * closestWords(f, c);
    if (score > bestScore) {
      secondScore = bestScore;
      bestScore = score;
      best = c;
    } else if (score > secondScore) secondScore = score;
  }
  return best && bestScore >= 2 && bestScore > secondScore ? best : null;
};

const slug = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);

const union = (lists: ReadonlyArray<readonly string[]>): string[] => [...new Set(lists.flat())];

const toEvent = (cluster: Cluster): DatasetEvent => {
  const members = [...cluster.members].sort(
    (a, b) =>
      a.mention.articleId.localeCompare(b.mention.articleId) ||
      a.mention.span[0] - b.mention.span[0],
  );
  const bestRank = Math.min(...members.map((f) => f.rank));
  const best = members.filter((f) => f.rank === bestRank);
  const precisions = new Set(best.map((f) => f.mention.precision));
  const single = cluster.start === cluster.end;
  const precision: Precision =
    bestRank === 0
      ? single
        ? 'day'
        : 'range'
      : precisions.size === 1
        ? [...precisions][0]!
        : 'approximate';
  // The strongest headline sentence, the most precise one on ties (scored once per member).
  let titled = members[0]!;
  let titledStrength = -Infinity;
  for (const f of members) {
    const strength = titleStrength(f.mention.sentence, f.mention.dateText, f.name !== null);
    if (strength > titledStrength || (strength === titledStrength && f.rank < titled.rank)) {
      titled = f;
      titledStrength = strength;
    }
  }
  return {
    id: '',
    title: titleFromSentence(titled.mention.sentence, titled.mention.dateText),
    start: cluster.start,
    end: cluster.end,
    precision,
    inferred: best.every((f) => f.mention.inferred),
    topics: union(members.map((f) => f.mention.topics)),
    countries: union(members.map((f) => f.mention.countries)),
    people: union(members.map((f) => f.mention.people)),
    mentions: members.map(({ mention: m }) => ({
      articleId: m.articleId,
      sentence: m.sentence,
      dateText: m.dateText,
      date: { ...m.date },
      precision: m.precision,
      span: [m.span[0], m.span[1]],
      sentenceSpan: [m.sentenceSpan[0], m.sentenceSpan[1]],
      inferred: m.inferred,
    })),
  };
};

/** The exact word set of a mention, as a key: identical words are the only way words alone attach. */
const termsKey = (f: Facts): string => [...f.terms].sort().join(' ');

/**
 * Keys under which a precise cluster is found by vague mentions that could attach to it: only
 * these can score the 2 points attaching needs (same article, name or kind, or identical words).
 */
const attachKeys = (f: Facts): string[] => [
  `article:${f.mention.articleId}`,
  ...(f.name ? [`name:${f.name}`] : []),
  ...[...f.kinds].map((kind) => `kind:${kind}`),
  ...(f.terms.size > 0 ? [`terms:${termsKey(f)}`] : []),
];

/** Keys under which a vague twin is found: what `sameHappening` can be true on. */
const twinKeys = (f: Facts): string[] => [
  ...(f.name ? [`name:${f.name}`] : []),
  ...[...f.kinds].map((kind) => `kind:${kind}`),
  ...(f.kinds.size === 0 ? [...f.terms].map((term) => `term:${term}`) : []),
];

/** Whether a cluster shares a day with `range`, as far as a day-index walk reaches. */
const withinWalk = (range: { start: string; end: string }, cluster: Cluster): boolean => {
  const start = dayNumber(range.start);
  const end = Math.min(dayNumber(range.end), start + MAX_WALK_DAYS);
  return dayNumber(cluster.start) <= end && dayNumber(cluster.end) >= start;
};

/** Merges mentions into events, sorted by start date, each with a stable id. */
export const mergeMentions = (mentions: readonly MentionInput[]): DatasetEvent[] => {
  const facts = mentions
    .map(toFacts)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        daysBetween(b.mention.date.start, a.mention.date.start) ||
        a.mention.articleId.localeCompare(b.mention.articleId) ||
        a.mention.span[0] - b.mention.span[0],
    );
  const clusters: Cluster[] = [];
  const precise = new DayIndex<Cluster>();
  const preciseKeys = new ClusterKeys<Cluster>();
  const twins = new Map<string, ClusterKeys<Cluster>>();
  const newCluster = (f: Facts): Cluster => {
    const cluster = {
      seq: clusters.length,
      members: [f],
      start: f.mention.date.start,
      end: f.mention.date.end,
      sentences: new Map([[f.mention.articleId, new Set([f.mention.sentenceIndex])]]),
      names: new Set<string>(),
      kinds: new Set<string>(),
    };
    clusters.push(cluster);
    return cluster;
  };
  /** Adds a member, filing the cluster under its keys while the member is a representative. */
  const join = (
    cluster: Cluster,
    f: Facts,
    keys: ClusterKeys<Cluster>,
    keysOf: (f: Facts) => string[],
  ) => {
    if (cluster.members[0] !== f) {
      cluster.members.push(f);
      const { articleId, sentenceIndex } = f.mention;
      const inArticle = cluster.sentences.get(articleId);
      if (inArticle) inArticle.add(sentenceIndex);
      else cluster.sentences.set(articleId, new Set([sentenceIndex]));
    }
    const isRepresentative = cluster.members.length <= REPRESENTATIVES;
    if (isRepresentative) {
      if (f.name) cluster.names.add(f.name);
      f.kinds.forEach((kind) => cluster.kinds.add(kind));
    }
    for (const key of keysOf(f)) {
      // Every member counts for "same article"; names, kinds and words only for representatives.
      if (isRepresentative || key.startsWith('article:')) keys.add(key, cluster);
    }
  };
  for (const f of facts) {
    const range = f.mention.date;
    if (f.rank === 0) {
      const match = precise
        .overlapping(range)
        .find((c) => representatives(c).some((g) => sameHappening(f, g)));
      if (match) {
        join(match, f, preciseKeys, attachKeys);
        if (daysBetween(range.start, match.start) > 0) {
          precise.add(match, range.start, addDays(match.start, -1));
          match.start = range.start;
          preciseKeys.extend(match);
        }
        if (daysBetween(match.end, range.end) > 0) {
          precise.add(match, addDays(match.end, 1), range.end);
          match.end = range.end;
          preciseKeys.extend(match);
        }
      } else {
        const cluster = newCluster(f);
        join(cluster, f, preciseKeys, attachKeys);
        precise.add(cluster);
      }
      continue;
    }
    // Vague mentions: attach to the precise event they hold (or overlap, for approximate ones).
    // Clusters outside `attachKeys` score under 2 and can neither win nor tie the winner.
    const candidates = preciseKeys
      .lookup(attachKeys(f), range, MAX_WALK_DAYS)
      .filter(
        (c) =>
          withinWalk(range, c) && (f.mention.precision === 'approximate' || contains(range, c)),
      );
    const target = attachTarget(f, candidates);
    if (target) {
      join(target, f, preciseKeys, attachKeys);
      continue;
    }
    const key = `${f.rank}|${range.start}|${range.end}`;
    const sameRange = twins.get(key) ?? new ClusterKeys<Cluster>();
    twins.set(key, sameRange);
    const twin = sameRange
      .lookup(twinKeys(f), range, MAX_WALK_DAYS)
      .find((c) => representatives(c).some((g) => sameHappening(f, g)));
    join(twin ?? newCluster(f), f, sameRange, twinKeys);
  }

  const events = clusters
    .map(toEvent)
    .sort((a, b) => daysBetween(b.start, a.start) || a.title.localeCompare(b.title));
  const used = new Map<string, number>();
  for (const event of events) {
    const base = `${event.start}-${slug(event.title) || 'event'}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    event.id = count === 1 ? base : `${base}-${count}`;
  }
  return events;
};
