/**
 * Topic tagging. The taxonomy and its phrases live in topic-rules.json so they can be tuned
 * without touching code; this module validates that file, compiles all topics' phrases into one
 * matcher at load (topic-matcher.ts, which finds them all in one pass), and applies the rules below.
 *
 * Phrase syntax (a phrase always matches whole words; word characters are Latin, Greek and
 * Cyrillic letters and digits):
 * - Case-insensitive, except a phrase with no lowercase letter ("AI", "DPRK"), which is
 *   case-sensitive so acronyms do not fire on ordinary words or names.
 * - `*` ends a word prefix: "interoperab*" matches interoperable, interoperability.
 * - A space or hyphen matches any whitespace or a hyphen: "co-production" ≈ "co production".
 * - `'` matches ' or ’. `#` matches a number ("2", "3.5"). `%` matches "%", " %", " percent", " per cent".
 * - `(a|b)` lists alternatives; a group followed by `?` is optional: "rules-based (international )?order".
 * Anything else is literal.
 *
 * Rule fields:
 * - `phrases` always count;
 * - `contextual` phrases count only when one of their `near` phrases occurs within `window`
 *   characters (default 150; meant for one sentence, so on longer text it may reach into the
 *   next one), e.g. "China" is strategic competition only near "threat", "coercion"…;
 * - `exclude` phrases veto any hit of the topic they overlap, e.g. "quantum leap".
 */
// zod/mini: its functions tree-shake, so the rules' check costs the worker bundle a few kilobytes.
import * as z from 'zod/mini';
import rawRules from './topic-rules.json';
import { PhraseMatcher, type MatcherPhrase } from './topic-matcher';
import { phraseSource } from './topic-phrase';
import type { Span, TopicMatch } from './types';

/** The fixed taxonomy ids, in display order. */
export const TOPIC_IDS = [
  'ukraine-support',
  'cybersecurity',
  'disinformation',
  'ai-emerging-tech',
  'resilience',
  'defense-industry',
  'defense-spending',
  'interoperability',
  'democratic-values',
  'strategic-competition',
  'enlargement',
  'deterrence',
  'maritime-security',
  'space',
  'climate-security',
  'hybrid-threats',
  'counter-terrorism',
] as const;

/** One id of the taxonomy, e.g. "cybersecurity". */
export type TopicId = (typeof TOPIC_IDS)[number];

/** A taxonomy entry as shown to users. */
export interface Topic {
  id: string;
  label: string;
  description: string;
}

const DEFAULT_WINDOW = 150;

const phraseSchema = z.string().check(
  z.superRefine((phrase, ctx) => {
    try {
      if (new RegExp(phraseSource(phrase), 'u').test(''))
        ctx.addIssue(`phrase "${phrase}" would match empty text`);
    } catch (error) {
      ctx.addIssue(error instanceof Error ? error.message : String(error));
    }
  }),
);
const phraseListSchema = z.array(phraseSchema);
const nonEmpty = () => z.string().check(z.minLength(1));

const topicRuleSchema = z.strictObject({
  id: z.enum(TOPIC_IDS),
  label: nonEmpty(),
  description: nonEmpty(),
  phrases: phraseListSchema,
  exclude: z.optional(phraseListSchema),
  contextual: z.optional(
    z.array(
      z.strictObject({
        phrases: z.array(phraseSchema).check(z.minLength(1)),
        near: z.array(phraseSchema).check(z.minLength(1)),
        window: z.optional(z.int().check(z.positive())),
      }),
    ),
  ),
});

/** The shape of topic-rules.json: one rule per taxonomy id, each exactly once. */
export const topicRulesSchema = z.array(topicRuleSchema).check(
  z.superRefine((rules, ctx) => {
    const seen = rules.map((rule) => rule.id);
    for (const id of TOPIC_IDS) {
      const count = seen.filter((other) => other === id).length;
      if (count !== 1) ctx.addIssue(`topic "${id}" must appear exactly once, found ${count}`);
    }
  }),
);

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];
const contains = (outer: Span, inner: Span): boolean =>
  outer[0] <= inner[0] && inner[1] <= outer[1];
