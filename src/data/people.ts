/**
 * People named in news text, with their role when the text gives one. Precision first: a bare
 * "Firstname Lastname" is too often a title-case heading or an organisation, so a name counts
 * only when a role or honorific introduces it somewhere in the text, or the caller knows it.
 */
import { findCountries } from './countries';
import type { PersonMatch, Span } from './types';

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

// Qualifiers that may precede a role besides countries and acronyms: "former", "Pentagon", "Army".
const QUALIFIER_WORDS = new Set(
  (
    'former Former top Top Pentagon White House Army Navy Air Force Marine Marines Corps Space ' +
    'Coast Guard National Security Council European Commission Union Alliance Allied Defense ' +
    'Defence Foreign State Department Ministry Kremlin Communist Party Joint Chiefs Military ' +
    'Republican Democratic Democrat Labour Conservative Parliament Press Cabinet'
  ).split(' '),
);
// Time markers a role sheds: an outgoing Secretary General is still the Secretary General.
const DROPPED_QUALIFIERS = new Set(['Outgoing', 'outgoing', 'Incoming', 'incoming', 'then']);

// Capitalised words that are never part of a person's name.
const NOT_NAME_WORDS = new Set(
  // organisations, places and things that follow titles ("General Assembly", "US Chamber")
  (
    'Chamber Command Forum Summit Council Department Ministry Agency Office Alliance ' +
    'Organization Organisation Committee Commission Group Institute Center Centre University ' +
    'College School Force Forces Army Navy Air Corps Guard Parliament Congress Senate House ' +
    'Treaty Pact Declaration Agreement Initiative Conference Meeting Talks Dialogue Partnership ' +
    'Program Programme Project Fund Bank Union News Post Times Journal Association Industry ' +
    'Industries Company Corporation Inc Ltd Foundation Party Administration Government Cabinet ' +
    'Staff Assembly Dynamics Electric Motors Atomics Transformation Headquarters Operations ' +
    'Affairs Security Defense Defence Service Services Region State States Republic Kingdom ' +
    'Islands Sea Ocean Strait Peninsula Base Airport Station Street Road Avenue Square Palace ' +
    'Hall Building Bridge Award Prize Day Week Year Act Bill Law Strategy Doctrine Plan Policy ' +
    'Review Report Mission Operation Exercise Task Fleet Squadron Brigade Division Battalion ' +
    'Regiment Wing Cyber Space Digital Intelligence National International Global Joint Allied ' +
    'Atlantic Pacific Europe European Asia Asian Africa African Middle East West North South ' +
    'Central Northern Southern Eastern Western League Officer Officers Team Council Board Media ' +
    'Network Systems Technologies Aerospace Group Studies Research Affairs Relations Trade ' +
    'Economic Energy Health Justice Treasury Commerce Homeland Interior Finance Foreign Public ' +
    // calendar words
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April ' +
    'June July August September October November December Today Tomorrow Yesterday ' +
    // words that open sentences and headings
    'The This That These Those It He She They We I You His Her Its Their Our My Your A An And ' +
    'Or But Nor In On At To From Of For With By As After Before During While When If Then Than ' +
    'Meanwhile However Also Earlier Later Now Still Yet Even Only Both Each Every All Some Many ' +
    'Most More Much Such Why How What Who Where Which Whom Whose Will Would Could Should Can ' +
    'Might Must Has Have Had Is Are Was Were Be Been Being Do Does Did Not No Yes So Thus ' +
    'Here There Instead Indeed Perhaps Although Though Because Since Until Unless Whether Amid ' +
    'Against Between Among About Over Under Into Onto Upon Via Per Like Including Despite ' +
    'Without Within Across Around Through Toward Towards Following According Asked Speaking ' +
    'Addressing Writing Says Said Told Added Noted Stated Explained Emphasized Emphasised ' +
    'Stressed Warned Announced Mentioned Highlighted Underlined Pointed Sources Officials ' +
    'Leaders Allies Partners Members Observers Critics Analysts Experts Reporters Mr Mrs Ms Dr ' +
    'Sir Dame Lord Lady King Queen Prince Princess His Majesty Highness Excellency'
  ).split(' '),
);

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
const ROLE_ANYWHERE = new RegExp(`(?<![\\p{L}\\p{N}.-])${ROLE_SOURCE}(?![\\p{L}\\p{N}-])`, 'gu');
const CANONICAL_ROLE = new Map(ROLES.map((r) => [r.toLowerCase(), r]));
const MODIFIER_CANONICAL = new Map(ROLE_MODIFIERS.map((m) => [m.toLowerCase(), m]));

