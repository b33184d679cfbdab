import { describe, expect, it } from 'vitest';
import { findTemporalMentions } from '../../../src/data/dates/temporal';
import { decideReference } from '../../../src/data/dates/reference';
import { linesAsSentences } from './sentences-helper';

const resolve = (reference: string, ...lines: string[]) =>
  findTemporalMentions(linesAsSentences(...lines), reference).map((m) => ({
    text: m.dateText,
    start: m.date.start,
    end: m.date.end,
  }));

// 2025-03-12 is a Wednesday; 2023-10-16 a Monday.
describe('news phrasing', () => {
  it('should read "last July" and "next June" as the month before or after the reference', () => {
    expect(resolve('2025-01-16', 'Last July, bombers flew near Alaska.')).toEqual([
      { text: 'Last July', start: '2024-07-01', end: '2024-07-31' },
    ]);
    expect(resolve('2024-10-18', 'The summit will take place in The Hague next June.')).toEqual([
      { text: 'next June', start: '2025-06-01', end: '2025-06-30' },
    ]);
  });

  it('should read a month without its year by the tense of its own clause', () => {
    expect(
      resolve('2023-10-16', 'It is the first drill since Finland joined the alliance in April.'),
    ).toEqual([{ text: 'April', start: '2023-04-01', end: '2023-04-30' }]);
    expect(
      resolve('2023-02-14', 'He said he expected allies to agree at the summit in July.'),
    ).toEqual([{ text: 'July', start: '2023-07-01', end: '2023-07-31' }]);
  });

  it('should read "from 1999 to 2003" as those whole years', () => {
    expect(resolve('2025-06-02', 'He served as envoy from 1999 to 2003.')).toEqual([
      { text: 'from 1999 to 2003', start: '1999-01-01', end: '2003-12-31' },
    ]);
  });

  it('should read two consecutive weekdays joined by "and" as one range, others as two days', () => {
    expect(resolve('2025-03-12', 'Ministers will meet Thursday and Friday in Brussels.')).toEqual([
      { text: 'Thursday and Friday', start: '2025-03-13', end: '2025-03-14' },
    ]);
    expect(resolve('2025-03-12', 'Ministers will meet Thursday and Sunday.')).toHaveLength(2);
  });

  it('should read "this weekend" as Saturday and Sunday', () => {
    expect(resolve('2025-03-12', 'Leaders will gather in Geneva this weekend.')).toEqual([
      { text: 'this weekend', start: '2025-03-15', end: '2025-03-16' },
    ]);
  });

  it('should read a planned weekday equal to the publication weekday as that day', () => {
    expect(resolve('2025-03-12', 'The minister departs for Brussels on Wednesday.')).toEqual([
      { text: 'on Wednesday', start: '2025-03-12', end: '2025-03-12' },
    ]);
  });

  it('should not move the story to a date in a background clause or a "last Tuesday"', () => {
    // Published Friday 2024-10-18: "On Thursday" is the day before, not after 1 October.
    expect(
      resolve(
        '2024-10-18',
        'It was the first meeting chaired by Rutte since he took over on October 1.',
        'On Thursday, ministers reviewed the plans.',
      ).at(-1),
    ).toEqual({ text: 'On Thursday', start: '2024-10-17', end: '2024-10-17' });
    expect(
      resolve('2025-03-04', 'Last Tuesday, he told MPs.', 'On Tuesday, she set out a plan.').at(-1),
    ).toEqual({ text: 'On Tuesday', start: '2025-03-04', end: '2025-03-04' });
  });

  it('should not date "today" set against "tomorrow" in a figure of speech', () => {
    expect(resolve('2024-04-10', '"Ukraine today may be East Asia tomorrow," he warned.')).toEqual(
      [],
    );
  });
});

