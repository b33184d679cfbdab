/**
 * Topic tagging. The taxonomy and its phrases live in topic-rules.json so they can be tuned
 * without touching code; this module validates that file, compiles every topic's phrases once
 * at load, and finds topic phrases in a sentence.
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
import { z } from 'zod';
import rawRules from './topic-rules.json';
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

// Letters of the Latin, Greek and Cyrillic blocks and digits. Not \p{L}: V8 takes about 1 ms to compile
// each case-insensitive regex holding it, which for hundreds of phrases would stall the first tagging.
const WORD_CHAR =
  '[0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]';
const SEPARATOR = '(?:\\s+|\\s*[-‐‑–]\\s*)';
const NUMBER = '\\d+(?:[.,]\\d+)?';
const PERCENT = '(?:\\s?%|\\s?per\\s?cent)';
const DEFAULT_WINDOW = 150;

const TOKENS: Readonly<Record<string, string>> = {
  '*': `${WORD_CHAR}*`,
  ' ': SEPARATOR,
  '-': SEPARATOR,
  "'": "['’ʼ]",
  '’': "['’ʼ]",
  '#': NUMBER,
  '%': PERCENT,
  '(': '(?:',
  ')': ')',
  '|': '|',
  '?': '?',
};

/** Translates one phrase of the syntax above into a regex source; throws on malformed groups. */
function phraseSource(phrase: string): string {
  let out = '';
  let depth = 0;
  let afterGroup = false;
  for (const ch of phrase) {
    const closesGroup = ch === ')';
    if (ch === '?' && !afterGroup) throw new Error(`"?" must follow a group in "${phrase}"`);
    if (ch === ')' && --depth < 0) throw new Error(`unbalanced ")" in "${phrase}"`);
    if (ch === '|' && depth === 0) throw new Error(`"|" outside a group in "${phrase}"`);
    if (ch === '(') depth++;
    out += TOKENS[ch] ?? ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    afterGroup = closesGroup;
  }
  if (depth !== 0) throw new Error(`unbalanced "(" in "${phrase}"`);
  return `(?<!${WORD_CHAR})(?:${out})(?!${WORD_CHAR})`;
}

/** Acronyms are written in capitals and must keep their case to avoid hits like "ai" in prose. */
const isCaseSensitive = (phrase: string): boolean =>
  !/\p{Ll}/u.test(phrase) && /\p{Lu}/u.test(phrase);

const phraseSchema = z.string().superRefine((phrase, ctx) => {
  try {
    if (new RegExp(phraseSource(phrase), 'u').test(''))
      ctx.addIssue(`phrase "${phrase}" would match empty text`);
  } catch (error) {
    ctx.addIssue(error instanceof Error ? error.message : String(error));
  }
});
const phraseListSchema = z.array(phraseSchema);

const topicRuleSchema = z.strictObject({
  id: z.enum(TOPIC_IDS),
  label: z.string().min(1),
  description: z.string().min(1),
  phrases: phraseListSchema,
  exclude: phraseListSchema.optional(),
  contextual: z
    .array(
      z.strictObject({
        phrases: phraseListSchema.min(1),
        near: phraseListSchema.min(1),
        window: z.number().int().positive().optional(),
      }),
    )
    .optional(),
});

/** The shape of topic-rules.json: one rule per taxonomy id, each exactly once. */
export const topicRulesSchema = z.array(topicRuleSchema).superRefine((rules, ctx) => {
  const seen = rules.map((rule) => rule.id);
  for (const id of TOPIC_IDS) {
    const count = seen.filter((other) => other === id).length;
    if (count !== 1) ctx.addIssue(`topic "${id}" must appear exactly once, found ${count}`);
  }
});

/**
 * A phrase list compiled once: one regex per phrase, because a single alternation would stop at the
 * first alternative that fits and hide a longer phrase starting at the same place ("Defence Investment
 * Pledge" behind "defence investment"); `prefilter` is the whole list in one regex per case mode, a cheap
 * first test that skips most topics for most sentences.
 */
interface PhraseMatcher {
  prefilter: RegExp[];
  each: RegExp[];
}

interface Hit {
  span: Span;
  matched: string;
}

const flagsOf = (phrase: string): string => (isCaseSensitive(phrase) ? 'gu' : 'giu');

