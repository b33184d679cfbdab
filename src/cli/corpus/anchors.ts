/**
 * Real happenings a story may recall as background ("the Wales summit in 2014 set the 2% target"),
 * with their dates, so that generated copy mixes fictional news with the anchors real reporting
 * leans on. Only anchors before a story's publication date are used.
 */
import type { TopicId } from '../../data/topics';

export interface Anchor {
  start: string;
  end: string;
  /** A noun phrase, e.g. "the Wales summit". */
  what: string;
  /** What it did, completing "… {what}, which …" or standing as a clause. */
  consequence: string;
  topic: TopicId;
}

export const ANCHORS: readonly Anchor[] = [
  {
    start: '2014-09-04',
    end: '2014-09-05',
    what: 'the Wales summit',
    consequence: 'set the goal of spending 2% of GDP on defence',
    topic: 'defense-spending',
  },
  {
    start: '2007-04-27',
    end: '2007-05-18',
    what: 'the cyber attacks on Estonia',
    consequence: 'led to the creation of a cyber defence centre in Tallinn',
    topic: 'cybersecurity',
  },
  {
    start: '2016-07-08',
    end: '2016-07-09',
    what: 'the Warsaw summit',
    consequence: 'recognised cyberspace as a domain of operations',
    topic: 'cybersecurity',
  },
  {
    start: '2019-12-03',
    end: '2019-12-04',
    what: 'the London leaders meeting',
    consequence: 'declared space an operational domain',
    topic: 'space',
  },
  {
    start: '2021-09-15',
    end: '2021-09-15',
    what: 'the AUKUS announcement',
    consequence:
      'committed Australia to nuclear-powered submarines and deeper maritime cooperation',
    topic: 'maritime-security',
  },
  {
    start: '2022-02-24',
    end: '2022-02-24',
    what: "Russia's full-scale invasion of Ukraine",
    consequence: 'transformed the security debate in Europe and Asia alike',
    topic: 'ukraine-support',
  },
  {
    start: '2022-06-28',
    end: '2022-06-30',
    what: 'the Madrid summit',
    consequence: 'adopted a Strategic Concept naming China a systemic challenge for the first time',
    topic: 'strategic-competition',
  },
  {
    start: '2023-04-04',
    end: '2023-04-04',
    what: "Finland's accession",
    consequence: 'made it the 31st member of the alliance',
    topic: 'enlargement',
  },
  {
    start: '2023-07-11',
    end: '2023-07-12',
    what: 'the Vilnius summit',
    consequence: 'promised Ukraine an irreversible path to membership without a timetable',
    topic: 'ukraine-support',
  },
  {
    start: '2023-08-18',
    end: '2023-08-18',
    what: 'the Camp David summit of the US, Japan and South Korea',
    consequence: 'launched annual trilateral exercises and a crisis hotline',
    topic: 'deterrence',
  },
  {
    start: '2024-03-07',
    end: '2024-03-07',
    what: "Sweden's accession",
    consequence: 'made it the 32nd ally',
    topic: 'enlargement',
  },
  {
    start: '2024-06-13',
    end: '2024-06-15',
    what: 'the G7 summit in Apulia',
    consequence: 'agreed a $50 billion loan for Ukraine backed by frozen Russian assets',
    topic: 'ukraine-support',
  },
  {
    start: '2024-11-17',
    end: '2024-11-18',
    what: 'the cutting of two Baltic undersea cables',
    consequence: 'prompted extra naval patrols against sabotage',
    topic: 'hybrid-threats',
  },
  {
    start: '2025-06-24',
    end: '2025-06-25',
    what: 'The Hague summit',
    consequence:
      'agreed a new goal of spending 5% of GDP on defence and related investment by 2035',
    topic: 'defense-spending',
  },
];