// 2024-06-25 is a Tuesday; 2024-09-02 and 2023-04-03 Mondays; 2024-08-05 a Monday.
describe('spans, quarters and fiscal years', () => {
  it('should read day spans written before or after the month', () => {
    expect(resolve('2024-06-25', 'Ministers will meet from 9 to 11 July in Prague.')).toEqual([
      { text: 'from 9 to 11 July', start: '2024-07-09', end: '2024-07-11' },
    ]);
    expect(resolve('2024-08-30', 'The summit is set for Sept 9–10 in Seoul.')).toEqual([
      { text: 'Sept 9–10', start: '2024-09-09', end: '2024-09-10' },
    ]);
    expect(resolve('2024-06-25', 'Talks run between 9 and 11 July 2025.')).toEqual([
      { text: 'between 9 and 11 July 2025', start: '2025-07-09', end: '2025-07-11' },
    ]);
    // "on 9 and 11 July" names two days, not a span; a clock time is no day.
    expect(resolve('2024-06-25', 'Votes were held on 9 and 11 July.')).not.toContainEqual(
      expect.objectContaining({ start: '2024-07-09', end: '2024-07-11' }),
    );
  });

  it('should read month spans, "the week of", quarters and fiscal years as whole periods', () => {
    expect(resolve('2024-06-25', 'Output rose between March and May.')).toEqual([
      { text: 'between March and May', start: '2024-03-01', end: '2024-05-31' },
    ]);
    expect(resolve('2024-06-25', 'Talks are planned for the week of 8 July.')).toEqual([
      { text: 'the week of 8 July', start: '2024-07-08', end: '2024-07-14' },
    ]);
    expect(resolve('2024-06-25', 'Deliveries start in Q3.')).toEqual([
      { text: 'Q3', start: '2024-07-01', end: '2024-09-30' },
    ]);
    expect(
      resolve('2024-12-27', 'Spending will rise from fiscal 2023 through fiscal 2027.'),
    ).toEqual([
      { text: 'from fiscal 2023 through fiscal 2027', start: '2023-01-01', end: '2027-12-31' },
    ]);
    expect(resolve('2024-12-27', 'The budget for fiscal 2025 is a record.')).toEqual([
      { text: 'fiscal 2025', start: '2025-01-01', end: '2025-12-31' },
    ]);
  });

  it('should read "May" after a preposition or before a calendar noun as the month, and "may" as a verb', () => {
    expect(resolve('2023-04-21', 'She said the navy would step up patrols from May.')).toEqual([
      { text: 'from May', start: '2023-05-01', end: '2023-05-31' },
    ]);
    expect(resolve('2025-02-19', 'The rerun has been scheduled for May.')).toEqual([
      { text: 'for May', start: '2025-05-01', end: '2025-05-31' },
    ]);
    expect(resolve('2025-02-19', 'Allies may act for years.')).toEqual([]);
    expect(
      resolve('2023-03-14', 'The cost would be accounted for in the May budget, he said.'),
    ).toEqual([{ text: 'the May budget', start: '2023-05-01', end: '2023-05-31' }]);
    // Not the Prime Minister's government.
    expect(resolve('2023-03-14', 'The policy dates from the May government.')).toEqual([]);
  });

  it('should read the date after "the evening of", and "this morning" as the day itself', () => {
    expect(
      resolve(
        '2025-03-10',
        'On the evening of Wednesday 5 March 2025, Macron sat before the cameras.',
      ),
    ).toEqual([
      { text: 'evening of Wednesday 5 March 2025', start: '2025-03-05', end: '2025-03-05' },
    ]);
    expect(resolve('2024-09-02', 'Officials met this morning.')).toEqual([
      { text: 'this morning', start: '2024-09-02', end: '2024-09-02' },
    ]);
  });
});

