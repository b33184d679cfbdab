/**
 * The body of a story: a lead saying what happens where and when, a paragraph with its explicit
 * dates and participants, a paragraph or two per topic with quotes, background recalling a real
 * anchor, and filler from the same pools until the article reaches its target length.
 */
import { topicLabel, type TopicId } from '../../data/topics';
import { ANCHORS } from './anchors';
import { fullDate, monthNameOf, yearOf } from './calendar';
import { fill, fillPhrase } from './fill';
import type { Person } from './people';
import type { Random } from './random';
import type { Story } from './story';
import { TOPIC_LINES } from './topic-lines';
import { explicitWhen, recentWeekday, relativeWhen, yearsAgo } from './when';
import { capitalise, list } from './words';

export interface Paragraph {
  /** A subheading some layouts print before the paragraph. */
  heading: string | null;
  text: string;
}

const CONTEXTS = [
  'Russian forces press their offensive in eastern Ukraine',
  'allies argue over how to share the cost of defence',
  'tensions rise in the South China Sea',
  '{rival} steps up pressure on its neighbours',
  'governments face pressure at home over defence budgets',
];

const GENERIC_LINES = [
  'Diplomats said the draft declaration ran to {n}0 paragraphs and was still being negotiated.',
  'Security in {host} has been tightened, with road closures around the venue.',
  'Officials spoke on condition of anonymity to discuss private diplomatic talks.',
  'The agenda also includes a working dinner and a session with partner countries.',
  '{partnerAdj} officials said they expected a short final statement.',
  'Several {partnerAdj} ministers are expected to hold bilateral meetings on the sidelines.',
  'Protests are planned near the venue, local police said.',
  'A senior official said the host had tried to keep the agenda short and focused.',
  '{partner} has sent one of its largest delegations in years.',
  'The final text will need the agreement of every government around the table.',
  'Observers said the tone of the talks was businesslike rather than warm.',
  'Analysts at a think tank in {host} said expectations should be kept modest.',
];

/** Each topic's sentences and quotes not yet used in this article, in a random order. */
interface Pools {
  lines: Map<TopicId, string[]>;
  quotes: Map<TopicId, string[]>;
}

const shuffledPools = (random: Random, topics: readonly TopicId[]): Pools => {
  const shuffled = (pick: (t: TopicId) => readonly string[]) =>
    new Map(topics.map((t) => [t, random.sample(pick(t), pick(t).length)]));
  return {
    lines: shuffled((t) => TOPIC_LINES[t].lines),
    quotes: shuffled((t) => TOPIC_LINES[t].quotes),
  };
};

/** Whoever speaks next: people are introduced in full once, then by surname. */
class Speakers {
  private next = 0;
  private readonly introduced = new Set<Person>();

  private readonly people: readonly Person[];

  constructor(people: readonly Person[]) {
    this.people = people;
  }

  /** "Japanese Defence Minister Kenji Arata" the first time, "Arata" after. */
  name(): string {
    const person = this.people[this.next++ % this.people.length]!;
    if (this.introduced.has(person)) return person.surname;
    this.introduced.add(person);
    return person.introduction;
  }
}

/** A quote from the topic's pool, each used once per article, attributed to the next speaker. */
const quote = (
  random: Random,
  story: Story,
  speakers: Speakers,
  pools: Pools,
  topic: TopicId,
): string[] => {
  const text = pools.quotes.get(topic)?.shift();
  if (!text) return [];
  const who = speakers.name();
  const when = random.chance(0.5) ? ` on ${recentWeekday(random, story)}` : '';
  return [random.chance(0.5) ? `"${text}," ${who} said${when}.` : `"${text}," said ${who}.`];
};

const lead = (random: Random, story: Story, focus: readonly string[]): string => {
  const when = relativeWhen(random, story);
  const from = list(story.participants.slice(1, 4).map((c) => c.name));
  const attendees = capitalise(story.attendees);
  const two = list(focus.slice(0, 2));
  const options = story.upcoming
    ? [
        `${attendees} from ${from} will gather in ${story.host} ${when} for ${story.name}, expected to focus on ${two}.`,
        `${capitalise(story.name)} will take place in ${story.host} ${when}, with ${two} high on the agenda.`,
        `${attendees} are due to meet in ${story.host} ${when} for ${story.name} that officials say will focus on ${list(focus)}.`,
      ]
    : [
        `${attendees} from ${from} met in ${story.host} ${when} for ${story.name} that focused on ${two}.`,
        `${attendees} gathered in ${story.host} ${when} for ${story.name}, agreeing to step up work on ${two}, officials said.`,
      ];
  return random.pick(options);
};

