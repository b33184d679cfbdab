import { describe, expect, it } from 'vitest';
import { titleFromSentence } from '../../../src/data/events/title';

describe('titleFromSentence', () => {
  it('should use a capitalised event name when the sentence has one', () => {
    expect(
      titleFromSentence(
        'On Tuesday, during the annual Shangri-La Dialogue, ministers spoke.',
        'On Tuesday',
      ),
    ).toBe('Shangri-La Dialogue');
  });

  it('should build a noun phrase around the event noun', () => {
    expect(
      titleFromSentence(
        'Officials said talks on submarine maintenance will take place with Pacific partners on Friday.',
        'on Friday',
      ),
    ).toBe('Talks on submarine maintenance with Pacific partners');
  });

  it('should fall back to the main clause without the date, the reporting frame and asides', () => {
    expect(
      titleFromSentence(
        'The minister said that the Baltic states, including Estonia, will expand air policing next month to deter incursions.',
        'next month',
      ),
    ).toBe('The Baltic states will expand air policing to deter incursions');
  });

  it('should keep titles short and not end on a function word', () => {
    const title = titleFromSentence(
      'Allies agreed yesterday to increase the production of artillery shells across factories in several member states and to share the costs of the expansion.',
      'yesterday',
    );
    expect(title.split(' ').length).toBeLessThanOrEqual(10);
    expect(title).not.toMatch(/\b(?:the|of|and|to|in)$/);
  });

  it('should take out the date with its preposition, wherever the date is written first', () => {
    expect(
      titleFromSentence(
        'Troops will train throughout the summer of 2025 near Riga.',
        'summer of 2025',
      ),
    ).toBe('Troops will train near Riga');
    // A long run of spaces before the date: the lead-in is still found and removed.
    expect(
      titleFromSentence(`Patrols continue in${' '.repeat(50)}March in the Baltic Sea.`, 'March'),
    ).toBe('Patrols continue in the Baltic Sea');
    // Only the first occurrence goes; a date text with regex characters is taken literally.
    expect(titleFromSentence('Drills (phase 2) ran from 3.5 to 3.5.', '3.5')).toBe(
      'Drills ran to 3.5',
    );
  });
});