interface RoleHit {
  end: number;
  /** Display form, e.g. "Deputy Secretary of Defense". */
  text: string;
  /** The role without modifiers, e.g. "Secretary of Defense". */
  core: string;
  lowercase: boolean;
}

/** The role written at `pos`, in display form, if any. */
const roleAt = (text: string, pos: number): RoleHit | null => {
  ROLE_AT.lastIndex = pos;
  const m = ROLE_AT.exec(text);
  if (!m) return null;
  const words = m[0].split(/[ \u00a0]+/);
  const modifiers: string[] = [];
  while (words.length > 1 && MODIFIER_CANONICAL.has(words[0]!.toLowerCase())) {
    modifiers.push(MODIFIER_CANONICAL.get(words.shift()!.toLowerCase())!);
  }
  const core = words.join(' ');
  const canonical = CANONICAL_ROLE.get(core.toLowerCase());
  if (!canonical) return null;
  return {
    end: pos + m[0].length,
    text: [...modifiers, canonical].join(' '),
    core: canonical,
    lowercase: /^\p{Ll}/u.test(core),
  };
};

// "Biden", "McDonald", "O'Brien", "Sare'e", "Thomas-Greenfield", "al-Sudani"; never "Biden's".
const NAME_WORD =
  /(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?|\p{Lu}['’]\p{Lu}\p{Ll}+|(?:al|el)-\p{Lu}\p{Ll}+)(?:['’](?!s(?!\p{L}))\p{L}+)?(?:-\p{L}+)*/uy;
const INITIAL = /\p{Lu}\./uy;
const PARTICLE = /(?:van|von|der|den|de|del|da|di|bin|ibn|al|el|la|le|dos|das|du)(?= )/y;
const SUFFIX = /(?:Jr\.?|Sr\.?|II|III|IV)(?![\p{L}\p{N}])/uy;
const KNIGHTHOOD = /(?:Sir|Dame) (?=\p{Lu})/uy;
const MAX_NAME_WORDS = 3;

const stickyAt = (re: RegExp, text: string, pos: number): string | null => {
  re.lastIndex = pos;
  return re.exec(text)?.[0] ?? null;
};

/** Text positions of country mentions, so names never swallow "Japan" or "Korean". */
interface Context {
  text: string;
  countryStarts: Map<number, number>;
  countryEnds: Map<number, number>;
}

/**
 * The person's name starting at `pos`: 1–3 capitalised words with optional initials, particles
 * ("von der") and suffix ("Jr."), e.g. "Lloyd J. Austin III". Null if it is not a clean name.
 */
const readName = (ctx: Context, pos: number): { end: number; words: string[] } | null => {
  const { text } = ctx;
  const words: string[] = [];
  let kept = 0; // words up to the last main word or suffix; trailing initials do not count
  let end = pos;
  let mains = 0;
  for (let p = pos; !ctx.countryStarts.has(p); p += 1) {
    const suffix = mains > 0 ? stickyAt(SUFFIX, text, p) : null;
    if (suffix) {
      words.push(suffix);
      kept = words.length;
      end = p + suffix.length;
      break;
    }
    const word = stickyAt(NAME_WORD, text, p);
    if (word && (NOT_NAME_WORDS.has(word) || roleAt(text, p))) break;
    if (word && mains === MAX_NAME_WORDS) return null; // a longer capitalised run: a title, not a name
    const token =
      word ?? stickyAt(INITIAL, text, p) ?? (mains > 0 ? stickyAt(PARTICLE, text, p) : null);
    if (!token) break;
    words.push(token);
    p += token.length;
    if (word) {
      mains += 1;
      kept = words.length;
      end = p;
    }
    if (text[p] !== ' ' && text[p] !== '\u00a0') break;
  }
  return mains > 0 ? { end, words: words.slice(0, kept) } : null;
};

