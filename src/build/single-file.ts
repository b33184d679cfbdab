/**
 * Pure helpers of the offline single-file build: making scripts, styles and SVGs safe to inline in
 * one HTML file, and folding a built index.html and its JS/CSS into that file. No Vite, no Node.
 */

/**
 * JavaScript made safe to sit inside an inline `<script>`: a "</script" would end the element and
 * a "<!--" could keep a later "</script>" from ending it. In a module they can only occur in
 * strings, template literals, regular expressions and comments, where "<\/script" and "\x3C!--"
 * mean the same. A "<" already escaped ("\<", an identity escape) becomes "\x3C" whole.
 */
export const escapeInlineScript = (code: string): string =>
  code
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/(\\*)<!--/g, (_match, slashes: string) =>
      slashes.length % 2 === 1 ? `${slashes.slice(1)}\\x3C!--` : `${slashes}\\x3C!--`,
    );

/** CSS made safe to sit inside an inline `<style>`: "<\/style" is "</style" in strings and comments. */
export const escapeInlineStyle = (css: string): string => css.replace(/<\/(style)/gi, '<\\/$1');

/**
 * An SVG as a data: URI, whichever is shorter: percent-encoded (readable, usually smaller) or
 * base64 (smaller for SVGs full of characters that need encoding).
 */
export const svgDataUri = (svg: string): string => {
  const trimmed = svg.trim();
  const encoded = `data:image/svg+xml,${encodeURIComponent(trimmed).replace(
    // Characters that need no escape in a data: URI, an HTML attribute or a JS string.
    /%(2F|3A|3D|2C|3B|40|24|2B|5B|5D)/g,
    (escape) => decodeURIComponent(escape),
  )}`;
  let binary = '';
  for (const byte of new TextEncoder().encode(trimmed)) binary += String.fromCharCode(byte);
  const base64 = `data:image/svg+xml;base64,${btoa(binary)}`;
  return encoded.length <= base64.length ? encoded : base64;
};

/** A built file the HTML refers to, by the URL written in the HTML. */
export interface InlineSource {
  /** The JavaScript of a module script, or the CSS of a stylesheet. */
  code: string;
}

export interface SingleFileInput {
  /** The index.html that Vite built, with its `<script src>` and `<link rel="stylesheet">` tags. */
  html: string;
  /** The built file a URL in the HTML names, or undefined when it is not part of the build. */
  lookup: (url: string) => InlineSource | undefined;
  /** Elements to put at the end of `<head>`, e.g. the inlined dataset. */
  headExtra?: string;
}

const SCRIPT_TAG = /<script\b([^>]*?)\ssrc="([^"]+)"([^>]*)><\/script>/gi;
const STYLESHEET_TAG = /<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="([^"]+)"[^>]*>/gi;
const URL_ATTRIBUTE = /\b(?:src|href)="([^"]*)"/gi;

/**
 * One self-contained HTML file: every module script and stylesheet of `html` replaced by its code
 * inline, `headExtra` added to the head. Throws when the page would still load anything: a script
 * or stylesheet not in the build, a module preload, any other src/href that is not a data: URI.
 * Returns the file, the URLs it inlined (so the caller can drop those files) and the text of each
 * inline script and style as it stands in the file (for the Content-Security-Policy's hashes).
 */
export const buildSingleFile = ({
  html,
  lookup,
  headExtra = '',
}: SingleFileInput): { html: string; inlined: string[]; scripts: string[]; styles: string[] } => {
  const inlined: string[] = [];
  const scripts: string[] = [];
  const styles: string[] = [];
  const need = (url: string): string => {
    const source = lookup(url);
    if (!source) throw new Error(`index.html refers to ${url}, which the build did not produce`);
    inlined.push(url);
    return source.code;
  };
  // Placeholders first: the code itself is never scanned for tags or URLs, and never passes
  // through a replacement string (where "$&" and the like would be expanded).
  const pieces: string[] = [];
  const hold = (piece: string) => `\uE000${pieces.push(piece) - 1}\uE000`;
  let shell = html
    .replace(SCRIPT_TAG, (_tag, before: string, url: string, after: string) => {
      if (!/\btype="module"/.test(before + after)) {
        throw new Error(
          `index.html has a classic <script src="${url}">: only module scripts are inlined`,
        );
      }
      const script = escapeInlineScript(need(url));
      scripts.push(script);
      return hold(`<script type="module">${script}</script>`);
    })
    .replace(STYLESHEET_TAG, (_tag, url: string) => {
      const style = escapeInlineStyle(need(url));
      styles.push(style);
      return hold(`<style>${style}</style>`);
    });
  if (headExtra) {
    if (!shell.includes('</head>')) throw new Error('index.html has no </head>');
    shell = shell.replace('</head>', () => `${hold(headExtra)}</head>`);
  }
  const external = [...shell.matchAll(URL_ATTRIBUTE)]
    .map((match) => match[1] ?? '')
    .filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
  if (external.length > 0) {
    throw new Error(`the single file would still load ${external.join(', ')}: inline it`);
  }
  const result = shell.replace(
    /\uE000(\d+)\uE000/g,
    (_match, index: string) => pieces[Number(index)] ?? '',
  );
  return { html: result, inlined, scripts, styles };
};
