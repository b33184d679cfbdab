/**
 * The roles that introduce people in news text ("Defence Minister", "Lt. Gen.", "NATO chief") and
 * how to read one at a position. The role regex is large, so a cheap trie (`matcherAt`) first
 * checks that the word at a position opens some role, and then runs only the roles it opens.
 */
import { memoByName } from './person-memo';

/** Roles as they should be displayed; matched with either case on each word's first letter. */
const ROLES: readonly string[] = (
  'President|President-elect|Vice President|Prime Minister|Chancellor|Premier|Crown Prince|Emir|' +
  'Supreme Leader|Leader|Pope|Ayatollah|Secretary General|Secretary-General|General Secretary|' +
  'Secretary of State|Secretary of Defense|Secretary of Defence|Secretary of War|' +
  'Secretary of the Navy|Secretary of the Army|Secretary of the Air Force|' +
  'Secretary of State for Defence|Secretary|Defense Secretary|Defence Secretary|War Secretary|' +
  'Foreign Secretary|Home Secretary|Press Secretary|Navy Secretary|Army Secretary|' +
  'Air Force Secretary|Defense Minister|Defence Minister|Foreign Minister|Interior Minister|' +
  'Finance Minister|Minister of Defense|Minister of Defence|Minister of National Defense|' +
  'Minister of National Defence|Minister of Foreign Affairs|Minister for Defence|' +
  'Minister for Defence Industry|Minister for Foreign Affairs|Minister|' +
  'National Security Advisor|National Security Adviser|Director of National Intelligence|' +
  'Director|Director General|Director-General|Ambassador|Envoy|Special Envoy|' +
  'Special Representative|High Representative|Permanent Representative|Representative|' +
  'Senator|Sen.|Rep.|Congressman|Congresswoman|Speaker|House Speaker|Majority Leader|' +
  'Minority Leader|Governor|Gov.|Mayor|Spokesperson|Spokesman|Spokeswoman|Commissioner|Chair|' +
  'Chairman|Chairwoman|Chief|Chief Executive|Chief Executive Officer|CEO|Chief of Staff|' +
  'Chief of Defence|Chief of the Defence Staff|Chief of the General Staff|' +
  'Chief of Naval Operations|Chairman of the Joint Chiefs of Staff|Joint Chiefs Chairman|' +
  'Commander|Supreme Allied Commander|Supreme Allied Commander Europe|' +
  'Supreme Allied Commander Transformation|Commandant|General|Gen.|Lieutenant General|Lt. Gen.|' +
  'Major General|Maj. Gen.|Brigadier General|Brig. Gen.|Admiral|Adm.|Vice Admiral|Vice Adm.|' +
  'Rear Admiral|Rear Adm.|Colonel|Col.|Lieutenant Colonel|Lt. Col.|Captain|Capt.|Cmdr.|' +
  'Lieutenant Commander|Lt. Cmdr.|' +
  'Air Chief Marshal|Air Marshal|Air Vice-Marshal|Field Marshal|Marshal'
).split('|');

// British style writes many roles in lowercase ("defence minister Richard Marles").
const LOWERCASE_ROLES = new Set(
  (
    'president|president-elect|vice president|prime minister|chancellor|premier|crown prince|' +
    'supreme leader|secretary general|secretary-general|secretary of state|' +
    'secretary of defense|defense secretary|defence secretary|foreign secretary|' +
    'defense minister|defence minister|foreign minister|interior minister|finance minister|' +
    'national security adviser|national security advisor|ambassador|envoy|special envoy|' +
    'senator|special representative|high representative|permanent representative|' +
    'congressman|congresswoman|spokesperson|spokesman|spokeswoman|press secretary|' +
    'director of national intelligence|chief of staff|commissioner|supreme allied commander|' +
    'supreme allied commander europe'
  ).split('|'),
);
// Generic words that are a role in lowercase only with a qualifier: "NATO chief Mark Rutte".
const LOWERCASE_IF_QUALIFIED = new Set(['leader', 'chief', 'commander', 'minister', 'secretary']);

