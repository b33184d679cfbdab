/**
 * A chart label broken into at most `maxLines` lines of about `maxChars` characters, at spaces,
 * e.g. ("AI and emerging technologies", 20) → ["AI and emerging", "technologies"]. Text beyond
 * the last line ends in "…". A single word longer than a line keeps its own line.
 */
export const wrapLabel = (text: string, maxChars: number, maxLines = 2): string[] => {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
  return kept;
};
