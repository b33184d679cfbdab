/**
 * A rough grammatical tense for the clause around a date expression: it decides whether a bare
 * weekday ("on Thursday") points forward or back from the story's current date.
 */
/** `reported`: the expression dates a statement ("said on Monday"), i.e. the time of reporting. */
export type Tense = 'past' | 'future' | 'reported' | 'unknown';

// Present-tense schedules count as future: "talks begin on Monday", "polls open at 8am on Sunday".
const FUTURE =
  /\b(?:will|shall|won['’]t|(?:is|are|was|were)\s+(?:set|scheduled|expected|due|slated|going|poised|planned)\s+to|plans?\s+to|upcoming|to\s+be\s+held|to\s+convene|next|opens|begins|starts|kicks\s+off|convenes|resumes|gets\s+under\s+way|ahead\s+of|(?:open|begin|start|convene|resume)\s+(?:at|on|in)\b)\b|['’]ll\b/i;

// Listed: irregular past forms ("met", "sent") and the commonest regular ones.
const PAST_VERBS =
  'said|stated|told|announced|took\\s+place|met|held|signed|agreed|visited|declared|launched|added|noted|wrote|warned|pledged|unveiled|ended|began|opened|concluded|was|were|had|did|spoke|made|gave|hosted|attended|confirmed|reported|revealed|released|called|urged|emphasi[sz]ed|stressed|highlighted|underlined|mentioned|explained|sent|went|took|fell|rose|won|lost|left|led|paid|sold|bought|brought|fought|kept|saw|came|became|struck|flew|built|grew|drew|chose|ran|stood|spent';

// Words ending in "-ed" that are no past tense ("need", "proceed"), or look ahead ("planned for").
const NOT_PAST_ED =
  '(?!(?:need|speed|indeed|seed|feed|proceed|exceed|succeed|planned|scheduled|slated|expected)\\b)';

const REPORTING_VERBS =
  'said|says|stated|told\\s+(?:\\w+\\s+)?|announced|declared|added|noted|wrote|warned|confirmed|reported|revealed|urged|insisted|acknowledged';
const REPORTED_JUST_BEFORE = new RegExp(
  `\\b(?:${REPORTING_VERBS})\\s*(?:on\\s+|late\\s+|early\\s+)?$`,
  'i',
);
// A listed past verb or any "-ed" verb, not after a form of "be" ("followed on Thursday", but
// not "is scheduled on Thursday" or "will be held on Thursday").
const PAST_JUST_BEFORE = new RegExp(
  `(?<!\\b(?:is|are|be|been|being|was|were)\\s+)\\b(?:${PAST_VERBS}|${NOT_PAST_ED}[a-z]{3,}ed)\\s+(?:on\\s+|late\\s+|early\\s+)?$`,
  'i',
);
const PAST_ANYWHERE = new RegExp(`\\b(?:${PAST_VERBS})\\b`, 'i');

const PAST_IN_CLAUSE = new RegExp(
  `(?<!\\b(?:is|are|be|been|being|was|were|will|would)\\s+)\\b(?:${PAST_VERBS}|${NOT_PAST_ED}[a-z]{3,}ed)\\b`,
  'i',
);

// Words that open a clause of their own: "will begin next year after ministers agreed … on
// Tuesday" dates the agreeing, not the beginning.
const SUBORDINATOR = /\b(?:after|since|because|once|whereas)\s/gi;

/**
 * The text of the clause before `at`, back to a comma, semicolon, colon or a word that opens a
 * subordinate clause (160 characters at most).
 */
const clauseBefore = (sentence: string, at: number): string => {
  const before = sentence.slice(Math.max(0, at - 160), at);
  let start =
    Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  for (const opener of before.matchAll(SUBORDINATOR)) start = Math.max(start, opener.index);
  return before.slice(start);
};

/** The tense governing the expression at [from, to) of `sentence`, e.g. "said on Monday" → past. */
export const tenseAround = (sentence: string, from: number, to: number): Tense => {
  const before = sentence.slice(Math.max(0, from - 30), from);
  if (REPORTED_JUST_BEFORE.test(before)) return 'reported';
  // "lined up a vote for Wednesday", "a window was announced for Saturday": a day something is
  // set for says nothing of its tense; the nearest such day is meant.
  if (/\bfor\s+$/i.test(before)) return 'unknown';
  if (PAST_JUST_BEFORE.test(before)) return 'past';
  // "convenes in the wake of strikes over the weekend": what came before is past, whatever the
  // sentence's own verb says.
  if (
    /\b(?:in\s+the\s+(?:wake|aftermath)|under\s+the\s+shadow)\s+of\b/i.test(sentence.slice(0, from))
  ) {
    return 'past';
  }
  // "discussed it in a call on Wednesday evening and will meet him in Rome": a past verb earlier
  // in the date's own clause, with no future before the date, governs it.
  const clause = clauseBefore(sentence, from);
  if (!FUTURE.test(clause) && PAST_IN_CLAUSE.test(clause)) return 'past';
  const window = sentence.slice(Math.max(0, from - 80), Math.min(sentence.length, to + 40));
  if (FUTURE.test(window)) return 'future';
  if (PAST_ANYWHERE.test(window)) return 'past';
  if (FUTURE.test(sentence)) return 'future';
  if (PAST_ANYWHERE.test(sentence)) return 'past';
  return 'unknown';
};

// A past form after "is", "be" or "been" is a passive that says nothing of the time ("has been
// scheduled for May", "will be confirmed on 22 May").
const PAST_LOCAL = new RegExp(
  `(?<!\\b(?:is|are|be|been|being)\\s+)\\b(?:${PAST_VERBS}|${NOT_PAST_ED}[a-z]{2,}ed)\\b`,
  'g',
);
// "said the navy would step up patrols from May": the future as seen from the past.
const FUTURE_LOCAL = new RegExp(`${FUTURE.source}|\\bwould\\b`, 'gi');
// "expected allies to agree": a lower-case verb after "to" (case matters: "sent to Congress").
const TO_VERB = /\bto\s+(?!the\b|an?\b)[a-z]+\b/g;
// "The plan was to ship …", "were supposed to arrive": a plan that belonged to the past.
const PAST_PLAN =
  /\b(?:was|were|had\s+been)\s+(?:(?:supposed|meant|due|expected|planned|scheduled|set|going)\s+)?to\s+[a-z]+\b[^,;]*$/i;

const firstMatch = (pattern: RegExp, text: string): number => {
  pattern.lastIndex = 0;
  const index = pattern.exec(text)?.index ?? -1;
  pattern.lastIndex = 0;
  return index;
};

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
export const clauseTense = (sentence: string, from: number, to = from): Tense => {
  const before = sentence.slice(Math.max(0, from - 80), from);
  // "since the October 7 attacks", "since March": what something has lasted since is past.
  if (/\bsince\s+(?:the\s+)?$/i.test(before)) return 'past';
  // "flat budgets until Jan. 30": a deadline, whatever verb came before.
  if (/\b(?:until|till)\s+$/i.test(before)) return 'unknown';
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  if (PAST_PLAN.test(clause)) return 'past';
  const past = lastMatch(PAST_LOCAL, clause);
  const future = Math.max(lastMatch(FUTURE_LOCAL, clause), lastMatch(TO_VERB, clause));
  if (past >= 0 || future >= 0) return past > future ? 'past' : 'future';
  // "In January, the agency attributed …": a date that opens its sentence takes the tense of
  // the verb after it.
  const after = sentence.slice(to, to + 80);
  const pastAfter = firstMatch(PAST_LOCAL, after);
  const futureAfter = firstMatch(FUTURE_LOCAL, after);
  if (pastAfter < 0 && futureAfter < 0) return 'unknown';
  if (futureAfter < 0) return 'past';
  return pastAfter >= 0 && pastAfter < futureAfter ? 'past' : 'future';
};