const gap = (a: Span, b: Span): number => Math.max(0, Math.max(a[0], b[0]) - Math.min(a[1], b[1]));
const length = (span: Span): number => span[1] - span[0];

const RULES = topicRulesSchema
  .parse(rawRules)
  .sort((a, b) => TOPIC_IDS.indexOf(a.id) - TOPIC_IDS.indexOf(b.id));

/** What a phrase does for each topic, as topic bit masks. */
interface PhraseRoles {
  phrases: number;
  exclude: number;
  context: number;
  near: number;
}

// All topics' phrases go into one matcher, each distinct phrase once; a topic is a bit in the masks.
const PHRASES: string[] = [];
const ROLES: PhraseRoles[] = [];
const PHRASE_IDS = new Map<string, number>();
const idsOf = (phrases: readonly string[] = [], bit: number, role: keyof PhraseRoles): number[] =>
  phrases.map((phrase) => {
    let id = PHRASE_IDS.get(phrase);
    if (id === undefined) {
      id = PHRASES.push(phrase) - 1;
      ROLES.push({ phrases: 0, exclude: 0, context: 0, near: 0 });
      PHRASE_IDS.set(phrase, id);
    }
    const roles = ROLES[id];
    if (roles !== undefined) roles[role] |= bit;
    return id;
  });

// Each rule with its phrases as ids; a topic's bit is its index (17 topics fit a 32-bit mask).
const RULE_IDS = RULES.map((rule, index) => {
  const bit = 1 << index;
  return {
    rule,
    bit,
    phrases: idsOf(rule.phrases, bit, 'phrases'),
    exclude: idsOf(rule.exclude, bit, 'exclude'),
    contextual: (rule.contextual ?? []).map((c) => ({
      phrases: idsOf(c.phrases, bit, 'context'),
      near: idsOf(c.near, bit, 'near'),
      window: c.window ?? DEFAULT_WINDOW,
    })),
  };
});

// Phrases that can make a topic count are always looked for; the ones that only veto or qualify a
// topic's hits, only in sentences where that topic has a hit.
const MATCHER = new PhraseMatcher(
  PHRASES.map((phrase, id): MatcherPhrase => {
    const roles = ROLES[id] ?? { phrases: 0, exclude: 0, context: 0, near: 0 };
    return { phrase, triggers: roles.phrases | roles.context, needs: roles.exclude | roles.near };
  }),
);

/**
 * Which phrase ids a list holds. Lists are looked up by the few phrases a sentence holds, not walked:
 * their order does not matter, as spans only tie when equal and equal spans give equal matches.
 */
type PhraseSet = Uint8Array;
const setOf = (ids: readonly number[]): PhraseSet => {
  const set = new Uint8Array(PHRASES.length);
  for (const id of ids) set[id] = 1;
  return set;
};

interface CompiledTopic extends Topic {
  bit: number;
  phrases: PhraseSet;
  exclude: PhraseSet;
  contextual: { phrases: PhraseSet; near: PhraseSet; window: number }[];
}

// Built once all phrases have ids, as a set's size is the number of phrases.
const COMPILED: readonly CompiledTopic[] = RULE_IDS.map(
  ({ rule, bit, phrases, exclude, contextual }) => ({
    id: rule.id,
    label: rule.label,
    description: rule.description,
    bit,
    phrases: setOf(phrases),
    exclude: setOf(exclude),
    contextual: contextual.map((c) => ({
      phrases: setOf(c.phrases),
      near: setOf(c.near),
      window: c.window,
    })),
  }),
);

/** The taxonomy in display order, e.g. TOPICS[0].id === "ukraine-support". */
export const TOPICS: ReadonlyArray<Topic> = COMPILED.map(({ id, label, description }) =>
  Object.freeze({ id, label, description }),
);

const LABELS = new Map<string, string>(TOPICS.map((topic) => [topic.id, topic.label]));

/** Whether `id` is a taxonomy id, e.g. isTopicId("space") is true, isTopicId("sports") false. */
export const isTopicId = (id: string): id is TopicId => LABELS.has(id);

