/** A story's headline and standfirst, e.g. "Allies weigh cyber defence and AI ahead of Vilnius summit". */
import { nameCountry } from './countries';
import type { Random } from './random';
import type { Story } from './story';
import { TOPIC_LINES } from './topic-lines';
import { capitalise, list, modifier } from './words';

/** One focus phrase per topic, in the story's order. */
export const focusPhrases = (random: Random, story: Story): string[] =>
  story.topics.map((topic) => random.pick(TOPIC_LINES[topic].focus));

export const headline = (random: Random, story: Story, focus: readonly string[]): string => {
  const [first = 'security', second = 'defence'] = focus;
  const partner = nameCountry(random, random.pick(story.participants.slice(1)));
  const place = `${story.host} ${story.noun}`;
  const options = story.upcoming
    ? [
        `${modifier(story.org)} ${story.attendees} to focus on ${first} at ${place}`,
        `Allies weigh ${first} and ${second} ahead of ${place}`,
        `${partner} presses for ${first} as ${place} nears`,
        `${story.host} to host talks on ${first} and ${second}`,
      ]
    : [
        `Allies agree steps on ${first} at ${place}`,
        `${place} ends with pledges on ${first} and ${second}`,
        `${partner} and allies sharpen focus on ${first}`,
        `${capitalise(story.attendees)} in ${story.host} put ${first} at centre of talks`,
      ];
  return capitalise(random.pick(options));
};

export const standfirst = (random: Random, story: Story, focus: readonly string[]): string => {
  const partner = nameCountry(random, random.pick(story.participants));
  return story.upcoming
    ? `${capitalise(story.name)} in ${story.host} is expected to cover ${list(focus)}, with ${partner} among the countries taking part.`
    : `Talks in ${story.host} covered ${list(focus)}, and ${partner} pressed for faster progress.`;
};
