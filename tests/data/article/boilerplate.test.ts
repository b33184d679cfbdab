import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../src/data/article/boilerplate';
import { removeRepeatedLines } from '../../../src/data/article/line-keys';

describe('isBoilerplateLine', () => {
  it.each([
    'Share Us',
    'Share',
    'Share this article',
    'Share on Facebook',
    'Facebook Twitter LinkedIn Email',
    '4 min read',
    '3 minute read',
    'Reading time: 3 minutes',
    'News Synopsis',
    'Key takeaways',
    'Advertisement',
    'ADVERTISEMENT',
    'Story continues below advertisement',
    'Skip to content',
    'Subscribe',
    'Sign up for our newsletter',
    'Sign up to our Morning Briefing newsletter',
    'Follow us on Twitter and Facebook',
    'Read more: NATO chief warns on spending',
    'READ MORE NATO chief warns on spending',
    'Related: Five things to know about the summit',
    'Related articles',
    'Click here to read the full report',
    'We use cookies to improve your experience. By continuing you agree to our cookie policy.',
    'Accept all cookies',
    'Image: Reuters',
    'Photo: NATO leaders at the summit in Washington',
    '(Photo by Sam Lee/Getty Images)',
    'Leaders pose for a family photo in Washington, July 10, 2024. REUTERS/Jane Doe',
    '© 2024 The Daily Ledger. All rights reserved.',
    'Copyright 2024 Example Media',
    'By Jane Doe',
    'By Jane Doe and John Roe',
    'By Jane Doe, Reuters',
    'By JANE DOE',
    'By Jane Doe | Updated 3 hours ago',
    'Reporting by Jane Doe; Editing by John Roe',
    'Reporting by Jane Doe in Kyiv and John Roe in Brussels; Writing by Mary Major; Editing by Alex Smith.',
    'News|NATO',
    'Home > World > Europe',
    'Updated 3 hours ago',
    'Last updated: July 9, 2024 10:00 ET',
    'Tags: NATO, Ukraine, Summit',
    'World News World News',
    '• • •',
  ])('should flag %j as chrome', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'NATO Summit to Address Resilience and Cybersecurity with Indo-Pacific Partners',
    'Share prices fell after the summit.',
    'By contrast, the alliance has grown since 2022.',
    'By Thursday, leaders are expected to agree on a statement.',
    'By July 2024 NATO will have 32 members.',
    'Updated guidance was issued by the alliance on Tuesday.',
    'Related measures were announced by the European Union.',
    'Subscribers to the plan include Japan and South Korea.',
    'The EU cookie consent rules were criticised by advertisers.',
    'Allow me to explain, the minister said.',
    'Support for Ukraine',
    'Reported by the Financial Times, the deal was finalised on Tuesday.',
    'Copyright lawsuits against AI firms are rising.',
    'NATO/EU cooperation deepens',
  ])('should keep %j as article text', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('removeRepeatedLines', () => {
  it('should drop a short line repeated in the header entirely', () => {
    const lines = ['World News', 'World News', 'Body sentence one is here.', 'Body two.'];
    expect(removeRepeatedLines(lines, { headerEnd: 2 })).toEqual([
      'Body sentence one is here.',
      'Body two.',
    ]);
  });

  it('should keep one copy of the title even when it is repeated', () => {
    const lines = ['Allies Meet in Washington', 'Allies Meet in Washington', 'Body.'];
    expect(removeRepeatedLines(lines, { headerEnd: 2, keep: 'Allies Meet in Washington' })).toEqual(
      ['Allies Meet in Washington', 'Body.'],
    );
  });

  it('should keep the first copy of repeated prose such as pull quotes', () => {
    const quote = '"We will not be divided," the secretary general said.';
    expect(removeRepeatedLines([quote, 'Other text.', quote])).toEqual([quote, 'Other text.']);
  });

  it('should drop short labels that recur throughout the body', () => {
    const lines = [
      'Para one.',
      'Sponsored links',
      'Para two.',
      'Sponsored links',
      'Para three.',
      'Sponsored links',
    ];
    expect(removeRepeatedLines(lines)).toEqual(['Para one.', 'Para two.', 'Para three.']);
  });
});