function compile(phrases: readonly string[] = []): PhraseMatcher {
  const prefilter: RegExp[] = [];
  for (const flags of ['gu', 'giu']) {
    const group = phrases.filter((phrase) => flagsOf(phrase) === flags);
    if (group.length > 0)
      prefilter.push(new RegExp(group.map(phraseSource).join('|'), flags.replace('g', '')));
  }
  return {
    prefilter,
    each: phrases.map((phrase) => new RegExp(phraseSource(phrase), flagsOf(phrase))),
  };
}

function hitsOf(matcher: PhraseMatcher, text: string): Hit[] {
  if (!matcher.prefilter.some((regex) => regex.test(text))) return [];
  return matcher.each.flatMap((regex) =>
    [...text.matchAll(regex)].map((m): Hit => ({
      span: [m.index, m.index + m[0].length],
      matched: m[0],
    })),
  );
}

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];
const contains = (outer: Span, inner: Span): boolean =>
  outer[0] <= inner[0] && inner[1] <= outer[1];
const gap = (a: Span, b: Span): number => Math.max(0, Math.max(a[0], b[0]) - Math.min(a[1], b[1]));

interface CompiledTopic extends Topic {
  phrases: PhraseMatcher;
  exclude: PhraseMatcher;
  contextual: { phrases: PhraseMatcher; near: PhraseMatcher; window: number }[];
}

const COMPILED: readonly CompiledTopic[] = topicRulesSchema
  .parse(rawRules)
  .sort((a, b) => TOPIC_IDS.indexOf(a.id) - TOPIC_IDS.indexOf(b.id))
  .map((rule) => ({
    id: rule.id,
    label: rule.label,
    description: rule.description,
    phrases: compile(rule.phrases),
    exclude: compile(rule.exclude),
    contextual: (rule.contextual ?? []).map((c) => ({
      phrases: compile(c.phrases),
      near: compile(c.near),
      window: c.window ?? DEFAULT_WINDOW,
    })),
  }));

/** The taxonomy in display order, e.g. TOPICS[0].id === "ukraine-support". */
export const TOPICS: ReadonlyArray<Topic> = COMPILED.map(({ id, label, description }) =>
  Object.freeze({ id, label, description }),
);

const LABELS = new Map<string, string>(TOPICS.map((topic) => [topic.id, topic.label]));

/** Whether `id` is a taxonomy id, e.g. isTopicId("space") is true, isTopicId("sports") false. */
export const isTopicId = (id: string): id is TopicId => LABELS.has(id);

/** The display label of a topic id, or the id itself when it is not in the taxonomy. */
export const topicLabel = (id: string): string => LABELS.get(id) ?? id;

function topicHits(topic: CompiledTopic, text: string): Hit[] {
  const hits = hitsOf(topic.phrases, text);
  for (const rule of topic.contextual) {
    const candidates = hitsOf(rule.phrases, text);
    if (candidates.length === 0) continue;
    const near = hitsOf(rule.near, text);
    for (const hit of candidates) {
      if (near.some((n) => !overlaps(n.span, hit.span) && gap(n.span, hit.span) <= rule.window))
        hits.push(hit);
    }
  }
  const vetoes = hitsOf(topic.exclude, text);
  const kept = hits.filter((hit) => !vetoes.some((veto) => overlaps(veto.span, hit.span)));
  // Several phrases of one topic can cover the same words ("support for Ukraine" and "Ukraine"): keep the widest.
  return kept.filter(
    (hit, i) =>
      !kept.some(
        (other, j) =>
          j !== i &&
          contains(other.span, hit.span) &&
          (other.matched.length > hit.matched.length || j < i),
      ),
  );
}

/** Every topic phrase in `sentence`, sorted by start, e.g. "cyber attacks" → [{ topic: "cybersecurity", span: [0, 13] }]. */
export function findTopics(sentence: string): TopicMatch[] {
  const matches = COMPILED.flatMap((topic) =>
    topicHits(topic, sentence).map((hit): TopicMatch => ({
      topic: topic.id,
      matched: hit.matched,
      span: hit.span,
    })),
  );
  // Stable sort keeps taxonomy order among hits that start together.
  return matches.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
}

/** The distinct topic ids of `sentence` in taxonomy order, e.g. "misinformation and AI" → ["disinformation", "ai-emerging-tech"]. */
export function topicsOf(sentence: string): string[] {
  const found = new Set(findTopics(sentence).map((match) => match.topic));
  return TOPIC_IDS.filter((id) => found.has(id));
}
