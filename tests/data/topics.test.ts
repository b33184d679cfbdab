import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../src/data/topic-matcher';
import { isCaseSensitive, phraseSource } from '../../src/data/topic-phrase';
import {
  TOPICS,
  findTopics,
  isTopicId,
  topicLabel,
  topicRulesSchema,
  topicsOf,
} from '../../src/data/topics';

const root = new URL('../../', import.meta.url);
const readText = (path: string): string => readFileSync(new URL(path, root), 'utf8');

// Written out here rather than imported, so a change to the module's list fails this test.
const FIXED_IDS = [
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
];

describe('topic-rules.json', () => {
  const rules = JSON.parse(readText('src/data/topic-rules.json')) as { id: string }[];

  it('should only use the 17 fixed taxonomy ids, each exactly once', () => {
    const ids = rules.map((rule) => rule.id);
    for (const id of ids) expect(FIXED_IDS).toContain(id);
    expect([...ids].sort()).toEqual([...FIXED_IDS].sort());
  });

  it('should pass its own schema', () => {
    expect(topicRulesSchema.safeParse(rules).success).toBe(true);
  });

  it('should reject rules with a missing topic or a malformed phrase', () => {
    expect(topicRulesSchema.safeParse(rules.slice(1)).success).toBe(false);
    const broken = rules.map((rule, i) =>
      i === 0 ? { ...rule, phrases: ['(unclosed group'] } : rule,
    );
    expect(topicRulesSchema.safeParse(broken).success).toBe(false);
    const empty = rules.map((rule, i) => (i === 0 ? { ...rule, phrases: ['(optional)?'] } : rule));
    expect(topicRulesSchema.safeParse(empty).success).toBe(false);
  });
});

describe('TOPICS', () => {
  it('should list the taxonomy in its fixed order with labels', () => {
    expect(TOPICS.map((topic) => topic.id)).toEqual(FIXED_IDS);
    for (const topic of TOPICS) expect(topic.label.length).toBeGreaterThan(0);
  });

  it('should look up labels and recognise ids', () => {
    expect(topicLabel('cybersecurity')).toBe('Cybersecurity');
    expect(topicLabel('not-a-topic')).toBe('not-a-topic');
    expect(isTopicId('space')).toBe(true);
    expect(isTopicId('sports')).toBe(false);
  });
});

