/**
 * Short human titles for events, written from their evidence sentences: a named event
 * ("NATO Defense Industry Forum"), else the event noun phrase ("NATO summit in Washington"),
 * else the sentence's main clause with the date, reporting frame and asides taken out.
 */
import { isEventNoun, namedEvent } from './happening';

const MAX_WORDS = 10;

/** Nouns in order of how well they name a happening: a summit says more than an anniversary. */
const NOUN_PRIORITY = [
  'summit',
  'forum',
  'conference',
  'ministerial',
  'meeting',
  'talks',
  'discussions',
  'negotiations',
  'dialogue',
  'consultations',
  'exercise',
  'exercises',
  'drills',
  'visit',
  'election',
  'vote',
  'referendum',
  'ceremony',
  'agreement',
  'treaty',
  'declaration',
  'debate',
];

/** Words that end a noun phrase's modifiers when read leftwards from the noun. */
const MODIFIER_STOP =
  /^(?:the|a|an|this|that|these|those|its|his|her|their|our|by|of|in|on|at|to|for|from|with|and|or|but|as|is|was|will|be|been|during|after|before|into|while|which|who|first|last|next|said|says|announced|stated|told|noted|added|hosted|held|attended|opened|joined|ahead|since|until)$/i;

/** Words a title must not end on. */
const DANGLING =
  /^(?:the|a|an|of|in|on|at|to|for|from|with|and|or|but|as|by|that|which|who|will|would|is|are|was|were|be|its|their|his|her|this|these|while|has|have|had|also|not|than|over|about|after|before|into|through|under|against|between|during|since|until|including|such|like|it|they|he|she|we|could|should|may|might|can|must|up|out|very|more|most)$/i;

const REPORTING_FRAME =
  /^.*?\b(?:said|says|stated|announced|explained|emphasi[sz]ed|stressed|noted|added|warned|told\s+\w+|mentioned|highlighted|underlined|confirmed|pointed\s+out|reported)\s+(?:on\s+\w+\s+)?that\s+/i;

// Prepositions that may introduce a date ("on Monday", "during the summer").
const LEAD_IN_WORDS = new Set([
  'over',
  'in',
  'on',
  'at',
  'during',
  'for',
  'from',
  'since',
  'by',
  'until',
  'through',
  'throughout',
  'within',
]);

/** Where the whitespace run that ends at `end` starts (`end` itself when there is none). */
const spaceRunStart = (text: string, end: number): number => {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1]!)) i -= 1;
  return i;
};

/**
 * Where the lead-in of a date written at `at` starts: "on ", "the ", "during the ", else `at`.
 * Read backwards from the date, as the regex /(?:\b(?:on|in|…)\s+)?(?:the\s+)?DATE/ would match
 * it: building that regex for every mention cost more than the rest of titling.
 */
const leadInStart = (sentence: string, at: number): number => {
  let start = at;
  let spaces = spaceRunStart(sentence, at);
  if (spaces === at) return at;
  if (spaces >= 3 && sentence.startsWith('the', spaces - 3)) {
    start = spaces - 3;
    spaces = spaceRunStart(sentence, start);
    if (spaces === start) return start;
  }
  let word = spaces;
  while (word > 0 && /\w/.test(sentence[word - 1]!)) word -= 1;
  return LEAD_IN_WORDS.has(sentence.slice(word, spaces)) ? word : start;
};

