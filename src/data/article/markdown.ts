/** Markdown article body → plain text: one paragraph, heading or list item per line, inline syntax removed. */
import { collapseSpaces } from './line-shape';

/** Plain text of a Markdown document, with its first level-1 heading. */
export interface MarkdownText {
  text: string;
  heading: string | null;
}

// Repetition bounds keep every pattern linear on long or malformed lines. Link text excludes "[",
// so a run of brackets can't make each one scan ahead. Each pattern lists the substrings it needs:
// a substring search is much cheaper than a regex pass, and most paragraphs contain none of them.
const INLINE: readonly { re: RegExp; to: string; needs: readonly string[] }[] = [
  // Images: alt text is a caption, not prose.
  { re: /!\[[^[\]\n]{0,300}\]\([^()\n]{0,2000}\)/g, to: '', needs: ['!['] },
  { re: /!\[[^[\]\n]{0,300}\]\[[^[\]\n]{0,200}\]/g, to: '', needs: ['!['] },
  // Footnote references.
  { re: /\[\^[^[\]\n]{1,50}\]/g, to: '', needs: ['[^'] },
  { re: /\[([^[\]\n]{0,300})\]\([^()\n]{0,2000}\)/g, to: '$1', needs: [']('] },
  { re: /\[([^[\]\n]{0,300})\]\[[^[\]\n]{0,200}\]/g, to: '$1', needs: [']['] },
  { re: /<((?:https?|mailto):[^>\s]{1,2000})>/g, to: '$1', needs: ['<'] },
  { re: /`+/g, to: '', needs: ['`'] },
  { re: /~~/g, to: '', needs: ['~~'] },
  { re: /\*\*|__/g, to: '', needs: ['**', '__'] },
  { re: /(^|[\s(["'“‘])[*_]{1,3}(?=\S)/g, to: '$1', needs: ['*', '_'] },
  { re: /(\S)[*_]{1,3}(?=$|[\s.,;:!?)\]"'”’])/g, to: '$1', needs: ['*', '_'] },
  { re: /\\([\\`*_{}[\]()#+\-.!>~|])/g, to: '$1', needs: ['\\'] },
];

// Every needed substring holds one of these characters: without any, no pattern can match.
const INLINE_MARK = /[![\]<`~*_\\]/;

const stripInline = (line: string): string =>
  collapseSpaces(
    INLINE_MARK.test(line)
      ? INLINE.reduce(
          (s, { re, to, needs }) => (needs.some((n) => s.includes(n)) ? s.replace(re, to) : s),
          line,
        )
      : line,
  ).trim();

const FENCE = /^\s{0,3}(```|~~~)/;
const ATX = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const QUOTE = /^\s{0,3}(?:>\s?)+/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]\n]{1,200}\]:\s*\S/;

/** Markdown → plain text, e.g. "# Title\n\nSome **bold**\ntext." → "Title\nSome bold text." (soft-wrapped lines are joined). */
export const markdownToText = (markdown: string): MarkdownText => {
  const out: string[] = [];
  let paragraph: string[] = [];
  let heading: string | null = null;
  let inFence = false;

  const flush = (): void => {
    const text = stripInline(paragraph.join(' '));
    if (text !== '') out.push(text);
    paragraph = [];
  };
  const addHeading = (level: number, raw: string): void => {
    const text = stripInline(raw);
    if (level === 1 && heading === null && text !== '') heading = text;
    if (text !== '') out.push(text);
  };

  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FENCE.test(line)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (line.trim() !== '') out.push(line.trim());
      continue;
    }
    if (line.trim() === '' || RULE.test(line) || REFERENCE_DEFINITION.test(line)) {
      flush();
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      addHeading((atx[1] ?? '#').length, atx[2] ?? '');
      continue;
    }
    const underline = SETEXT.exec(lines[i + 1] ?? '');
    if (underline && paragraph.length === 0 && !LIST_ITEM.test(line)) {
      addHeading(underline[1]?.startsWith('=') ? 1 : 2, line);
      i++;
      continue;
    }
    if (TABLE_SEPARATOR.test(line) && line.includes('-') && line.includes('|')) continue;
    let content = line.replace(QUOTE, '');
    if (LIST_ITEM.test(content)) {
      flush();
      content = content.replace(LIST_ITEM, '');
    }
    if (/^\s*\|.*\|\s*$/.test(content)) {
      flush();
      paragraph.push(content.replace(/\|/g, ' '));
      flush();
      continue;
    }
    paragraph.push(content.trim());
    // Two trailing spaces or a backslash is a hard line break.
    if (line.endsWith('  ') || line.endsWith('\\')) flush();
  }
  flush();
  return { text: out.join('\n'), heading };
};