const ACRONYM = /^[A-Z][A-Z0-9&]{1,6}$/;
const stripPossessive = (s: string): string => s.replace(/['’]s$/, '');

/**
 * Qualifiers written before a role, walking back word by word: countries and demonyms ("US",
 * "Japanese"), acronyms ("NATO's"), and QUALIFIER_WORDS ("former", "Pentagon").
 */
const readQualifiers = (ctx: Context, roleStart: number): { start: number; words: string[] } => {
  const { text } = ctx;
  const words: string[] = [];
  let start = roleStart;
  for (let steps = 0; steps < 6; steps += 1) {
    if (start < 2 || !/[ \u00a0]/.test(text[start - 1] ?? '')) break;
    const tokenEnd = start - 1;
    const token = /\S+$/.exec(text.slice(Math.max(0, tokenEnd - 60), tokenEnd))?.[0] ?? '';
    const tokenStart = tokenEnd - token.length;
    const bare = stripPossessive(token);
    const countryStart = ctx.countryEnds.get(tokenStart + bare.length);
    if (!token) break;
    if (countryStart !== undefined && !text.slice(countryStart, tokenEnd).includes('\n')) {
      words.unshift(stripPossessive(text.slice(countryStart, tokenEnd)));
      start = countryStart;
    } else if (ACRONYM.test(bare) || QUALIFIER_WORDS.has(bare)) {
      words.unshift(bare);
      start = tokenStart;
    } else {
      break;
    }
  }
  return { start, words };
};

interface Found {
  match: PersonMatch;
  inHeading: boolean;
}

// A title-case line (heading, caption) capitalises ordinary words, so names there need backing.
const isHeadingLine = (line: string): boolean => {
  const trimmed = line.trim();
  if (/[.!?"”:]$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
};

const headingSpans = (text: string): Span[] => {
  const spans: Span[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    if (isHeadingLine(line)) spans.push([from, from + line.length]);
    from += line.length + 1;
  }
  return spans;
};

const roleText = (qualifiers: string[], role: string): string =>
  [...qualifiers.filter((q) => !DROPPED_QUALIFIERS.has(q)), role].join(' ');

const acceptsLowercase = (role: RoleHit, qualifiers: string[]): boolean => {
  if (!role.lowercase) return true;
  const core = role.core.toLowerCase();
  return LOWERCASE_ROLES.has(core) || (LOWERCASE_IF_QUALIFIED.has(core) && qualifiers.length > 0);
};

/** "US National Security Advisor Jake Sullivan", "President Biden's", "said Foreign Minister Penny Wong". */
const findTitled = (ctx: Context, headings: Span[]): Found[] => {
  const { text } = ctx;
  const found: Found[] = [];
  for (const m of text.matchAll(ROLE_ANYWHERE)) {
    let role = roleAt(text, m.index);
    if (!role) continue;
    // "Pentagon Press Secretary Maj. Gen. Pat Ryder": a rank may follow the office.
    let end = role.end;
    const roles = [role.text];
    for (
      let next = roleAt(text, end + 1);
      text[end] === ' ' && next;
      next = roleAt(text, end + 1)
    ) {
      roles.push(next.text);
      end = next.end;
      role = { ...role, end };
    }
    if (text[end] !== ' ' && text[end] !== '\u00a0') continue;
    // "Prime Minister Sir Keir Starmer": the knighthood is not part of the name.
    const start = end + 1 + (stickyAt(KNIGHTHOOD, text, end + 1)?.length ?? 0);
    const name = readName(ctx, start);
    if (!name) continue;
    if (name.words.length === 1 && NEEDS_FULL_NAME.has(role.core)) continue;
    const qualifiers = readQualifiers(ctx, m.index);
    if (!acceptsLowercase(role, qualifiers.words)) continue;
    const span: Span = [start, name.end];
    found.push({
      match: { name: text.slice(...span), role: roleText(qualifiers.words, roles.join(' ')), span },
      inHeading: headings.some(([a, b]) => span[0] >= a && span[1] <= b),
    });
  }
  return found;
};

/** "Mark Rutte, NATO's secretary general," and "Richard Marles, the Australian defence minister." */
const findAppositive = (ctx: Context, headings: Span[]): Found[] => {
  const { text } = ctx;
  const found: Found[] = [];
  for (let comma = text.indexOf(', '); comma >= 0; comma = text.indexOf(', ', comma + 1)) {
    if (headings.some(([a, b]) => comma >= a && comma < b)) continue;
    let p = comma + 2;
    const article = /^(?:the|a|an) /.exec(text.slice(p, p + 4));
    if (article) p += article[0].length;
    const qualifiers: string[] = [];
    for (let steps = 0; steps < 5; steps += 1) {
      const countryEnd = ctx.countryStarts.get(p);
      const token = /^[^\s,.;:]+/.exec(text.slice(p, p + 40))?.[0] ?? '';
      const bare = stripPossessive(token);
      if (countryEnd !== undefined) {
        qualifiers.push(text.slice(p, countryEnd));
        p = countryEnd + (text.slice(countryEnd, countryEnd + 2).match(/^['’]s/) ? 2 : 0);
      } else if (ACRONYM.test(bare) || QUALIFIER_WORDS.has(bare)) {
        qualifiers.push(bare);
        p += token.length;
      } else {
        break;
      }
      if (text[p] !== ' ') break;
      p += 1;
    }
    const role = roleAt(text, p);
    if (!role || !acceptsLowercase(role, qualifiers)) continue;
    let end = role.end;
    let roleString = roleText(qualifiers, role.text);
    const of = /^ (of|to|for) (?:the )?/.exec(text.slice(end, end + 10));
    if (of) {
      const target = end + of[0].length;
      const countryEnd = ctx.countryStarts.get(target);
      const acronym = /^[A-Z][A-Z0-9&]{1,6}(?![\p{L}\p{N}])/u.exec(text.slice(target, target + 8));
      const targetEnd = countryEnd ?? (acronym ? target + acronym[0].length : undefined);
      if (targetEnd !== undefined) {
        roleString += ` ${of[1]} ${text.slice(target, targetEnd)}`;
        end = targetEnd;
      }
    }
    // The role must close the appositive: "…, NATO's secretary general, said" not "…, NATO chief Rutte".
    if (!/^(?:$|[,.;:)]|[ \u00a0]\p{Ll})/u.test(text.slice(end, end + 2))) continue;
    const name = nameEndingAt(ctx, comma);
    if (!name) continue;
    found.push({
      match: { name: text.slice(name.start, comma), role: roleString, span: [name.start, comma] },
      inHeading: false,
    });
  }
  return found;
};

/** A 2–3 word name that ends right at `end` and is not the tail of a longer capitalised run. */
const nameEndingAt = (ctx: Context, end: number): { start: number; words: string[] } | null => {
  const { text } = ctx;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const before = text.slice(Math.max(lineStart, end - 80), end);
  const tokens = before.split(' ');
  for (let take = Math.min(tokens.length, 6); take >= 2; take -= 1) {
    const startToken = tokens.length - take;
    const candidate = tokens.slice(startToken).join(' ');
    const start = end - candidate.length;
    const name = readName(ctx, start);
    if (!name || name.end !== end) continue;
    const mains = name.words.filter((w) => NAME_WORD_TEST.test(w)).length;
    if (mains < 2) continue;
    const previous = tokens[startToken - 1] ?? '';
    // A capitalised word right before means a longer run ("US Chamber of Commerce President …").
    if (
      /^\p{Lu}\p{Ll}+$/u.test(previous) &&
      !NOT_NAME_WORDS.has(previous) &&
      !roleAt(text, start - previous.length - 1)
    ) {
      return null;
    }
    return { start, words: name.words };
  }
  return null;
};
const NAME_WORD_TEST = /^(?:\p{Lu}\p{Ll}|\p{Lu}['’]\p{Lu}|(?:al|el)-\p{Lu})/u;

/** "Mr. Stoltenberg", "Ms Wong": an honorific makes the next words a name, without a role. */
const findHonorific = (ctx: Context, headings: Span[]): Found[] => {
  const found: Found[] = [];
  for (const m of ctx.text.matchAll(/(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Dr)\.? (?=\p{Lu})/gu)) {
    const start = m.index + m[0].length;
    const name = readName(ctx, start);
    if (!name) continue;
    const span: Span = [start, name.end];
    found.push({
      match: { name: ctx.text.slice(...span), role: null, span },
      inHeading: headings.some(([a, b]) => span[0] >= a && span[1] <= b),
    });
  }
  return found;
};

const mainWordsOf = (name: string): string[] =>
  name.split(/\s+/).filter((w) => NAME_WORD_TEST.test(w) && !/^(?:Jr|Sr)\.?$/.test(w));

/** The single words a person is also called by: the surname, or the family name of "Kim Jong Un" / "Xi Jinping". */
const shortFormsOf = (name: string): string[] => {
  const words = mainWordsOf(name);
  if (words.length < 2) return [];
  const last = words[words.length - 1]!;
  // Family name first: three short syllables ("Kim Jong Un"), a two-letter first word ("Xi
  // Jinping") or a hyphenated given name ("Yoon Suk-yeol", "Kim Yong-hyun").
  const familyFirst =
    (words.length === 3 && words.every((w) => w.length <= 5)) ||
    words[0]!.length <= 2 ||
    /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last);
  const forms = last.length >= 3 ? [last] : []; // not the "Un" of "Kim Jong Un"
  return familyFirst ? [...forms, words[0]!] : forms;
};

/** Later bare mentions ("Sullivan explained", "Joe Biden") of names already introduced. */
const findMentions = (ctx: Context, names: Set<string>, taken: Span[]): PersonMatch[] => {
  const { text } = ctx;
  const forms = new Set<string>();
  for (const name of names) {
    forms.add(name);
    for (const short of shortFormsOf(name)) forms.add(short);
  }
  if (forms.size === 0) return [];
  const alternation = [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu');
  const out: PersonMatch[] = [];
  for (const m of text.matchAll(re)) {
    let start = m.index;
    const end = start + m[0].length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    // A name word right after makes it part of another name ("Austin Powers", "Mohammed al-Houthi").
    const after = /^[ \u00a0](\p{Lu}\p{Ll}+|(?:al|el|bin|ibn|van|von|de|da)[ -])/u.exec(
      text.slice(end, end + 30),
    );
    if (after && !NOT_NAME_WORDS.has(after[1]!) && !ctx.countryStarts.has(end + 1)) continue;
    // "Joe Biden" after "President Biden": a first name right before a known surname joins it.
    const before = /(\p{Lu}\p{Ll}+)[ \u00a0]$/u.exec(text.slice(Math.max(0, start - 30), start));
    const beforeStart = before ? start - before[0].length : -1;
    if (
      before &&
      !m[0].includes(' ') &&
      !NOT_NAME_WORDS.has(before[1]!) &&
      !QUALIFIER_WORDS.has(before[1]!) &&
      !roleAt(text, beforeStart) &&
      !ctx.countryEnds.has(start - 1) &&
      !taken.some(([a, b]) => beforeStart < b && start > a)
    ) {
      start = beforeStart;
    }
    out.push({ name: text.slice(start, end), role: null, span: [start, end] });
  }
  return out;
};

// A heading's "President Biden Hosts Leaders" keeps only the words that name a known person.
const backedByBody = (
  f: Found,
  names: Set<string>,
  shortForms: Set<string>,
): PersonMatch | null => {
  const [from] = f.match.span;
  const words = f.match.name.split(' ');
  for (let k = words.length; k >= 1; k -= 1) {
    const candidate = words.slice(0, k).join(' ');
    if (names.has(candidate) || (k === 1 && shortForms.has(candidate))) {
      return { ...f.match, name: candidate, span: [from, from + candidate.length] };
    }
  }
  return null;
};

const overlaps = (span: Span, taken: Span[]): boolean =>
  taken.some(([a, b]) => span[0] < b && span[1] > a);

/**
 * Every person mention in `text`, sorted by position, e.g. "US National Security Advisor Jake
 * Sullivan said … Sullivan added" → Jake Sullivan (role "US National Security Advisor"), Sullivan.
 * `known` names (e.g. from the whole article when scanning one sentence) count as introduced.
 */
export const findPeople = (text: string, known: readonly string[] = []): PersonMatch[] => {
  const countries = findCountries(text);
  const ctx: Context = {
    text,
    countryStarts: new Map(countries.map((c) => [c.span[0], c.span[1]])),
    countryEnds: new Map(countries.map((c) => [c.span[1], c.span[0]])),
  };
  const headings = headingSpans(text);
  const candidates = [
    ...findTitled(ctx, headings),
    ...findAppositive(ctx, headings),
    ...findHonorific(ctx, headings),
  ];
  const names = new Set(known);
  for (const c of candidates) if (!c.inHeading) names.add(c.match.name);
  const shortForms = new Set([...names].flatMap(shortFormsOf));
  for (const name of names) if (!name.includes(' ')) shortForms.add(name);

  const accepted: PersonMatch[] = [];
  const taken: Span[] = [];
  for (const c of candidates) {
    const match = c.inHeading ? backedByBody(c, names, shortForms) : c.match;
    if (!match) continue;
    // The same name found twice ("Gen. Pat Ryder" inside "Press Secretary Maj. Gen. Pat Ryder", or
    // by title and by appositive) keeps one mention with the more specific role.
    const same = accepted.find((a) => a.span[0] === match.span[0] && a.span[1] === match.span[1]);
    if (same) same.role = moreSpecific(same.role, match.role);
    if (same || overlaps(match.span, taken)) continue;
    accepted.push({ ...match });
    taken.push(match.span);
  }
  accepted.push(...findMentions(ctx, names, taken));
  return accepted.sort((a, b) => a.span[0] - b.span[0]);
};

const wordCount = (s: string): number => s.split(/\s+/).length;

// More words say more ("US National Security Advisor" over "Advisor"); ties go to the longer text.
const moreSpecific = (a: string | null, b: string | null): string | null => {
  if (!a || !b) return a ?? b;
  if (wordCount(a) !== wordCount(b)) return wordCount(a) > wordCount(b) ? a : b;
  return b.length > a.length ? b : a;
};

// "Lloyd J. Austin III" and "Lloyd Austin" are one person: compare names without initials or suffixes.
const nameKey = (name: string): string => mainWordsOf(name).join(' ');

/**
 * People of a text, one entry each in order of first mention: surname-only mentions join the full
 * name ("Sullivan" → "Jake Sullivan"), and each keeps its most specific role. `known` full names
 * let a sentence's "Sullivan" join an article-level "Jake Sullivan".
 */
export const mergePeople = (
  matches: PersonMatch[],
  known: readonly string[] = [],
): Array<{ name: string; role: string | null }> => {
  const groups = new Map<string, { name: string; role: string | null; first: number }>();
  const ordered = [...matches].sort((a, b) => a.span[0] - b.span[0]);
  const full = [
    ...known.map((name) => ({ name, role: null, span: [Infinity, Infinity] as Span })),
    ...ordered,
  ].filter((m) => mainWordsOf(m.name).length >= 2);
  for (const m of full) {
    const key = nameKey(m.name);
    const group = groups.get(key);
    if (group) {
      group.role = moreSpecific(group.role, m.role);
      group.first = Math.min(group.first, m.span[0]);
    } else {
      groups.set(key, { name: m.name, role: m.role, first: m.span[0] });
    }
  }
  const fullKeys = [...groups.keys()];
  for (const m of ordered) {
    if (mainWordsOf(m.name).length >= 2) continue;
    const word = m.name.trim();
    const bySurname = fullKeys.filter((k) => k.split(' ').at(-1) === word);
    const byFirst = fullKeys.filter((k) => k.split(' ')[0] === word);
    const key = bySurname.length === 1 ? bySurname[0]! : byFirst.length === 1 ? byFirst[0]! : word;
    const group = groups.get(key);
    if (group) {
      group.role = moreSpecific(group.role, m.role);
      group.first = Math.min(group.first, m.span[0]);
    } else {
      groups.set(key, { name: word, role: m.role, first: m.span[0] });
    }
  }
  return [...groups.values()]
    .filter((g) => Number.isFinite(g.first))
    .sort((a, b) => a.first - b.first)
    .map(({ name, role }) => ({ name, role }));
};