describe('the year and the week of a date in the story', () => {
  it('should put a yearless day recounted in the past on or before the publication day', () => {
    expect(
      resolve('2023-04-03', 'Allies signed the accession protocols for both countries on 5 July.'),
    ).toEqual([{ text: 'on 5 July', start: '2022-07-05', end: '2022-07-05' }]);
    expect(resolve('2024-08-05', 'The threat grew since the October 7 attacks on Israel.')).toEqual(
      [{ text: 'October 7', start: '2023-10-07', end: '2023-10-07' }],
    );
    // A participle days before the event is no recount: "hosted … on June 24-25".
    expect(
      resolve('2025-06-20', 'The summit, hosted at the conference centre on June 24-25, was cut.'),
    ).toEqual([{ text: 'June 24-25', start: '2025-06-24', end: '2025-06-25' }]);
  });

  it('should read a weekday inside the span or week the story is in', () => {
    expect(
      resolve(
        '2024-09-02',
        "The forum's meeting ran from 26 to 30 August.",
        'In their communiqué on Friday, leaders reaffirmed the declaration.',
      ).at(-1),
    ).toEqual({ text: 'on Friday', start: '2024-08-30', end: '2024-08-30' });
    expect(
      resolve(
        '2024-07-08',
        'Leaders meet in Washington this week.',
        'A dinner will follow on Wednesday.',
      ).at(-1),
    ).toEqual({ text: 'on Wednesday', start: '2024-07-10', end: '2024-07-10' });
  });

  it('should leave an earlier span once a day is counted from the publication date again', () => {
    // Published Friday 2025-09-26.
    expect(
      resolve(
        '2025-09-26',
        'Drones entered Polish airspace on the night of 9 to 10 September.',
        'Jets then violated Estonian airspace last Friday.',
        'NATO ambassadors met on Tuesday.',
      ).at(-1),
    ).toEqual({ text: 'on Tuesday', start: '2025-09-23', end: '2025-09-23' });
  });

  it("should give a timeline entry's year to the yearless dates of its paragraph", () => {
    // Two entries, each a paragraph: "March 2014 – …. … in September, …" then "2023 – …".
    const text =
      'March 2014 – Russia annexes Crimea. At a summit in Wales in September, allies pledge 2%.\n' +
      'In July, leaders meet in Vilnius.';
    const sentences = [
      { text: 'March 2014 – Russia annexes Crimea.', span: [0, 35] as [number, number] },
      {
        text: 'At a summit in Wales in September, allies pledge 2%.',
        span: [36, 88] as [number, number],
      },
      { text: 'In July, leaders meet in Vilnius.', span: [89, 122] as [number, number] },
    ];
    expect(sentences.map((s) => text.slice(...s.span))).toEqual(sentences.map((s) => s.text));
    const found = findTemporalMentions(sentences, '2024-07-08', false, false, text).map((m) => [
      m.dateText,
      m.date.start,
    ]);
    expect(found).toEqual([
      ['March 2014', '2014-03-01'],
      ['September', '2014-09-01'],
      // The next paragraph is no longer the 2014 entry.
      ['July', '2024-07-01'],
    ]);
  });

  it("should not read a bare weekday as an earlier date's own day a week or more back", () => {
    // Published Tuesday 2024-11-05; 28 October was a Monday.
    expect(
      resolve(
        '2024-11-05',
        'Officials briefed the council in Brussels on Oct. 28.',
        'On Monday the ministry again accused Seoul of interfering.',
      ).at(-1),
    ).toEqual({ text: 'On Monday', start: '2024-11-04', end: '2024-11-04' });
    // Within the week, the same day is the natural reading.
    expect(
      resolve(
        '2024-11-05',
        'Officials briefed the council in Brussels on Nov. 4.',
        'On Monday the ministry again accused Seoul of interfering.',
      ).at(-1),
    ).toEqual({ text: 'On Monday', start: '2024-11-04', end: '2024-11-04' });
  });

  it("should date a subordinate clause by its own verb, not the main clause's", () => {
    // Published Wednesday 2024-08-07.
    expect(
      resolve(
        '2024-08-07',
        'Australia will begin co-producing guided missiles with the US next year after ministers agreed on a raft of defence industry and force posture measures at talks in Annapolis on Tuesday.',
      ).at(-1),
    ).toEqual({ text: 'on Tuesday', start: '2024-08-06', end: '2024-08-06' });
    expect(
      resolve('2024-08-07', 'Ministers will meet again after the talks end on Tuesday.').at(-1),
    ).toEqual({ text: 'on Tuesday', start: '2024-08-13', end: '2024-08-13' });
  });

  it('should read "-ed" verbs as past, present-tense schedules as future', () => {
    expect(
      resolve(
        '2023-04-03',
        'Hungary ratified it last Monday, and Turkey followed on Thursday.',
        'Ministers will meet on Tuesday and Wednesday.',
      ).slice(-2),
    ).toEqual([
      { text: 'on Thursday', start: '2023-03-30', end: '2023-03-30' },
      { text: 'on Tuesday and Wednesday', start: '2023-04-04', end: '2023-04-05' },
    ]);
    expect(resolve('2025-02-19', 'Polling stations open at 8am on Sunday.')).toEqual([
      { text: 'at 8am on Sunday', start: '2025-02-23', end: '2025-02-23' },
    ]);
  });

  it('should read weekdays from the publication day again after the story turns to history', () => {
    expect(
      resolve(
        '2022-05-11',
        'Locked Shields ran on April 19.',
        'A cyberattack on Feb. 24 knocked out modems.',
        'On Tuesday, the allies formally blamed Russia for that attack.',
      ).at(-1),
    ).toEqual({ text: 'On Tuesday', start: '2022-05-10', end: '2022-05-10' });
  });
});