/** The sentence without its first date expression and the preposition that introduced it. */
const withoutDate = (sentence: string, dateText: string): string => {
  const at = dateText ? sentence.indexOf(dateText) : -1;
  if (at < 0) return sentence;
  return `${sentence.slice(0, leadInStart(sentence, at))} ${sentence.slice(at + dateText.length)}`;
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const tidy = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,;:–—"“”‘’'-]+|[\s,;:–—-]+$/g, '')
    .replace(/[.!?"”’']+$/g, '')
    .trim();

/** Cuts a phrase to at most MAX_WORDS words without ending on a function word. */
const shorten = (phrase: string, maxWords = MAX_WORDS): string => {
  const words = tidy(phrase).split(' ');
  let kept = words.slice(0, maxWords);
  // Prefer ending at a clause break when one falls late enough.
  const commaAt = kept.findIndex((w, i) => i >= 3 && /,$/.test(w));
  if (commaAt >= 0 && words.length > maxWords) kept = kept.slice(0, commaAt + 1);
  while (kept.length > 1 && DANGLING.test((kept.at(-1) ?? '').replace(/[,;:]$/, ''))) kept.pop();
  return tidy(kept.join(' '));
};

const nounPhrase = (sentence: string): string | null => {
  const words = sentence.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, ''));
  const nounIndex = NOUN_PRIORITY.map((noun) => lower.indexOf(noun)).find((i) => i >= 0);
  if (nounIndex === undefined) return null;
  let from = nounIndex;
  while (from > 0 && nounIndex - from < 3) {
    const previous = words[from - 1] ?? '';
    if (MODIFIER_STOP.test(previous) || /[,;:.’']s?$/.test(previous) || /\d/.test(previous)) break;
    from -= 1;
  }
  let to = nounIndex + 1;
  // Keep one short complement: "on defence industry cooperation", "with Indo-Pacific partners".
  if (/^(?:on|with|in|between|of)$/i.test(words[to] ?? '')) {
    const stop = words
      .slice(to + 1)
      .findIndex((w, i) => i >= 4 || MODIFIER_STOP.test(w) || /[,;:.]$/.test(w));
    const end =
      stop < 0
        ? words.length
        : to + 1 + stop + (/[,;:.]$/.test(words[to + 1 + stop] ?? '') ? 1 : 0);
    to = Math.max(to, end);
  }
  const phrase = words.slice(from, to).join(' ');
  const partners = /\bwith\s+((?:its\s+)?(?:[A-Z][\p{L}-]*\s+)*partners)\b/u.exec(
    sentence.slice(sentence.indexOf(phrase) + phrase.length),
  );
  return shorten(partners && !/\bwith\b/.test(phrase) ? `${phrase} with ${partners[1]}` : phrase);
};

const mainClause = (sentence: string, dateText: string): string => {
  let text = withoutDate(sentence, dateText);
  text = text.replace(REPORTING_FRAME, '');
  // "The North Atlantic Treaty Organization (NATO)" → "NATO"; other brackets are asides.
  text = text
    .replace(/(?:[A-Z][\p{L}-]*\s+){1,6}\(([A-Z]{2,})\)/gu, '$1')
    .replace(/\([^)]*\)/g, ' ');
  // Asides and leading adverbials: ", including South Korea,", "On , during the forum,".
  text = text.replace(/,\s*(?:including|such as|like|who|which)\b[^,]*,/gi, ' ');
  text = text.replace(
    /^\s*(?:on|in|at|during|from|by|since|while|when|as|but|and|so)\b[^,]{0,80},\s*/i,
    '',
  );
  text = text.replace(/^\s*(?:on|in|at|during|from|while|when|as|but|and|so)\s*,?\s*/i, '');
  text = text.replace(/\s+(?:on|in|at|from|by|during)\s*(?=[,.;]|$)/gi, '');
  return shorten(text);
};

/** A headline for a dated mention, e.g. "…hosted the NATO summit in Washington…" → "NATO summit in Washington". */
export const titleFromSentence = (sentence: string, dateText: string): string => {
  const named = namedEvent(sentence);
  if (named) return capitalise(shorten(named));
  const phrase = nounPhrase(withoutDate(sentence, dateText));
  if (phrase && phrase.split(' ').length >= 2) return capitalise(phrase);
  const clause = mainClause(sentence, dateText);
  return capitalise(clause || tidy(sentence).split(' ').slice(0, MAX_WORDS).join(' '));
};

/** How much a title says about the happening: named events beat noun phrases beat clauses. */
export const titleStrength = (
  sentence: string,
  dateText: string,
  /** Whether the sentence names an event, when the caller already knows. */
  named: boolean = namedEvent(sentence) !== null,
): number => {
  if (named) return 3;
  const phrase = nounPhrase(withoutDate(sentence, dateText));
  return phrase && phrase.split(' ').some(isEventNoun) ? 2 : 1;
};
