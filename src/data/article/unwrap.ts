/** Plain-text articles hard-wrapped at a fixed width → one line per paragraph. */

const TERMINAL = /[.!?…:]["'”’)\]]?$/;

/** Join hard-wrapped paragraph lines (e.g. wrapped at 72 columns) back into single lines; text whose lines are already paragraphs is returned unchanged. */
export const unwrapHardWrappedLines = (text: string): string => {
  const lines = text.split('\n');
  let max = 0;
  let full = 0;
  let lowerStarts = 0;
  lines.forEach((line, i) => {
    const n = line.trim().length;
    max = Math.max(max, n);
    if (n >= 50) full++;
    if (n > 0 && /^\s*\p{Ll}/u.test(lines[i + 1] ?? '')) lowerStarts++;
  });
  // Paragraph-per-line files have lines far longer than any terminal width; wrapped ones break mid-sentence.
  if (max > 100 || full < 5 || lowerStarts < 3) return text;

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
