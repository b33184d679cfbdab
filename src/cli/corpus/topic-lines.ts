/**
 * What generated stories say about each topic of the taxonomy (src/data/topic-rules.json): noun
 * phrases for leads and headlines, body sentences and quotes, each written with the wording real
 * copy uses and the extractor's rules know. Templates fill slots from the story:
 * {partner} a participating country, {partnerAdj} a participant's demonym, {ally} a NATO member,
 * {allyAdj} an ally's demonym, {rival}/{rivalAdj} the power the story worries about, {org}, {host}, {kind}, {n} a small number,
 * {pct} a share of GDP, {bn} billions. British spelling; US copy is respelt afterwards.
 */
import type { TopicId } from '../../data/topics';

export interface TopicLines {
  /** Noun phrases for "focus on …", e.g. "cyber defence". */
  focus: readonly string[];
  /** Body sentences. */
  lines: readonly string[];
  /** Quotes, without quotation marks. */
  quotes: readonly string[];
}

export const TOPIC_LINES: Readonly<Record<TopicId, TopicLines>> = {
  'ukraine-support': {
    focus: ['support for Ukraine', 'air defence for Ukraine', "Ukraine's path to membership"],
    lines: [
      'Allies are expected to pledge new air defence systems to Ukraine, including at least {n} additional Patriot batteries.',
      '{partner} announced a further {bn} billion euros in military aid to Ukraine, most of it for ammunition and drones.',
      "Officials said the package would help sustain Ukraine's armed forces through the winter as Russian strikes on the power grid intensify.",
      'The Ukraine Defence Contact Group has coordinated deliveries from more than {n}0 countries since the full-scale invasion began.',
      '{partnerAdj} officials said support for Ukraine would not waver, whatever the political calendar in member states.',
      "Several allies pushed for language describing Ukraine's irreversible path to membership, while others urged caution.",
      'Kyiv has asked for long-range missiles and more artillery shells, saying its troops are outgunned along the front line.',
    ],
    quotes: [
      'Ukraine is fighting for its survival, and our support for Ukraine must be measured in years, not months',
      'Every air defence system we send to Ukraine saves lives in Kharkiv and Odesa',
      "Russia's war of aggression will not succeed, because Ukraine will not stand alone",
    ],
  },
  cybersecurity: {
    focus: ['cyber defence', 'cybersecurity', 'ransomware and cyber attacks'],
    lines: [
      'Ministers agreed to expand the rapid-response teams that help allies recover from major cyber attacks.',
      '{partner} has reported a sharp rise in ransomware attacks on hospitals, ports and local governments this year.',
      'Officials said hackers linked to {rival} had probed the networks of defence contractors in at least {n} countries.',
      'A new cyber defence centre will pool threat intelligence between allies and Indo-Pacific partners.',
      '{partnerAdj} officials want closer cooperation on cybersecurity, including joint exercises and shared warnings about malware.',
      'Experts warned that state-backed hacking groups are targeting water utilities and energy grids.',
    ],
    quotes: [
      'Cyberspace is contested every day, and no country can defend its networks alone',
      'A cyber attack on one of us can ripple through the supply chains of all of us',
      'We have seen hackers move from espionage to sabotage, and our cyber defences have to keep pace',
    ],
  },
  disinformation: {
    focus: ['disinformation', 'foreign information manipulation', 'propaganda campaigns'],
    lines: [
      'Officials described a coordinated disinformation campaign that spread fabricated stories about allied troops on social media.',
      '{partner} plans to share research on foreign information manipulation with European counterparts.',
      '{rivalAdj} propaganda outlets have amplified false claims about the talks, diplomats said.',
      'Governments are funding fact-checkers and media literacy programmes to blunt disinformation ahead of elections.',
      'Analysts said bot networks had recycled misinformation in at least {n} languages within hours.',
    ],
    quotes: [
      'Disinformation is designed to divide us, and the best answer is to expose it quickly and together',
      'They flood the information space with lies because they cannot win the argument with facts',
      'Information manipulation is now a standard part of the toolkit of authoritarian states',
    ],
  },
  'ai-emerging-tech': {
    focus: ['artificial intelligence', 'emerging technologies', 'AI and quantum computing'],
    lines: [
      'Allies will discuss the responsible military use of artificial intelligence and a common approach to testing it.',
      '{partner} is funding research into emerging technologies such as quantum sensing and autonomous systems.',
      'The innovation accelerator has already backed {n}0 start-ups working on AI, biotechnology and new materials.',
      '{partnerAdj} researchers will join a programme on machine learning for intelligence analysis.',
      'Officials warned that {rival} is investing heavily in emerging and disruptive technologies with military uses.',
    ],
    quotes: [
      'Artificial intelligence will change how we deter and defend, and we want democracies to set the rules',
      'Whoever leads in emerging technologies will shape the balance of power for decades',
      'We need AI that is lawful, accountable and reliable before it goes anywhere near the battlefield',
    ],
  },
  resilience: {
    focus: ['resilience', 'critical infrastructure', 'civil preparedness'],
    lines: [
      'Ministers reviewed national resilience plans, from stockpiles of medicine to backup power for hospitals.',
      '{partner} has tightened rules on foreign investment in critical infrastructure such as ports and telecoms.',
      'Officials stressed energy security after a winter in which several allies scrambled to replace Russian gas.',
      'A whole-of-society approach to civil preparedness is spreading from the Nordic countries to the rest of the alliance.',
      '{partnerAdj} planners said supply chains for chips and critical minerals remain a weak point.',
    ],
    quotes: [
      'Resilience starts at home: strong societies are harder to coerce',
      'Our critical infrastructure is only as secure as its weakest link',
      'Preparedness is not alarmism, it is how free societies stay free',
    ],
  },
  'defense-industry': {
    focus: ['defence industrial capacity', 'ammunition production', 'defence industry cooperation'],
    lines: [
      'Allies agreed to expand ammunition production and to sign more multi-year contracts with manufacturers.',
      '{partner} and {ally} will co-produce artillery shells, with the first deliveries expected within {n} months.',
      'Industry executives said production lines for missiles and drones are running at full capacity.',
      'The Defence Industry Forum brought together officials and companies from {n}0 countries.',
      '{partnerAdj} defence firms are seeking joint ventures to strengthen the industrial base on both continents.',
      'Waiting times for large-calibre ammunition have stretched from 12 to 28 months, officials said.',
    ],
    quotes: [
      'We need a defence industry that produces at the speed of relevance, not the speed of peacetime',
      'Our industrial base has to be able to sustain a long war, and today it cannot',
      'Joint production with our partners means more shells, sooner, and at a lower cost',
    ],
  },
  'defense-spending': {
    focus: ['defence spending', 'the 2% target', 'military budgets'],
    lines: [
      'Most allies now meet the target of spending 2% of GDP on defence, up from only a handful before 2014.',
      '{partner} announced plans to raise defence spending to {pct}% of GDP by the end of the decade.',
      'Several allies are pushing for a new spending goal well above the old 2% guideline.',
      'Finance ministries warn that higher military budgets will mean cuts elsewhere or more borrowing.',
      '{partnerAdj} lawmakers approved the largest defence budget increase since the end of the Cold War.',
    ],
    quotes: [
      'Two percent is a floor, not a ceiling',
      'Security costs money, but insecurity costs far more',
      'Every ally has to invest in defence, because deterrence is only credible if it is funded',
    ],
  },
  interoperability: {
    focus: ['interoperability', 'common standards', 'joint training'],
    lines: [
      'Officials said interoperability between allied and partner forces had improved since the last joint exercise.',
      '{partner} will adopt NATO standards for communications so its ships can operate alongside allied navies.',
      'Common standards for ammunition would let allies share shells in a crisis, planners said.',
      '{partnerAdj} and {allyAdj} forces will hold exercises to test whether their systems are interoperable.',
    ],
    quotes: [
      'Interoperability is not a slogan: it means our radios, our shells and our procedures work together',
      'If we cannot share ammunition, we cannot fight side by side',
    ],
  },
  'democratic-values': {
    focus: ['democratic values', 'the rules-based international order', 'the rule of law'],
    lines: [
      'The declaration reaffirms a commitment to democracy, individual liberty and the rule of law.',
      'Leaders described the partnership as a coalition of democracies defending the rules-based international order.',
      '{partner} said like-minded democracies must stand together against intimidation.',
    ],
    quotes: [
      'Democracies are stronger when they stand together',
      'The rules-based international order is not an abstraction; it is what keeps small countries safe',
    ],
  },
  'strategic-competition': {
    focus: [
      'strategic competition',
      'the challenge posed by China',
      'coercion by authoritarian states',
    ],
    lines: [
      "Officials said {rival}'s coercion of its neighbours had pushed European and Asian democracies closer together.",
      'The communiqué describes authoritarian states working together to undermine the international order.',
      '{partnerAdj} officials warned of growing strategic competition in the South China Sea and beyond.',
      'Analysts describe the growing ties between Moscow, Beijing, Pyongyang and Tehran as an axis of upheaval.',
    ],
    quotes: [
      'What happens in Europe matters in Asia, and what happens in Asia matters in Europe',
      'We will not accept coercion as a way of settling disputes',
    ],
  },
  enlargement: {
    focus: ['enlargement', 'accession talks', 'the membership bid'],
    lines: [
      'The accession of Finland and Sweden doubled the length of the alliance border with Russia.',
      '{partner} has ratified the accession protocol, clearing one of the last hurdles.',
      'Diplomats said enlargement would be discussed only briefly, with no new membership bid on the table.',
      'Officials welcomed the newest members, saying their forces were already integrated into regional plans.',
    ],
    quotes: [
      "NATO's door remains open, and enlargement has made every ally safer",
      'Accession is a decision for the applicant and the allies, and for no one else',
    ],
  },
  deterrence: {
    focus: ['deterrence', 'nuclear deterrence', 'deterrence and defence'],
    lines: [
      'Allies will review their deterrence posture on the eastern flank, including forward-deployed brigades.',
      '{partner} is seeking stronger assurances of extended deterrence in the face of {rivalAdj} missile tests.',
      'Officials said the nuclear planning group would meet to discuss the credibility of nuclear deterrence.',
      'More troops and air defences in the Baltic states are meant to deter any attack, commanders said.',
    ],
    quotes: [
      'Deterrence works when our adversaries have no doubt about our resolve',
      'We are not seeking confrontation, but we must be ready to deter it',
    ],
  },
  'maritime-security': {
    focus: ['maritime security', 'freedom of navigation', 'naval cooperation'],
    lines: [
      '{partner} will send warships to join allied naval patrols, underlining its commitment to freedom of navigation.',
      'Maritime security in the Indo-Pacific features prominently on the agenda, officials said.',
      'Shipping lanes through the Red Sea and the Taiwan Strait carry a large share of world trade.',
      '{partnerAdj} and {allyAdj} navies plan a joint naval exercise to practise anti-submarine warfare.',
    ],
    quotes: [
      'Freedom of navigation is not negotiable, in the Baltic or in the South China Sea',
      'The sea lanes that feed our economies need to stay open',
    ],
  },
  space: {
    focus: ['space security', 'the space domain', 'satellites and space capabilities'],
    lines: [
      'Allies are pooling space capabilities, from satellite imagery to early warning of missile launches.',
      '{partner} will host a new space centre to monitor threats to allied satellites.',
      'Officials raised concerns about counter-space weapons that could blind satellites in orbit.',
      'The space domain is now treated as an operational domain alongside land, sea, air and cyberspace.',
    ],
    quotes: [
      'What happens in space is no longer far away: our phones, our banks and our armies depend on it',
      'An attack on our satellites would be an attack on our security',
    ],
  },
  'climate-security': {
    focus: ['climate security', 'the security impact of climate change'],
    lines: [
      'A new assessment finds that extreme weather is stretching armed forces called in for disaster relief.',
      '{partner} is leading work on climate security, including cutting the carbon emissions of military bases.',
      'Officials said rising sea levels threaten naval bases and small island states across the Pacific.',
    ],
    quotes: [
      'Climate change is a threat multiplier, and our militaries see it first',
      'We cannot ignore climate risks when we plan where our forces will be in twenty years',
    ],
  },
  'hybrid-threats': {
    focus: ['hybrid threats', 'sabotage of undersea cables', 'hybrid attacks'],
    lines: [
      'Officials linked a string of arson and sabotage incidents across Europe to {rivalAdj} intelligence services.',
      'Two undersea cables were damaged within a day, prompting increased patrols of critical undersea infrastructure.',
      '{partner} reported GPS jamming affecting civilian aircraft near its border.',
      'Allies agreed to share more information about hybrid threats, from drones over military bases to cyber intrusions.',
      'Investigators are examining whether a cargo ship dragged its anchor across a subsea pipeline.',
    ],
    quotes: [
      'Hybrid attacks are designed to stay below the threshold of war, and we must not let that paralyse us',
      'Sabotage on our territory will be met with a firm and united response',
    ],
  },
  'counter-terrorism': {
    focus: ['counter-terrorism', 'the fight against terrorism'],
    lines: [
      'Ministers also discussed counter-terrorism, including the threat from ISIS affiliates in the Sahel.',
      '{partner} will share intelligence to help disrupt terrorist financing networks.',
      'Officials warned that terrorism remains the most direct asymmetric threat to allied populations.',
    ],
    quotes: [
      'The terrorist threat has not gone away just because our attention has shifted',
      'Counter-terrorism cooperation saves lives, quietly and every day',
    ],
  },
};