describe('topicsOf', () => {
  it.each([
    [
      'ukraine-support',
      'Allies pledged a further 40 billion euros in military aid to Kyiv next year.',
    ],
    [
      'ukraine-support',
      'The ministers discussed how to deliver more Patriot batteries to Ukraine before winter.',
    ],
    ['ukraine-support', "Leaders declared that Ukraine's future in NATO is irreversible."],
    [
      'cybersecurity',
      'Officials warned of a surge in state-backed cyberattacks on European water utilities.',
    ],
    ['cybersecurity', 'The partners will exchange cyber threat intelligence in real time.'],
    ['cybersecurity', 'Investigators said hackers linked to Beijing breached a telecoms network.'],
    [
      'disinformation',
      'The new centre will help partners counter Russian propaganda on social media.',
    ],
    ['disinformation', 'Moscow ran an influence campaign using deepfakes of European politicians.'],
    ['ai-emerging-tech', 'The alliance has revised its artificial intelligence strategy.'],
    ['ai-emerging-tech', 'Seoul wants to co-develop AI-enabled targeting software with Canberra.'],
    [
      'ai-emerging-tech',
      'Ministers discussed emerging and disruptive technologies such as quantum sensing.',
    ],
    ['resilience', "Finland's model of civil preparedness has drawn interest across Europe."],
    [
      'resilience',
      'Allies agreed to protect critical infrastructure such as ports and power grids.',
    ],
    [
      'defense-industry',
      'A German firm will open a plant in Lithuania to boost artillery shell production.',
    ],
    ['defense-industry', 'Korean and Japanese shipyards could help repair US Navy vessels.'],
    ['defense-industry', 'The deal includes the co-production of missile interceptors in Japan.'],
    [
      'defense-industry',
      'Officials want to secure supply chains for critical minerals used in weapons.',
    ],
    ['defense-spending', 'Poland now spends more than 4 percent of GDP on its armed forces.'],
    [
      'defense-spending',
      'Washington has long complained about unfair burden-sharing within the alliance.',
    ],
    ['defense-spending', 'Tokyo plans to double its defence budget by 2027.'],
    [
      'interoperability',
      'The exercise tested the interoperability of Australian and Japanese F-35 squadrons.',
    ],
    ['interoperability', 'Ukraine is moving its artillery to NATO-standard 155mm shells.'],
    ['democratic-values', 'The leaders vowed to uphold the rules-based international order.'],
    ['democratic-values', 'Democracies must stand together against coercion, the minister said.'],
    [
      'democratic-values',
      'The summit is meant to project allied unity in the face of Russian threats.',
    ],
    ['strategic-competition', 'Beijing has stepped up its coercion of neighbouring states.'],
    [
      'strategic-competition',
      'Officials described China as the pacing challenge for the US military.',
    ],
    [
      'strategic-competition',
      'Analysts warn of a growing alignment between Russia, Iran and North Korea.',
    ],
    ['enlargement', "Sweden formally became NATO's 32nd member on Thursday."],
    [
      'enlargement',
      'Finland joined the alliance in April 2023, ending decades of military non-alignment.',
    ],
    [
      'deterrence',
      'The US reaffirmed its extended deterrence commitment, including its nuclear umbrella.',
    ],
    ['deterrence', 'Germany will station a brigade in Lithuania to strengthen forward defence.'],
    ['maritime-security', 'Chinese coast guard ships fired water cannon at a Philippine vessel.'],
    [
      'maritime-security',
      'The destroyer sailed through the Taiwan Strait in a freedom of navigation operation.',
    ],
    [
      'maritime-security',
      'NATO will step up patrols in the Baltic Sea to watch suspicious vessels.',
    ],
    ['space', 'Russia tested an anti-satellite missile that created a cloud of debris.'],
    ['space', 'NATO recognised space as an operational domain in 2019.'],
    ['climate-security', 'Climate change is a threat multiplier that will shape future crises.'],
    [
      'hybrid-threats',
      'Investigators suspect sabotage after a subsea cable between Finland and Estonia was cut.',
    ],
    ['hybrid-threats', "Europe is facing Moscow's hybrid campaign of arson and GPS jamming."],
    ['counter-terrorism', 'The alliance will deepen counter-terrorism cooperation with Jordan.'],
    ['counter-terrorism', 'Islamic State claimed responsibility for the bombing.'],
    ['interoperability', 'The changes let both forces plan and operate together.'],
    ['interoperability', 'The headquarters will train their staffs on common procedures.'],
    ['defense-industry', 'Smaller firms cannot scale up production without multi-year orders.'],
    ['space', 'The programme covers cyber defence, space and emerging technologies.'],
    ['resilience', 'Patrols will watch over critical undersea infrastructure.'],
    ['enlargement', 'Leaders formally invited Finland and Sweden to join.'],
    ['deterrence', 'Swedish troops will join forward land forces in Latvia.'],
    [
      'strategic-competition',
      'Canberra worries about the pressure Beijing puts on Pacific islands.',
    ],
  ])('should tag %s in "%s"', (topic, sentence) => {
    expect(topicsOf(sentence)).toContain(topic);
  });

  it.each([
    ['enlargement', 'The company announced an expansion of its factory in Ohio.'],
    ['enlargement', "Japan's prime minister will join NATO leaders in Washington next week."],
    ['enlargement', "Allies discussed Ukraine's accession to NATO."],
    ['ai-emerging-tech', 'The new technology will make commercial flights cheaper.'],
    ['ai-emerging-tech', 'Artist Ai Weiwei said the aid was welcome.'],
    ['ai-emerging-tech', 'The briefing starts at 10 a.m. EDT.'],
    ['ai-emerging-tech', 'The deal marks a quantum leap in bilateral ties.'],
    ['ukraine-support', 'Parents said they support the new school schedule.'],
    ['ukraine-support', 'He said the aid package was approved by Congress.'],
    ['democratic-values', 'The party called for national unity after the election.'],
    ['democratic-values', 'The United States and the United Kingdom signed the deal.'],
    ['democratic-values', "The Democratic People's Republic of Korea fired two missiles."],
    ['strategic-competition', "China is Australia's largest trading partner."],
    ['climate-security', 'The political climate in Washington has soured.'],
    ['climate-security', 'Equipment is stored in climate-controlled caves.'],
    ['interoperability', 'Delegations will work together on the communique.'],
    ['counter-terrorism', "Kyiv condemned Russia's terrorist attacks on Ukrainian cities."],
    ['cybersecurity', 'She is writing a cyberpunk novel.'],
    ['space', 'There is no space for complacency, the minister said.'],
    ['deterrence', 'The security situation is deteriorating and leaders are determined to act.'],
    ['defense-industry', 'Production of the film took three years.'],
    ['maritime-security', 'The Black Sea resort reopened for tourists.'],
  ])('should not tag %s in "%s"', (topic, sentence) => {
    expect(topicsOf(sentence)).not.toContain(topic);
  });

  it('should treat misinformation as disinformation', () => {
    expect(topicsOf('Partners will fight misinformation online.')).toEqual(['disinformation']);
    expect(topicsOf('Partners will fight disinformation online.')).toEqual(['disinformation']);
  });

  it('should treat AI, artificial intelligence and emerging technologies alike', () => {
    for (const term of [
      'AI',
      'artificial intelligence',
      'emerging technologies',
      'disruptive technology',
    ]) {
      expect(topicsOf(`The project covers ${term} in defence.`)).toContain('ai-emerging-tech');
    }
  });

  it('should treat cyber, cybersecurity and cyber-attacks alike', () => {
    for (const term of [
      'cyber',
      'cybersecurity',
      'cyber-attacks',
      'cyber defence',
      'cyberattacks',
    ]) {
      expect(topicsOf(`The talks covered ${term} and resilience.`)).toEqual([
        'cybersecurity',
        'resilience',
      ]);
    }
  });

  it('should return distinct ids in taxonomy order', () => {
    expect(topicsOf('Cybersecurity, AI, cyber defence and support for Ukraine.')).toEqual([
      'ukraine-support',
      'cybersecurity',
      'ai-emerging-tech',
    ]);
    expect(topicsOf('')).toEqual([]);
  });
});

