import { describe, it, expect } from 'vitest';
import { findPeople, matchesBySpan, mergePeople } from '../../src/data/people';

const people = (text: string, known?: string[]): string[] =>
  findPeople(text, known).map((p) => (p.role ? `${p.name} [${p.role}]` : p.name));

describe('findPeople', () => {
  it('should read a role with country qualifiers before the name', () => {
    expect(people('US National Security Advisor Jake Sullivan briefed reporters.')).toEqual([
      'Jake Sullivan [US National Security Advisor]',
    ]);
    expect(people('Japanese Prime Minister Fumio Kishida arrived on Tuesday.')).toEqual([
      'Fumio Kishida [Japanese Prime Minister]',
    ]);
    expect(people('South Korean President Yoon Suk Yeol spoke first.')).toEqual([
      'Yoon Suk Yeol [South Korean President]',
    ]);
  });

  it('should keep role modifiers and drop time markers', () => {
    expect(people('US Deputy Secretary of Defense Kathleen Hicks toured the plant.')).toEqual([
      'Kathleen Hicks [US Deputy Secretary of Defense]',
    ]);
    expect(people('Outgoing NATO Secretary General Jens Stoltenberg thanked allies.')).toEqual([
      'Jens Stoltenberg [NATO Secretary General]',
    ]);
    expect(people('Defense Secretary Lloyd Austin III met troops.')).toEqual([
      'Lloyd Austin III [Defense Secretary]',
    ]);
  });

  it('should read a single-word name after a title and strip possessives', () => {
    expect(people("President Biden's aides said President Putin's envoy left.")).toEqual([
      'Biden [President]',
      'Putin [President]',
    ]);
  });

  it('should read a role given after the name', () => {
    expect(people("Mark Rutte, NATO's secretary general, urged allies to spend more.")).toEqual([
      'Mark Rutte [NATO Secretary General]',
    ]);
    expect(people('Richard Marles, the Australian defence minister, agreed.')).toEqual([
      'Richard Marles [Australian Defence Minister]',
    ]);
  });

  it('should read a role after a reporting verb', () => {
    expect(people('"We stand with Ukraine," said Foreign Minister Penny Wong.')).toEqual([
      'Penny Wong [Foreign Minister]',
    ]);
  });

  it('should find later mentions of introduced names', () => {
    const text =
      'Foreign leaders have met Joe Biden many times. President Biden hosted them. ' +
      'Chief of Staff Jeff Zients was there; Zients said little.';
    expect(people(text)).toEqual([
      'Joe Biden',
      'Biden [President]',
      'Jeff Zients [Chief of Staff]',
      'Zients',
    ]);
  });

  it('should not report capitalised words without a role', () => {
    expect(people('Summit Details and Indo-Pacific Partners')).toEqual([]);
    expect(people('Analysts Mary Jones and Peter Smith disagreed.')).toEqual([]);
  });

  it('should not report organisations that follow a title word', () => {
    expect(
      people('The forum, hosted by the US Chamber of Commerce, met before the General Assembly.'),
    ).toEqual([]);
    expect(people('NATO Summit Forum Command staff attended.')).toEqual([]);
  });

  it('should accept names the caller already knows', () => {
    expect(people('Sullivan explained the four projects.', ['Jake Sullivan'])).toEqual([
      'Sullivan',
    ]);
  });

  it('should only trust a title-case heading for names the body backs', () => {
    const text =
      'President Biden Hosts Allies At Summit\n' +
      'The White House said President Biden would greet each leader.';
    expect(people(text)).toEqual(['Biden [President]', 'Biden [President]']);
  });

  it('should return spans that point at the name', () => {
    const text = 'Later, Chinese President Xi Jinping met Mr. Albanese. Xi smiled.';
    const found = findPeople(text);
    expect(found.map((p) => p.name)).toEqual(['Xi Jinping', 'Albanese', 'Xi']);
    for (const p of found) expect(text.slice(...p.span)).toBe(p.name);
  });
});

