/**
 * A rough grammatical tense for the clause around a date expression: it decides whether a bare
 * weekday ("on Thursday") points forward or back from the story's current date.
 */
/** `reported`: the expression dates a statement ("said on Monday"), i.e. the time of reporting. */
export type Tense = 'past' | 'future' | 'reported' | 'unknown';

const FUTURE =
  /\b(?:will|shall|won['’]t|(?:is|are|was|were)\s+(?:set|scheduled|expected|due|slated|going|poised|planned)\s+to|plans?\s+to|upcoming|to\s+be\s+held|to\s+convene|next|opens|begins|starts|kicks\s+off|convenes|resumes|gets\s+under\s+way|ahead\s+of)\b|['’]ll\b/i;

const PAST_VERBS =
  'said|stated|told|announced|took\\s+place|met|held|signed|agreed|visited|declared|launched|added|noted|wrote|warned|pledged|unveiled|ended|began|opened|concluded|was|were|had|did|spoke|made|gave|hosted|attended|confirmed|reported|revealed|released|called|urged|emphasi[sz]ed|stressed|highlighted|underlined|mentioned|explained';

const REPORTING_VERBS =
  'said|says|stated|told\\s+(?:\\w+\\s+)?|announced|declared|added|noted|wrote|warned|confirmed|reported|revealed|urged|insisted|acknowledged';
const REPORTED_JUST_BEFORE = new RegExp(
  `\\b(?:${REPORTING_VERBS})\\s*(?:on\\s+|late\\s+|early\\s+)?$`,
  'i',
);
const PAST_JUST_BEFORE = new RegExp(`\\b(?:${PAST_VERBS})\\s+(?:on\\s+|late\\s+|early\\s+)?$`, 'i');
const PAST_ANYWHERE = new RegExp(`\\b(?:${PAST_VERBS})\\b`, 'i');

/** The tense governing the expression at [from, to) of `sentence`, e.g. "said on Monday" → past. */
export const tenseAround = (sentence: string, from: number, to: number): Tense => {
  const before = sentence.slice(Math.max(0, from - 30), from);
  if (REPORTED_JUST_BEFORE.test(before)) return 'reported';
  if (PAST_JUST_BEFORE.test(before)) return 'past';
  const window = sentence.slice(Math.max(0, from - 80), Math.min(sentence.length, to + 40));
  if (FUTURE.test(window)) return 'future';
  if (PAST_ANYWHERE.test(window)) return 'past';
  if (FUTURE.test(sentence)) return 'future';
  if (PAST_ANYWHERE.test(sentence)) return 'past';
  return 'unknown';
};

const PAST_LOCAL = new RegExp(
  `\\b(?:${PAST_VERBS})\\b|\\b(?!(?:need|speed|indeed|seed|feed|proceed|exceed|succeed)\\b)[a-z]{2,}ed\\b`,
  'g',
);
const FUTURE_LOCAL = new RegExp(`${FUTURE.source}|\\bto\\s+(?!the\\b|an?\\b)[a-z]+\\b`, 'gi');

const lastMatch = (pattern: RegExp, text: string): number => {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
};

/**
 * The tense of the verb nearest before a date in its own clause: "joined in April" → past,
 * "expected allies to agree in July" → future. Finer than `tenseAround`, for a month named
 * without its year, where the wrong guess costs a whole year.
 */
export const clauseTense = (sentence: string, from: number): Tense => {
  const before = sentence.slice(Math.max(0, from - 80), from);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  const past = lastMatch(PAST_LOCAL, clause);
  const future = lastMatch(FUTURE_LOCAL, clause);
  if (past < 0 && future < 0) return 'unknown';
  return past > future ? 'past' : 'future';
};
