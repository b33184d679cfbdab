/**
 * The per-file messages of a batch, e.g. "empty.txt: skipped — the file is empty" or
 * "briefing.txt: added — 3 dated events". Pure, so the wording is tested without a browser.
 */
import type { Dataset } from '../../data/schema';
import type { AddedArticle, ReadOutcome } from './library-types';

export interface FileMessage {
  name: string;
  /** added: fully used; partial: added, but with nothing dated or placed; skipped: not added. */
  kind: 'added' | 'partial' | 'skipped';
  text: string;
}

export const skipped = (name: string, reason: string): FileMessage => ({
  name,
  kind: 'skipped',
  text: `${name}: skipped — ${reason}`,
});

/** A decoded file that will be added, with its position in the batch. */
export interface AcceptedFile {
  position: number;
  name: string;
  text: string;
}

/**
 * Splits a batch's read outcomes into files to add and messages for those skipped: unreadable
 * files, and texts already in the library or earlier in the same batch.
 */
export const screenOutcomes = (
  outcomes: readonly ReadOutcome[],
  added: readonly Pick<AddedArticle, 'text'>[],
): { accepted: AcceptedFile[]; skippedMessages: Map<number, FileMessage> } => {
  const known = new Set(added.map((a) => a.text));
  const accepted: AcceptedFile[] = [];
  const skippedMessages = new Map<number, FileMessage>();
  outcomes.forEach((outcome, position) => {
    if (!outcome.ok) {
      skippedMessages.set(position, skipped(outcome.name, outcome.problem));
    } else if (known.has(outcome.text)) {
      skippedMessages.set(position, skipped(outcome.name, 'the same text was already added'));
    } else {
      known.add(outcome.text);
      accepted.push({ position, name: outcome.name, text: outcome.text });
    }
  });
  return { accepted, skippedMessages };
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What became of an added article, found in the rebuilt dataset at `articleIndex`. */
export const describeAdded = (
  name: string,
  dataset: Dataset,
  articleIndex: number,
): FileMessage => {
  const article = dataset.articles[articleIndex];
  if (!article) return { name, kind: 'added', text: `${name}: added` };
  const events = dataset.events.filter((e) =>
    e.mentions.some((m) => m.articleId === article.id),
  ).length;
  const noCountries = article.countries.length === 0 ? ', and no countries were found' : '';
  if (events === 0) {
    return { name, kind: 'partial', text: `${name}: added without dated events${noCountries}` };
  }
  return {
    name,
    kind: noCountries ? 'partial' : 'added',
    text: `${name}: added — ${plural(events, 'dated event')}${noCountries}`,
  };
};
