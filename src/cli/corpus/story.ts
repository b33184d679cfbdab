/**
 * The facts of one generated story before any wording: when it was published, the happening it
 * reports (a summit, a ministerial, talks, an exercise) with its real dates, who takes part,
 * which topics it covers and whom it quotes. Wording and layout come later from these facts.
 */
import { TOPIC_IDS, type TopicId } from '../../data/topics';
import { addDays, daysBetween, type DateStyle } from './calendar';
import {
  countryWords,
  IP4,
  NATO_MEMBERS,
  pickCountry,
  RIVALS,
  type CountryWords,
} from './countries';
import { governmentPerson, organisationPerson, type Person } from './people';
import type { Random } from './random';

type Cast = 'nato' | 'ip4' | 'pacific' | 'europe';
type Host = readonly [city: string, code: string];

/** A kind of happening copy reports, e.g. a NATO defence ministers' meeting in Brussels. */
interface HappeningKind {
  org: string;
  /** How a lead introduces it: "a NATO summit", "the Shangri-La Dialogue". */
  name: string;
  /** "summit", "talks": the word later sentences use for it ("the summit"). */
  noun: string;
  /** Who attends: "leaders", "defence ministers". */
  attendees: string;
  hosts: readonly Host[];
  /** Length in days: [min, max]. */
  days: readonly [number, number];
  cast: Cast;
}

const happening = (
  org: string,
  name: string,
  noun: string,
  attendees: string,
  hosts: readonly Host[],
  days: readonly [number, number],
  cast: Cast,
): HappeningKind => ({ org, name, noun, attendees, hosts, days, cast });

const SUMMIT_HOSTS: readonly Host[] = [
  ['Washington', 'US'],
  ['The Hague', 'NL'],
  ['Vilnius', 'LT'],
  ['Madrid', 'ES'],
  ['Brussels', 'BE'],
  ['Ankara', 'TR'],
  ['Tirana', 'AL'],
];

const HAPPENINGS: readonly HappeningKind[] = [
  happening('NATO', 'a NATO summit', 'summit', 'leaders', SUMMIT_HOSTS, [2, 3], 'ip4'),
  happening(
    'NATO',
    "a NATO defence ministers' meeting",
    'meeting',
    'defence ministers',
    [['Brussels', 'BE']],
    [1, 2],
    'nato',
  ),
  happening(
    'NATO',
    "a NATO foreign ministers' meeting",
    'meeting',
    'foreign ministers',
    [
      ['Brussels', 'BE'],
      ['Prague', 'CZ'],
      ['Oslo', 'NO'],
      ['Bucharest', 'RO'],
      ['Antalya', 'TR'],
    ],
    [1, 2],
    'ip4',
  ),
  happening(
    'NATO',
    'talks between NATO and its Indo-Pacific partners',
    'talks',
    'senior officials',
    [
      ['Brussels', 'BE'],
      ['Tokyo', 'JP'],
      ['Canberra', 'AU'],
      ['Seoul', 'KR'],
      ['Wellington', 'NZ'],
    ],
    [1, 3],
    'ip4',
  ),
  happening(
    'NATO',
    'the NATO Defence Industry Forum',
    'forum',
    'officials and industry executives',
    [
      ['Washington', 'US'],
      ['Brussels', 'BE'],
      ['Stockholm', 'SE'],
    ],
    [1, 2],
    'nato',
  ),
  happening(
    'NATO',
    'a NATO exercise',
    'exercise',
    'troops',
    [
      ['Tallinn', 'EE'],
      ['Riga', 'LV'],
      ['Oslo', 'NO'],
      ['Warsaw', 'PL'],
      ['Bucharest', 'RO'],
    ],
    [4, 12],
    'europe',
  ),
  happening(
    'the EU',
    'the EU Foreign Affairs Council',
    'council meeting',
    'foreign ministers',
    [
      ['Brussels', 'BE'],
      ['Luxembourg', 'LU'],
    ],
    [1, 1],
    'europe',
  ),
  happening(
    'the G7',
    'a G7 summit',
    'summit',
    'leaders',
    [
      ['Hiroshima', 'JP'],
      ['Apulia', 'IT'],
      ['Kananaskis', 'CA'],
      ['Evian', 'FR'],
    ],
    [2, 3],
    'nato',
  ),
  happening(
    'the Quad',
    'a Quad leaders summit',
    'summit',
    'leaders',
    [
      ['Tokyo', 'JP'],
      ['Sydney', 'AU'],
      ['New Delhi', 'IN'],
      ['Wilmington', 'US'],
    ],
    [1, 2],
    'pacific',
  ),
  happening(
    'the Shangri-La Dialogue',
    'the Shangri-La Dialogue',
    'forum',
    'defence ministers',
    [['Singapore', 'SG']],
    [3, 3],
    'pacific',
  ),
  happening(
    'the Ukraine Defence Contact Group',
    'a meeting of the Ukraine Defence Contact Group',
    'meeting',
    'defence ministers',
    [
      ['Ramstein', 'DE'],
      ['Brussels', 'BE'],
    ],
    [1, 1],
    'europe',
  ),
  happening(
    'AUKUS',
    "an AUKUS defence ministers' meeting",
    'talks',
    'defence ministers',
    [
      ['Canberra', 'AU'],
      ['London', 'GB'],
      ['Washington', 'US'],
      ['Honolulu', 'US'],
    ],
    [1, 2],
    'pacific',
  ),
];

