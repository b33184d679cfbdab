/**
 * Salient words of a text and a similarity between two word sets: how the module tells that two
 * sentences or two articles are about the same happening.
 */

const STOPWORDS = new Set(
  (
    'about above after again against also although among another around because been before being ' +
    'below between both but came can cannot could did does doing down during each either even ever ' +
    'every few first from further had has have having here hers herself him himself his how however ' +
    'including into its itself just last like made make many more most much must near next none nor ' +
    'not now off once only other others our ours ourselves out over own said same says see seen several ' +
    'she should since some such than that the their theirs them themselves then there these they this ' +
    'those though through thus too under until upon very was were what when where whether which while ' +
    'who whom whose why will with within without would year years yet you your week weeks month months ' +
    'day days today also already according stated told added noted new well part time times way told ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december official officials issue issues'
  ).split(' '),
);

/** Lower-cased content words (4+ letters, no stop words), e.g. "The NATO summit" → {nato, summit}. */
export const salientTerms = (text: string): Set<string> => {
  const terms = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}][\p{L}'’-]{2,}/gu)) {
    const word = match[0].replace(/['’]s$/, '');
    if (word.length >= 4 && !STOPWORDS.has(word)) terms.add(word);
  }
  return terms;
};

/** Shared terms relative to the smaller set (0..1), e.g. {a,b} vs {a,b,c} → 1. */
export const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const term of small) if (large.has(term)) shared += 1;
  return shared / small.size;
};

/** Shared terms relative to all terms (Jaccard index, 0..1). */
export const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
};