// Roles too generic to vouch for a lone word: "Captain Marvel", "Chief Warrant" are not people.
const NEEDS_FULL_NAME = new Set(
  'Chief|Chief Executive|CEO|Director|Chair|Chairman|Chairwoman|Commander|Commandant|Captain|Capt.|Cmdr.|Marshal|Leader|Representative'.split(
    '|',
  ),
);

// Words that narrow a role without changing it ("Deputy", "Acting"); kept in the role text.
const ROLE_MODIFIERS = ['Deputy', 'Vice', 'Assistant', 'Acting', 'Under', 'Principal', 'Senior'];
// In lowercase these are ordinary words: "under President Biden", "senior Pentagon official".
const CAPITALISED_ONLY_MODIFIERS = new Set(['Under', 'Principal', 'Senior']);

const SPACE = '[ \\u00a0]+';
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "Defense Secretary" → "[Dd]efense[ ]+[Ss]ecretary", so either case matches each word's start.
const eitherCase = (role: string): string =>
  role
    .split(' ')
    .map((w) => {
      const first = w[0] ?? '';
      const rest = escapeRegExp(w.slice(1));
      return /\p{L}/u.test(first) ? `[${first.toUpperCase()}${first.toLowerCase()}]${rest}` : w;
    })
    .join(SPACE);

const CORE_ROLES = [...ROLES].sort((a, b) => b.length - a.length).map(eitherCase);
const ROLE_SOURCE =
  `(?:(?:${ROLE_MODIFIERS.map((m) => (CAPITALISED_ONLY_MODIFIERS.has(m) ? m : eitherCase(m))).join('|')})${SPACE})*` +
  `(?:${CORE_ROLES.join('|')})`;
const ROLE_AT = new RegExp(`${ROLE_SOURCE}(?![\\p{L}\\p{N}-])`, 'uy');
const CANONICAL_ROLE = new Map(ROLES.map((r) => [r.toLowerCase(), r]));
const MODIFIER_CANONICAL = new Map(ROLE_MODIFIERS.map((m) => [m.toLowerCase(), m]));

// The letters that open a role's first word: "Lt" of "Lt. Gen.", "Secretary" of "Secretary-General".
const openingLetters = (role: string): string => {
  const letters = /^[A-Za-z]+/.exec(role)?.[0];
  if (!letters) throw new Error(`A role must open with ASCII letters: ${role}`);
  return letters;
};
const withFirst = (word: string, first: string): string => first + word.slice(1);

/**
 * The regex to run where a word opens a role, for each way it may be written: "President" and
 * "president" run only the roles that open with it, in the same order as the full regex (so
 * the same one wins). A modifier ("Deputy", "Vice") needs the full regex, as any role may follow.
 */
const MATCHER_BY_OPENING = ((): Map<string, RegExp> => {
  const matchers = new Map<string, RegExp>();
  const byRole = new Map<string, string[]>();
  for (const role of [...ROLES].sort((a, b) => b.length - a.length)) {
    const letters = openingLetters(role);
    const key = withFirst(letters, letters[0]!.toLowerCase()); // "cEO" for "CEO": only the first letter's case varies
    byRole.set(key, [...(byRole.get(key) ?? []), eitherCase(role)]);
  }
  for (const [key, roles] of byRole) {
    const matcher = new RegExp(`(?:${roles.join('|')})(?![\\p{L}\\p{N}-])`, 'uy');
    for (const first of [key[0]!.toUpperCase(), key[0]!])
      matchers.set(withFirst(key, first), matcher);
  }
  for (const m of ROLE_MODIFIERS) {
    const letters = openingLetters(m);
    matchers.set(letters, ROLE_AT);
    if (!CAPITALISED_ONLY_MODIFIERS.has(m))
      matchers.set(withFirst(letters, letters[0]!.toLowerCase()), ROLE_AT);
  }
  return matchers;
})();

/** Every word that may open a role or modifier, in each case the role regex accepts. */
export const ROLE_OPENING_WORDS: readonly string[] = [...MATCHER_BY_OPENING.keys()];

