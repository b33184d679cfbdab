/** Plain-text articles hard-wrapped at a fixed width → one line per paragraph. */

const TERMINAL = /[.!?…:]["'”’)\]]?$/;

const MAX_WRAP_WIDTH = 100;

// Paragraph-per-line files have lines far longer than any terminal width: one is enough to tell, and
// finding it by searching for newlines spares splitting the text.
const hasLongLine = (text: string): boolean => {
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end - start > MAX_WRAP_WIDTH && text.slice(start, end).trim().length > MAX_WRAP_WIDTH) {
      return true;
    }
    start = end + 1;
  }
  return false;
};

/** Join hard-wrapped paragraph lines (e.g. wrapped at 72 columns) back into single lines; text whose lines are already paragraphs is returned unchanged. */
export const unwrapHardWrappedLines = (text: string): string => {
  if (hasLongLine(text)) return text;
  const lines = text.split('\n');
  let max = 0;
  let full = 0;
  let lowerStarts = 0;
  for (let i = 0; i < lines.length; i++) {
    const n = (lines[i] ?? '').trim().length;
    max = Math.max(max, n);
    if (n >= 50) full++;
    if (n > 0 && /^\s*\p{Ll}/u.test(lines[i + 1] ?? '')) lowerStarts++;
  }
  // Wrapped text breaks mid-sentence, so many lines fill the width and many continue in lower case.
  if (full < 5 || lowerStarts < 3) return text;

  const out: string[] = [];
  let current = '';
  let previous = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (current !== '') out.push(current);
      out.push('');
      current = previous = '';
      continue;
    }
    // A line that filled the width was cut by the wrap; a short one ended its paragraph or was a heading.
    const wrapped =
      current !== '' &&
      (/^\p{Ll}/u.test(line) || (previous.length >= max * 0.6 && !TERMINAL.test(previous)));
    if (wrapped) {
      current = `${current} ${line}`;
    } else {
      if (current !== '') out.push(current);
      current = line;
    }
    previous = line;
  }
  if (current !== '') out.push(current);
  return out.join('\n');
};
