/** Reading the attributes of one HTML start tag. */
import { decodeHTMLAttribute } from 'entities';
import { isSpaceCode } from './line-shape';

// Attribute strings longer than this are junk (inline data URIs, minified JSON); parsing them buys nothing.
const MAX_ATTRIBUTES_LENGTH = 4096;

// Character codes rather than per-character regexes: this runs over every start tag of a page.
const SLASH = 47;
const EQUALS = 61;
const GT = 62;
const endsName = (c: number): boolean => isSpaceCode(c) || c === SLASH || c === EQUALS || c === GT;

/** Attributes of a start tag as a lower-cased-name → decoded-value map, e.g. ` class="a" hidden` → {class: "a", hidden: ""}. */
export const parseAttributes = (source: string): Map<string, string> => {
  const attrs = new Map<string, string>();
  const text = source.slice(0, MAX_ATTRIBUTES_LENGTH);
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (isSpaceCode(text.charCodeAt(i)) || text.charCodeAt(i) === SLASH)) i++;
    const nameStart = i;
    while (i < n && !endsName(text.charCodeAt(i))) i++;
    const name = text.slice(nameStart, i).toLowerCase();
    if (name === '') {
      i++;
      continue;
    }
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (text[i] !== '=') {
      if (!attrs.has(name)) attrs.set(name, '');
      continue;
    }
    i++;
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    const quote = text[i];
    let value: string;
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      const end = close < 0 ? n : close;
      value = text.slice(i + 1, end);
      i = end + 1;
    } else {
      const valueStart = i;
      while (i < n && !isSpaceCode(text.charCodeAt(i)) && text.charCodeAt(i) !== GT) i++;
      value = text.slice(valueStart, i);
    }
    // Only '&' starts a character reference; most values have none to decode.
    if (!attrs.has(name)) attrs.set(name, value.includes('&') ? decodeHTMLAttribute(value) : value);
  }
  return attrs;
};