describe('timelines, ISO forms, ordinals and holidays', () => {
  it('should read a year opening a timeline line, ISO months and ISO weeks', () => {
    expect(resolve('2024-04-04', '1952 – Greece and Turkey join.')).toEqual([
      { text: '1952', start: '1952-01-01', end: '1952-12-31' },
    ]);
    expect(resolve('2025-03-03', 'In 2022-05, the group sailed north.')).toEqual([
      { text: '2022-05', start: '2022-05-01', end: '2022-05-31' },
    ]);
    expect(resolve('2025-03-03', 'Week of 2025-02-24: three patrols.')).toEqual([
      { text: 'Week of 2025-02-24', start: '2025-02-24', end: '2025-03-02' },
    ]);
  });

  it('should read halves, month spans with years and spans across months', () => {
    expect(resolve('2025-03-01', 'A joint track should start in H1 2025.')).toEqual([
      { text: 'H1 2025', start: '2025-01-01', end: '2025-06-30' },
    ]);
    expect(resolve('2025-03-01', 'Attacks rose between July 2023 and July 2024.')).toEqual([
      { text: 'between July 2023 and July 2024', start: '2023-07-01', end: '2024-07-31' },
    ]);
    expect(resolve('2024-08-14', 'The exercise ran from 12 July to 2 August 2024.')).toEqual([
      { text: 'from 12 July to 2 August 2024', start: '2024-07-12', end: '2024-08-02' },
    ]);
  });

  it('should read "on the 20th" in the month the story is in, and fixed holidays', () => {
    expect(resolve('2025-07-31', 'Japan voted for the upper house on the 20th.')).toEqual([
      { text: 'on the 20th', start: '2025-07-20', end: '2025-07-20' },
    ]);
    // Recounted, a day after publication is last month's.
    expect(resolve('2025-07-10', 'Japan voted on the 20th.')).toEqual([
      { text: 'on the 20th', start: '2025-06-20', end: '2025-06-20' },
    ]);
    expect(resolve('2024-07-10', 'The 5th Fleet sailed.', 'The 20th century ended.')).toEqual([]);
    expect(resolve('2024-12-27', 'The cable was cut on Christmas Day.')).toEqual([
      { text: 'Christmas Day', start: '2024-12-25', end: '2024-12-25' },
    ]);
  });

  it('should join a weekday and its date in brackets, and read "last night"', () => {
    expect(resolve('2023-05-16', 'The deal expires on Thursday (18 May) unless renewed.')).toEqual([
      { text: 'on Thursday (18 May)', start: '2023-05-18', end: '2023-05-18' },
    ]);
    expect(resolve('2025-06-24', 'Trump spoke late last night.')).toEqual([
      { text: 'last night', start: '2025-06-23', end: '2025-06-23' },
    ]);
  });

  it('should take the tense of the verb after a date that opens its sentence', () => {
    expect(
      resolve('2025-07-31', 'In January, the agency attributed the attacks to China.'),
    ).toEqual([{ text: 'January', start: '2025-01-01', end: '2025-01-31' }]);
    expect(resolve('2025-04-07', 'The money will be confirmed in the Budget on 22 May.')).toEqual([
      { text: 'on 22 May', start: '2025-05-22', end: '2025-05-22' },
    ]);
  });

  it('should put a yearless date in the year its clause names', () => {
    expect(
      resolve('2025-07-31', "Leaders go to next year's summit in Türkiye, on 7–8 July.").at(-1),
    ).toEqual({ text: 'on 7–8 July', start: '2026-07-07', end: '2026-07-08' });
    expect(resolve('2025-07-31', "Last year's summit, on 9 July, was longer.").at(-1)).toEqual({
      text: 'on 9 July',
      start: '2024-07-09',
      end: '2024-07-09',
    });
    expect(
      resolve(
        '2025-08-18',
        'Troops will take part, as they did last year, when UFS ran from Aug. 19 to 29.',
      ).at(-1),
    ).toMatchObject({ start: '2024-08-19', end: '2024-08-29' });
    // The year comes from the reference, whichever year chrono would have put the day in: in
    // January, "7–8 July" of a past-tense clause could already read as the year before.
    expect(
      resolve('2025-01-10', "Last year's summit, which met on 7–8 July, was longer.").at(-1),
    ).toMatchObject({ start: '2024-07-07', end: '2024-07-08' });
    expect(
      resolve('2025-12-20', "Next year's summit will open on 2 February.").at(-1),
    ).toMatchObject({ start: '2026-02-02', end: '2026-02-02' });
    expect(
      resolve('2025-07-10', 'The 2024 conference took place in Berlin on 11 and 12 June.').at(-1),
    ).toMatchObject({ start: '2024-06-11', end: '2024-06-12' });
    // A year named in another clause does not carry over.
    expect(
      resolve('2025-07-10', 'The 2024 conference was in Berlin, and this one opens on 14 July.').at(
        -1,
      ),
    ).toMatchObject({ start: '2025-07-14', end: '2025-07-14' });
  });

  it('should read what comes "in the wake of" something as past', () => {
    // Published Tuesday 2025-06-24.
    expect(
      resolve(
        '2025-06-24',
        'The summit convenes in the wake of strikes over the weekend and an attack on Monday.',
      ),
    ).toEqual([
      { text: 'weekend', start: '2025-06-21', end: '2025-06-22' },
      { text: 'on Monday', start: '2025-06-23', end: '2025-06-23' },
    ]);
  });

  it('should not take numbering or windows ahead for dates', () => {
    expect(resolve('2025-03-03', 'A thread, 7/7, ended it.', 'See Policy Brief 07/2025.')).toEqual(
      [],
    );
    expect(resolve('2025-04-07', 'Spending rises over the next four years.')).toEqual([]);
    expect(resolve('2025-07-31', 'The site was down for a few hours.')).toEqual([]);
    expect(resolve('2025-03-01', 'Growth was the fastest in the year.')).toEqual([]);
  });
});