const CASTS: Readonly<Record<Cast, readonly string[]>> = {
  nato: NATO_MEMBERS,
  ip4: [...IP4, 'US', 'GB', 'DE', 'FR', 'CA', 'IT', 'PL'],
  pacific: [...IP4, 'US', 'IN', 'PH', 'SG', 'ID', 'GB', 'CA'],
  europe: [...NATO_MEMBERS.filter((c) => c !== 'US' && c !== 'CA'), 'UA', 'MD'],
};

export interface Story {
  style: DateStyle;
  /** The publication day, YYYY-MM-DD. */
  published: string;
  org: string;
  name: string;
  noun: string;
  attendees: string;
  host: string;
  hostCountry: CountryWords;
  /** First and last day of the happening, YYYY-MM-DD. */
  start: string;
  end: string;
  /** Whether the happening is still to come on the publication day. */
  upcoming: boolean;
  /** The host country first. */
  participants: CountryWords[];
  rival: CountryWords;
  topics: TopicId[];
  people: Person[];
}

// 2019–2025: the years the anchors and the taxonomy's vocabulary belong to.
const FIRST_DAY = '2019-01-07';
const SPAN_DAYS = daysBetween(FIRST_DAY, '2025-12-19');

// Topics weighted as defence copy weights them: Ukraine and spending everywhere, climate rarely.
const HEAVY_TOPICS: Partial<Record<TopicId, number>> = {
  'ukraine-support': 6,
  'defense-spending': 5,
  cybersecurity: 4,
  'defense-industry': 4,
  deterrence: 4,
  'maritime-security': 3,
  'hybrid-threats': 3,
  'strategic-competition': 3,
  'ai-emerging-tech': 3,
  resilience: 3,
  disinformation: 3,
};
const TOPIC_WEIGHTS = Object.fromEntries(
  TOPIC_IDS.map((id) => [id, HEAVY_TOPICS[id] ?? 1.5]),
) as Record<TopicId, number>;

const pickTopics = (random: Random, count: number): TopicId[] => {
  const chosen = new Set<TopicId>();
  while (chosen.size < count) chosen.add(random.weighted(TOPIC_WEIGHTS));
  return [...chosen];
};

const pickParticipants = (random: Random, kind: HappeningKind, hostCode: string) => {
  const codes = new Set([hostCode]);
  for (const code of random.sample(CASTS[kind.cast], random.int(2, 5))) codes.add(code);
  if (random.chance(0.3)) codes.add(pickCountry(random).code);
  return [...codes].map(countryWords);
};

/** The happening's first and last day: upcoming from tomorrow to ~6 weeks out, or in the past week. */
const pickDates = (random: Random, kind: HappeningKind, published: string, upcoming: boolean) => {
  const offset = upcoming
    ? random.pick([random.int(1, 6), random.int(7, 13), random.int(14, 45)])
    : -random.int(1, 6);
  const length = random.int(kind.days[0], kind.days[1]);
  const start = addDays(published, offset);
  // A past happening has ended by publication.
  const last = upcoming ? length - 1 : Math.min(length - 1, -offset - 1);
  return { start, end: addDays(start, last) };
};

/** The facts of one story, drawn from `random`. */
export const drawStory = (random: Random): Story => {
  const kind = random.pick(HAPPENINGS);
  const [host, hostCode] = random.pick(kind.hosts);
  const published = addDays(FIRST_DAY, random.int(0, SPAN_DAYS));
  const upcoming = random.chance(0.7);
  const participants = pickParticipants(random, kind, hostCode);
  const people = [
    ...random.sample(participants, random.int(1, 3)).map((c) => governmentPerson(random, c)),
    ...(random.chance(0.6) ? [organisationPerson(random)] : []),
  ];
  return {
    style: random.chance(0.55) ? 'uk' : 'us',
    published,
    org: kind.org,
    name: kind.name,
    noun: kind.noun,
    attendees: kind.attendees,
    host,
    hostCountry: countryWords(hostCode),
    ...pickDates(random, kind, published, upcoming),
    upcoming,
    participants,
    rival: countryWords(random.pick(RIVALS)),
    topics: pickTopics(random, random.int(2, 4)),
    people,
  };
};