// A trie over the ASCII letters of ROLE_OPENING_WORDS: state × 52 letters → next state (0 =
// none), and for each state that completes a word, its matcher.
const LETTERS = 52;
const letterIndex = (unit: number): number =>
  unit >= 65 && unit <= 90 ? unit - 65 : unit >= 97 && unit <= 122 ? unit - 71 : -1;
const { next: TRIE_NEXT, matchers: TRIE_MATCHERS } = (() => {
  const next: number[] = Array<number>(LETTERS).fill(0);
  const matchers: Array<RegExp | null> = [null];
  for (const [word, matcher] of MATCHER_BY_OPENING) {
    let state = 0;
    for (let i = 0; i < word.length; i += 1) {
      const slot = state * LETTERS + letterIndex(word.charCodeAt(i));
      if (next[slot] === 0) {
        next[slot] = matchers.length;
        matchers.push(null);
        next.push(...Array<number>(LETTERS).fill(0));
      }
      state = next[slot]!;
    }
    matchers[state] = matcher;
  }
  return { next: Int32Array.from(next), matchers };
})();

/**
 * The matcher for the word at `pos`, or null when no role can start there: the ASCII letters
 * there are not exactly the opening word of a role. After a whole opening word, a non-ASCII
 * character (perhaps a letter, perhaps not) leaves the decision to the matcher.
 */
const matcherAt = (text: string, pos: number): RegExp | null => {
  let state = 0;
  for (let i = pos; ; i += 1) {
    const letter = letterIndex(text.charCodeAt(i));
    if (letter < 0) return TRIE_MATCHERS[state]!;
    state = TRIE_NEXT[state * LETTERS + letter]!;
    if (state === 0) return null;
  }
};

/** The end of the role written at `pos` (modifiers included), or -1. */
export const roleEndAt = (text: string, pos: number): number => {
  const matcher = matcherAt(text, pos);
  if (!matcher) return -1;
  matcher.lastIndex = pos;
  return matcher.test(text) ? matcher.lastIndex : -1;
};

export interface RoleHit {
  end: number;
  /** Display form, e.g. "Deputy Secretary of Defense". */
  text: string;
  /** The role without modifiers, e.g. "Secretary of Defense". */
  core: string;
  lowercase: boolean;
}

/** The role written at `pos`, in display form, if any. */
export const roleAt = (text: string, pos: number): RoleHit | null => {
  const end = roleEndAt(text, pos);
  return end < 0 ? null : roleBetween(text, pos, end);
};

type RoleName = Omit<RoleHit, 'end'>;

const describeRole = (written: string): RoleName | null => {
  const words = written.split(/[ \u00a0]+/);
  const modifiers: string[] = [];
  while (words.length > 1 && MODIFIER_CANONICAL.has(words[0]!.toLowerCase())) {
    modifiers.push(MODIFIER_CANONICAL.get(words.shift()!.toLowerCase())!);
  }
  const core = words.join(' ');
  const canonical = CANONICAL_ROLE.get(core.toLowerCase());
  if (!canonical) return null;
  return {
    text: [...modifiers, canonical].join(' '),
    core: canonical,
    lowercase: /^\p{Ll}/u.test(core),
  };
};

// Articles write the same few roles over and over: describe each written form once.
const describeWritten = memoByName(describeRole);

/** The role written at [pos, end), which `roleEndAt` found, in display form. */
export const roleBetween = (text: string, pos: number, end: number): RoleHit | null => {
  const name = describeWritten(text.slice(pos, end));
  return name && { end, text: name.text, core: name.core, lowercase: name.lowercase };
};
/** Whether a lowercase role counts here: "defence minister" does, "chief" only as "NATO chief". */
export const acceptsLowercase = (role: RoleHit, qualifiers: readonly string[]): boolean => {
  if (!role.lowercase) return true;
  const core = role.core.toLowerCase();
  return LOWERCASE_ROLES.has(core) || (LOWERCASE_IF_QUALIFIED.has(core) && qualifiers.length > 0);
};

/** Whether the role is too generic to vouch for a one-word name ("Captain Marvel"). */
export const needsFullName = (role: RoleHit): boolean => NEEDS_FULL_NAME.has(role.core);