/** The display label of a topic id, or the id itself when it is not in the taxonomy. */
export const topicLabel = (id: string): string => LABELS.get(id) ?? id;

/** The last scan's spans of the phrases in `set`. */
function spansIn(set: PhraseSet): Span[] {
  const spans: Span[] = [];
  for (const id of MATCHER.foundIds()) {
    if (set[id] === 1) for (const span of MATCHER.hitsOf(id)) spans.push(span);
  }
  return spans;
}

/** The topics (bit masks) for which the last scan found phrases in each role. */
function foundRoles(): PhraseRoles {
  const found: PhraseRoles = { phrases: 0, exclude: 0, context: 0, near: 0 };
  for (const id of MATCHER.foundIds()) {
    const roles = ROLES[id];
    if (roles === undefined) continue;
    found.phrases |= roles.phrases;
    found.exclude |= roles.exclude;
    found.context |= roles.context;
    found.near |= roles.near;
  }
  return found;
}

/**
 * The topic's hits in the last scan that no `exclude` phrase vetoes; stops at `limit` of them, as
 * topicsOf only needs to know there is one.
 */
function unvetoedSpans(topic: CompiledTopic, limit = Infinity): Span[] {
  const vetoes = spansIn(topic.exclude);
  const kept: Span[] = [];
  /** Keeps `span` unless vetoed; true once there are enough. */
  const keep = (span: Span): boolean => {
    if (!vetoes.some((veto) => overlaps(veto, span))) kept.push(span);
    return kept.length >= limit;
  };
  for (const span of spansIn(topic.phrases)) if (keep(span)) return kept;
  for (const rule of topic.contextual) {
    const candidates = spansIn(rule.phrases);
    if (candidates.length === 0) continue;
    const near = spansIn(rule.near);
    for (const span of candidates) {
      if (near.some((n) => !overlaps(n, span) && gap(n, span) <= rule.window) && keep(span))
        return kept;
    }
  }
  return kept;
}

/**
 * Several phrases of one topic can cover the same words ("support for Ukraine" and "Ukraine"): keeps
 * the widest, and one of equal spans. Never empties a list: a widest span always stays.
 */
const widest = (spans: readonly Span[]): Span[] =>
  spans.filter(
    (span, i) =>
      !spans.some(
        (other, j) => j !== i && contains(other, span) && (length(other) > length(span) || j < i),
      ),
  );

/** Every topic phrase in `sentence`, sorted by start, e.g. "cyber attacks" → [{ topic: "cybersecurity", span: [0, 13] }]. */
export function findTopics(sentence: string): TopicMatch[] {
  const triggered = MATCHER.scan(sentence);
  if (triggered === 0) return [];
  const matches: TopicMatch[] = [];
  for (const topic of COMPILED) {
    if ((topic.bit & triggered) === 0) continue;
    for (const [from, to] of widest(unvetoedSpans(topic)))
      matches.push({ topic: topic.id, matched: sentence.slice(from, to), span: [from, to] });
  }
  // Stable sort keeps taxonomy order among hits that start together.
  return matches.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
}

/** The distinct topic ids of `sentence` in taxonomy order, e.g. "misinformation and AI" → ["disinformation", "ai-emerging-tech"]. */
export function topicsOf(sentence: string): string[] {
  const ids: string[] = [];
  if (MATCHER.scan(sentence) === 0) return ids;
  const found = foundRoles();
  // A hit where no exclude phrase occurs counts outright; otherwise a topic counts when any hit
  // survives the vetoes (merging overlaps never drops them all), which takes spans.
  const sure = found.phrases & ~found.exclude;
  const maybe = ((found.phrases & found.exclude) | (found.context & found.near)) & ~sure;
  for (const topic of COMPILED) {
    if (
      (topic.bit & sure) !== 0 ||
      ((topic.bit & maybe) !== 0 && unvetoedSpans(topic, 1).length > 0)
    )
      ids.push(topic.id);
  }
  return ids;
}