describe('findTopics', () => {
  it('should report spans of the matched words, sorted by start', () => {
    const sentence = 'Leaders discussed misinformation and AI.';
    expect(findTopics(sentence)).toEqual([
      { topic: 'disinformation', matched: 'misinformation', span: [18, 32] },
      { topic: 'ai-emerging-tech', matched: 'AI', span: [37, 39] },
    ]);
  });

  it('should prefer the longest phrase where several overlap', () => {
    const hits = findTopics('Allies met the 2% Defence Investment Pledge.');
    expect(hits.map((hit) => hit.matched)).toEqual(['Defence Investment Pledge']);
  });

  it('should point every span at the matched text', () => {
    const sentences = [
      'Sweden’s accession and support for Ukraine dominated the talks on the eastern flank.',
      'Allies will spend 3.5 per cent of GDP on core defence and 1.5% on resilience.',
      'North Korea’s provocations and China’s coercion worry Tokyo, the minister said.',
    ];
    for (const sentence of sentences) {
      const hits = findTopics(sentence);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) expect(sentence.slice(hit.span[0], hit.span[1])).toBe(hit.matched);
      const starts = hits.map((hit) => hit.span[0]);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('should match acronyms only in capitals and spelling variants of defence', () => {
    expect(findTopics('The AI said hi.').map((hit) => hit.matched)).toEqual(['AI']);
    expect(topicsOf('Ai and ai are not acronyms here.')).toEqual([]);
    expect(topicsOf('Defense spending rose.')).toEqual(topicsOf('Defence spending rose.'));
  });

  it('should count a bare country name only near its context words', () => {
    expect(topicsOf('The leaders discussed China.')).toEqual([]);
    expect(findTopics('The leaders discussed threats from China.')).toContainEqual({
      topic: 'strategic-competition',
      matched: 'China',
      span: [35, 40],
    });
    expect(topicsOf('Zelensky arrived in Brussels.')).toEqual([]);
    expect(topicsOf('These projects will focus on Ukraine.')).toEqual(['ukraine-support']);
  });
});

describe('seed articles', () => {
  const gold = JSON.parse(readText('tests/fixtures/seeds.gold.json')) as {
    articles: Record<string, { topics: string[]; topics_optional: string[] }>;
  };

  it.each(Object.entries(gold.articles))(
    'should tag %s with its gold topics and nothing else',
    (file, article) => {
      const found = new Set(
        readText(`seeds/${file}`)
          .split('. ')
          .flatMap((sentence) => topicsOf(sentence)),
      );
      for (const topic of article.topics) expect(found).toContain(topic);
      const allowed = new Set([...article.topics, ...article.topics_optional]);
      expect([...found].filter((topic) => !allowed.has(topic))).toEqual([]);
    },
  );
});

describe('phrase matcher', () => {
  interface RuleShape {
    phrases: string[];
    exclude?: string[];
    contextual?: { phrases: string[]; near: string[] }[];
  }
  const rules = JSON.parse(readText('src/data/topic-rules.json')) as RuleShape[];
  const phrases = [
    ...new Set(
      rules.flatMap((rule) => [
        ...rule.phrases,
        ...(rule.exclude ?? []),
        ...(rule.contextual ?? []).flatMap((c) => [...c.phrases, ...c.near]),
      ]),
    ),
  ];
  const gold = JSON.parse(readText('tests/fixtures/seeds.gold.json')) as {
    articles: Record<string, unknown>;
  };
  const tricky = [
    '',
    'AI',
    'The A.I. race and the AI race, but not Ai or ai.',
    'Allies pledged support to \u212Ayiv, \u212A\u212Ayiv and x\u212Ayiv.',
    'Allies pledged ſupport to Kyiv; noncyber units saw cyberattacks.',
    'The deal includes co\u00A0production of shells, co – production too, and co--production.',
    "Ukraine’s air defence, Ukraineʼs air defence and Ukraine's air  defense.",
    'NATO kept its open door policy and an open door.',
    'Allies will spend 3.5 per cent of GDP, 2% of GDP, 5percent of GDP and 1,000.5% of GDP.',
    "Russia’s full-scale invasion and Russia's war; Sweden joined NATO.",
    "Ukraine's accession to NATO and Kyiv's bid to join were discussed in Kyiv",
    'Cyber',
    // With case folding, regexes take "µ" (and "ɓ", "Å"…) for word characters.
    'µcyber attacks, cyberµ, hackingµ and ɓUkraine’s air defence.',
  ];
  const texts = [
    ...tricky,
    ...Object.keys(gold.articles).flatMap((file) => readText(`seeds/${file}`).split('. ')),
  ];

  it('should find exactly what a global regex per phrase finds', () => {
    // Every phrase triggers, so every phrase is looked for in every text.
    const matcher = new PhraseMatcher(phrases.map((phrase) => ({ phrase, triggers: 1, needs: 0 })));
    const regexes = phrases.map(
      (phrase) => new RegExp(phraseSource(phrase), isCaseSensitive(phrase) ? 'gu' : 'giu'),
    );
    for (const text of texts) {
      matcher.scan(text);
      const found = phrases.flatMap((phrase, id) => {
        const spans = matcher.hitsOf(id);
        return spans.length > 0 ? [{ phrase, spans }] : [];
      });
      const expected = phrases.flatMap((phrase, id) => {
        const spans = [...text.matchAll(regexes[id] ?? /$^/g)].map((m) => [
          m.index,
          m.index + m[0].length,
        ]);
        return spans.length > 0 ? [{ phrase, spans }] : [];
      });
      expect(found, text).toEqual(expected);
    }
  });

  it('should look for context phrases only when a phrase of their group occurs', () => {
    const matcher = new PhraseMatcher([
      { phrase: 'China', triggers: 1, needs: 0 },
      { phrase: 'threat*', triggers: 0, needs: 1 },
    ]);
    expect(matcher.scan('Threats grew.')).toBe(0);
    expect(matcher.foundIds()).toEqual([]);
    expect(matcher.scan('Threats from China grew.')).toBe(1);
    expect(matcher.hitsOf(0)).toEqual([[13, 18]]);
    expect(matcher.hitsOf(1)).toEqual([[0, 7]]);
  });
});