const datesAndCast = (random: Random, story: Story, undated: boolean): string => {
  const dates = explicitWhen(random, story, undated);
  const noun = story.noun;
  const context = fillPhrase(random, story, random.pick(CONTEXTS));
  const first = story.upcoming
    ? random.pick([
        `The ${noun}, scheduled for ${dates}, comes as ${context}.`,
        `Officials said the ${noun} is scheduled for ${dates}.`,
        `The ${noun} will be held on ${dates}, according to the host government.`,
      ])
    : random.pick([
        `The ${noun}, held on ${dates}, comes as ${context}.`,
        `The ${noun} took place on ${dates}, officials said.`,
      ]);
  const names = list(story.participants.map((c) => c.name));
  const cast = story.upcoming
    ? random.pick([
        `${capitalise(story.attendees)} from ${names} have been invited to take part.`,
        `Delegations from ${names} are expected to attend.`,
      ])
    : `Delegations from ${names} attended.`;
  return `${first} ${cast}`;
};

const topicParagraphs = (
  random: Random,
  story: Story,
  speakers: Speakers,
  pools: Pools,
): Paragraph[] =>
  story.topics.map((topic) => {
    const lines = pools.lines.get(topic) ?? [];
    const taken = lines.splice(0, random.int(1, 3)).map((t) => fill(random, story, t));
    if (random.chance(0.6)) taken.push(...quote(random, story, speakers, pools, topic));
    return { heading: topicLabel(topic), text: taken.join(' ') };
  });

const background = (random: Random, story: Story): string | null => {
  const before = ANCHORS.filter((a) => a.end < story.published);
  const related = before.filter((a) => story.topics.includes(a.topic));
  const pool = related.length > 0 ? related : before;
  if (pool.length === 0) return null;
  const anchor = random.pick(pool);
  const when = random.pick([
    yearsAgo(random, story.published, anchor.start),
    anchor.start === anchor.end
      ? `on ${fullDate(anchor.start, story.style)}`
      : `in ${monthNameOf(anchor.start)} ${yearOf(anchor.start)}`,
  ]);
  return random.chance(0.5)
    ? `${capitalise(when)}, ${anchor.what} ${anchor.consequence}.`
    : `${capitalise(anchor.what)} ${when} ${anchor.consequence}.`;
};

/** "Earlier this month …", "Last week …", "… in the coming days", "… next year": looser dates. */
const looseDates = (random: Random, story: Story, focus: readonly string[]): string[] => {
  const out: string[] = [];
  const topic = random.pick(focus);
  if (random.chance(0.5)) {
    out.push(
      Number(story.published.slice(8)) >= 10
        ? fill(random, story, `Earlier this month, {partner} hosted preparatory talks on ${topic}.`)
        : fill(random, story, `Last week, {partner} announced new measures on ${topic}.`),
    );
  }
  if (story.upcoming && random.chance(0.5)) {
    out.push(
      random.pick([
        'Further announcements are expected in the coming days.',
        'Officials said details of the package would be published in the coming days.',
      ]),
    );
  }
  if (random.chance(0.4)) {
    const year = yearOf(story.published) + 1;
    out.push(
      random.pick([
        `The next ${story.noun} is due to be held in ${year}.`,
        `Officials said they would meet again next year.`,
        `A follow-up meeting is planned for ${fullDate(`${year}-0${random.int(1, 9)}-1${random.int(0, 9)}`, story.style)}.`,
      ]),
    );
  }
  return out;
};

/** Filler paragraphs from the story's unused topic lines and the generic pool, until `bytes`. */
const filler = (
  random: Random,
  story: Story,
  speakers: Speakers,
  pools: Pools,
  bytes: number,
): Paragraph[] => {
  const pool = [...[...pools.lines.values()].flat(), ...random.sample(GENERIC_LINES, 6)];
  const out: Paragraph[] = [];
  let size = 0;
  while (size < bytes && pool.length > 0) {
    const lines = pool.splice(0, random.int(2, 3)).map((t) => fill(random, story, t));
    if (random.chance(0.3)) {
      lines.push(...quote(random, story, speakers, pools, random.pick(story.topics)));
    }
    const text = lines.join(' ');
    out.push({ heading: null, text });
    size += text.length + 2;
  }
  return out;
};

export interface Body {
  lead: string;
  paragraphs: Paragraph[];
}

/** The lead and the rest of the body, about `targetBytes` long in all. */
export const writeBody = (
  random: Random,
  story: Story,
  focus: readonly string[],
  targetBytes: number,
  undated: boolean,
): Body => {
  const speakers = new Speakers(story.people);
  const pools = shuffledPools(random, story.topics);
  const first = lead(random, story, focus);
  const opening: Paragraph[] = [
    { heading: null, text: datesAndCast(random, story, undated) },
    ...topicParagraphs(random, story, speakers, pools),
  ];
  const closing = [background(random, story), ...looseDates(random, story, focus)]
    .filter((t): t is string => t !== null)
    .map((text) => ({ heading: null, text }));
  const used = [first, ...opening, ...closing].reduce(
    (n, p) => n + (typeof p === 'string' ? p : p.text).length + 2,
    0,
  );
  return {
    lead: first,
    paragraphs: [
      ...opening,
      ...filler(random, story, speakers, pools, targetBytes - used),
      ...closing,
    ],
  };
};