// 2024-05-22 is a Wednesday, 2025-01-14 a Tuesday, 2025-07-10 a Thursday.
describe('what the fifth held-out set taught', () => {
  it('should keep a planned span ahead and read "In May, 23 senators" as May', () => {
    expect(
      resolve('2024-05-22', 'Gunners will trade rounds in an exercise planned for Sept. 10-20.'),
    ).toEqual([{ text: 'Sept. 10-20', start: '2024-09-10', end: '2024-09-20' }]);
    expect(resolve('2024-07-10', 'In May, 23 U.S. senators wrote to the minister.')).toEqual([
      { text: 'May', start: '2024-05-01', end: '2024-05-31' },
    ]);
  });

  it('should read "on the 9th", "a fortnight ago", Boxing Day and consecutive days joined by "and"', () => {
    expect(
      resolve('2025-01-14', 'On the 9th the Defence Secretary wrote to our partners.'),
    ).toEqual([{ text: 'On the 9th', start: '2025-01-09', end: '2025-01-09' }]);
    expect(resolve('2025-01-14', 'A fortnight ago, the tanker was boarded.')).toEqual([
      { text: 'A fortnight ago', start: '2024-12-31', end: '2024-12-31' },
    ]);
    expect(resolve('2025-01-14', 'On Boxing Day, Finland boarded the tanker.')).toEqual([
      { text: 'Boxing Day', start: '2024-12-26', end: '2024-12-26' },
    ]);
    expect(resolve('2025-06-01', 'Ministers met on 11 and 12 June.')).toEqual([
      { text: '11 and 12 June', start: '2025-06-11', end: '2025-06-12' },
    ]);
  });

  it('should read a weekday by the past verb of its own clause before a later "will"', () => {
    expect(
      resolve(
        '2025-07-10',
        'The Prime Minister discussed it in a call on Wednesday evening and will meet him in Rome.',
      ),
    ).toEqual([{ text: 'on Wednesday evening', start: '2025-07-09', end: '2025-07-09' }]);
  });

  it('should read an abbreviated weekday with its full stop, and not the verb "sat"', () => {
    expect(
      resolve('2025-06-27', 'Leaders left on Thurs. after the dinner.', 'He sat. Then he spoke.'),
    ).toEqual([{ text: 'on Thurs', start: '2025-06-26', end: '2025-06-26' }]);
  });

  it('should read "FY24" as its year, and what happened "under the shadow of" as past', () => {
    expect(resolve('2024-01-03', 'The contract is funded in FY24.')).toEqual([
      { text: 'FY24', start: '2024-01-01', end: '2024-12-31' },
    ]);
    // Published Tuesday 2024-07-09.
    expect(
      resolve('2024-07-09', 'The summit opens under the shadow of a missile barrage on Monday.'),
    ).toEqual([{ text: 'on Monday', start: '2024-07-08', end: '2024-07-08' }]);
  });

  it('should read the day something is set for as the nearest such day, and a deadline ahead', () => {
    // Published Tuesday 2024-12-10 and Monday 2025-02-24.
    expect(resolve('2024-12-10', 'Leaders lined up a floor vote for Wednesday.')).toEqual([
      { text: 'Wednesday', start: '2024-12-11', end: '2024-12-11' },
    ]);
    expect(resolve('2025-02-24', 'A second window was announced for Saturday.')).toEqual([
      { text: 'Saturday', start: '2025-02-22', end: '2025-02-22' },
    ]);
    expect(
      resolve('2025-11-19', 'The bill that ended the shutdown keeps budgets flat until Jan. 30.'),
    ).toEqual([{ text: 'Jan. 30', start: '2026-01-30', end: '2026-01-30' }]);
  });

  it('should not read dates inside web addresses', () => {
    expect(
      resolve('2019-12-05', 'link: https://example.org/news/2019/12/04/london-summit'),
    ).toEqual([]);
  });
});

describe('inferring an undated article from a weekday and date', () => {
  it('should pick the latest year in which the day falls on that weekday', () => {
    const decision = decideReference(
      null,
      linesAsSentences(
        'The exercise began on Monday 16 October over Italy.',
        'Russia ratified the treaty in 2000.',
      ),
      new Set(),
      [],
      '2026-11-23',
    );
    expect(decision).toMatchObject({ referenceDate: '2023-10-16', inferred: true });
    expect(decision.reason).toContain('Monday 16 October');
  });
});
