/**
 * What kind of happening a sentence talks about: the head nouns news use for events ("summit",
 * "forum", "talks") and capitalised event names ("NATO Defense Industry Forum"). Two mentions name
 * the same happening when these agree.
 */

/** Head nouns of happenings, each mapped to its kind (synonyms share a kind). */
const EVENT_NOUNS: Record<string, string> = {
  summit: 'summit',
  summits: 'summit',
  forum: 'forum',
  conference: 'conference',
  meeting: 'meeting',
  meetings: 'meeting',
  ministerial: 'meeting',
  talks: 'talks',
  discussions: 'talks',
  discussion: 'talks',
  negotiations: 'talks',
  dialogue: 'talks',
  consultations: 'talks',
  visit: 'visit',
  trip: 'visit',
  tour: 'visit',
  exercise: 'exercise',
  exercises: 'exercise',
  drills: 'exercise',
  drill: 'exercise',
  election: 'election',
  elections: 'election',
  vote: 'vote',
  referendum: 'vote',
  debate: 'debate',
  ceremony: 'ceremony',
  anniversary: 'anniversary',
  briefing: 'briefing',
  attack: 'attack',
  attacks: 'attack',
  strike: 'attack',
  strikes: 'attack',
  launch: 'launch',
  test: 'launch',
  agreement: 'agreement',
  treaty: 'agreement',
  deal: 'agreement',
  accord: 'agreement',
  declaration: 'agreement',
  communique: 'agreement',
  communiqué: 'agreement',
  accession: 'accession',
  invasion: 'war',
  war: 'war',
};

const NOUN_PATTERN = new RegExp(`\\b(${Object.keys(EVENT_NOUNS).join('|')})\\b`, 'gi');

/** The kinds of happening a sentence names, e.g. "…the NATO summit…" → {"summit"}. */
export const happeningKinds = (sentence: string): Set<string> => {
  const kinds = new Set<string>();
  for (const match of sentence.matchAll(NOUN_PATTERN)) {
    const kind = EVENT_NOUNS[match[0].toLowerCase()];
    if (kind) kinds.add(kind);
  }
  return kinds;
};

/** The first event noun in a sentence with its position, for titles. */
export const firstEventNoun = (sentence: string): { word: string; index: number } | null => {
  NOUN_PATTERN.lastIndex = 0;
  const match = new RegExp(NOUN_PATTERN.source, 'i').exec(sentence);
  return match ? { word: match[0], index: match.index } : null;
};

/** Whether a word is one of the event head nouns. */
export const isEventNoun = (word: string): boolean => word.toLowerCase() in EVENT_NOUNS;

const NAMED_EVENT =
  /\b(?:(?:the|first|second|third|annual|inaugural)\s+)?((?:[A-Z][\p{L}’'&-]*|of|on|for|and)(?:\s+(?:[A-Z][\p{L}’'&-]*|of|on|for|and))*\s+(?:Summit|Forum|Conference|Dialogue|Meeting|Ministerial|Council|Exercise|Exercises|Talks))\b(?!\s+Organi[sz]ation)/u;

/** A capitalised event name in a sentence, e.g. "the first NATO Defense Industry Forum" → "NATO Defense Industry Forum". */
export const namedEvent = (sentence: string): string | null => {
  const match = NAMED_EVENT.exec(sentence);
  if (!match?.[1]) return null;
  // Leading connective words ("of NATO Summit") are not part of a name.
  const name = match[1].replace(/^(?:(?:of|on|for|and)\s+)+/, '').trim();
  return name.split(/\s+/).length >= 2 ? name : null;
};