describe('mergePeople', () => {
  it('should link surnames to the full name and keep the most specific role', () => {
    const text =
      'Sullivan spoke first. US National Security Advisor Jake Sullivan then took questions, ' +
      'and President Biden closed. Joe Biden left early.';
    expect(mergePeople(findPeople(text, ['Jake Sullivan']))).toEqual([
      { name: 'Jake Sullivan', role: 'US National Security Advisor' },
      { name: 'Joe Biden', role: 'President' },
    ]);
  });

  it('should treat initials and suffixes as the same person', () => {
    const text = 'Defense Secretary Lloyd J. Austin III spoke. Lloyd Austin later left.';
    expect(mergePeople(findPeople(text))).toEqual([
      { name: 'Lloyd J. Austin III', role: 'Defense Secretary' },
    ]);
  });

  it('should link a sentence mention to a known full name', () => {
    expect(
      mergePeople(findPeople('Hicks stressed the point.', ['Kathleen Hicks']), ['Kathleen Hicks']),
    ).toEqual([{ name: 'Kathleen Hicks', role: null }]);
  });

  it('should leave an ambiguous surname on its own', () => {
    const matches = findPeople(
      'Defence Minister Kim Yong-hyun and Vice Foreign Minister Kim Hong-kyun arrived. Kim waved.',
    );
    expect(mergePeople(matches).map((p) => p.name)).toEqual([
      'Kim Yong-hyun',
      'Kim Hong-kyun',
      'Kim',
    ]);
  });
});

describe('findPeople on a whole article', () => {
  const article =
    'Allies Meet In Washington\n' +
    'US National Security Advisor Jake Sullivan opened the talks. Mark Rutte, NATO\u2019s ' +
    'secretary general, spoke next.\n' +
    'Later, Mr. Albanese met Defence Minister Richard Marles. Sullivan said the allies agreed, ' +
    'and Rutte thanked Marles.';

  it('should return spans that point into the text', () => {
    const found = findPeople(article);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect(article.slice(...p.span)).toBe(p.name);
  });

  it('should return bare later mentions of names introduced with a role', () => {
    expect(people(article)).toEqual([
      'Jake Sullivan [US National Security Advisor]',
      'Mark Rutte [NATO Secretary General]',
      'Albanese',
      'Richard Marles [Defence Minister]',
      'Sullivan',
      'Rutte',
      'Marles',
    ]);
  });

  it('should give each sentence its mentions by span', () => {
    const sentences: Array<readonly [number, number]> = [];
    for (let from = 0; from < article.length;) {
      const stop = article.indexOf('. ', from);
      const to = stop < 0 ? article.length : stop + 2;
      sentences.push([from, to]);
      from = to;
    }
    const found = findPeople(article);
    const known = mergePeople(found).map((p) => p.name);
    const bySentence = matchesBySpan(found, sentences).map((matches) =>
      mergePeople(matches, known).map((p) => p.name),
    );
    expect(bySentence).toEqual([
      ['Jake Sullivan'],
      ['Mark Rutte'],
      ['Albanese', 'Richard Marles'],
      ['Jake Sullivan', 'Mark Rutte', 'Richard Marles'],
    ]);
    // Every match lands in exactly one sentence.
    expect(matchesBySpan(found, sentences).flat()).toEqual(found);
  });
});

describe('findPeople role reading', () => {
  it('should read modifiers, ranks after offices and either case of a role word', () => {
    expect(people('Vice President Kamala Harris and Acting Chief of Staff Jane Roe met.')).toEqual([
      'Kamala Harris [Vice President]',
      'Jane Roe [Acting Chief of Staff]',
    ]);
    expect(people('Pentagon Press Secretary Maj. Gen. Pat Ryder spoke.')).toEqual([
      'Pat Ryder [Pentagon Press Secretary Maj. Gen.]',
    ]);
    expect(people('Then defence minister Richard Marles and NATO chief Mark Rutte spoke.')).toEqual(
      ['Richard Marles [Defence Minister]', 'Mark Rutte [NATO Chief]'],
    );
    expect(people('The chief John Doe spoke.')).toEqual([]);
  });

  it('should not read a role inside a longer word', () => {
    expect(people('Presidential candidate Jane Roe and ex-President John Doe.')).toEqual([]);
  });
});
