/**
 * Vite plugin: the Content-Security-Policy of the built app, as a `<meta http-equiv>` at the top
 * of index.html. Build only: the dev server injects inline scripts (React Refresh's preamble)
 * that this policy would rightly block.
 *
 * The policy starts from "only this origin, no plugins, no <base>" and adds only what the app
 * needs; see README.md ("Security") for why each source is there. A meta policy cannot set
 * frame-ancestors, report-uri or sandbox: those belong in the server's response headers.
 *
 * The offline single file (offline-plugin.ts) gets its own policy from the same helpers, with
 * the sha256 hash of each of its inline scripts and styles instead of 'self'.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** A policy as directive → sources, e.g. { 'img-src': ["'self'", 'data:'] }. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/** The policy every build starts from, as the deployment requires. */
export const BASE_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
};

/** The policy of the online app: the base plus what the app needs. */
export const APP_CSP: CspDirectives = {
  ...BASE_CSP,
  // Flags and the favicon are files of this origin; the slide export draws the page as a
  // data: SVG image, with the images in it inlined as data: URLs. (Downloads use blob: URLs,
  // but as links, which img-src does not govern.)
  'img-src': ["'self'", 'data:'],
  // dataset.json, and the flags the slide export fetches to embed them.
  'connect-src': ["'self'"],
  // The extraction worker is a module script of this origin.
  'worker-src': ["'self'"],
  // The only form (the filter bar) is handled in script and never submitted.
  'form-action': ["'none'"],
};

/** A policy as the header or meta value says it: "default-src 'self'; img-src 'self' data:". */
export const serializeCsp = (directives: CspDirectives): string =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');

/**
 * The text of an inline element as the browser hashes it: the HTML parser turns CR and CRLF into
 * LF and NUL into U+FFFD before the script runs, so the hash must be of that text.
 */
const asParsed = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');

/** The CSP source allowing an inline `<script>` or `<style>` whose text is `text`: "'sha256-…'". */
export const sha256Source = (text: string): string =>
  `'sha256-${createHash('sha256').update(asParsed(text), 'utf8').digest('base64')}'`;

/**
 * The policy of the offline single file, which loads nothing but has its module script(s) and
 * stylesheet(s) inline: those allowed by hash only, images from data: URIs (flags, favicon).
 */
export const offlineCsp = (
  inlineScripts: readonly string[],
  inlineStyles: readonly string[],
): CspDirectives => ({
  ...BASE_CSP,
  'script-src': inlineScripts.map(sha256Source),
  'style-src': inlineStyles.map(sha256Source),
  'img-src': ["'self'", 'data:'],
  // No dataset.json to fetch and no worker file beside it: nothing may connect or start.
  'connect-src': ["'none'"],
  'worker-src': ["'none'"],
  'form-action': ["'none'"],
});

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<meta http-equiv="Content-Security-Policy">` element of `policy`. */
export const cspMetaElement = (policy: string): string =>
  `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`;

const CHARSET_META = /<meta\s+charset=[^>]*>/i;
const HEAD_OPEN = /<head\b[^>]*>/i;

/**
 * `html` with the policy's meta element first in `<head>` (after `<meta charset>`), so that it
 * covers every script and style that follows. Throws when the page has no `<head>`.
 */
export const insertCspMeta = (html: string, policy: string): string => {
  if (/http-equiv="Content-Security-Policy"/i.test(html)) {
    throw new Error('index.html already has a Content-Security-Policy meta element');
  }
  const anchor = CHARSET_META.exec(html) ?? HEAD_OPEN.exec(html);
  if (!anchor) throw new Error('index.html has no <head> to put the Content-Security-Policy in');
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}\n    ${cspMetaElement(policy)}${html.slice(at)}`;
};

/** Adds the app's Content-Security-Policy to index.html in production builds. */
export const cspPlugin = (directives: CspDirectives = APP_CSP): Plugin => ({
  name: 'summit-timeline-csp',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => insertCspMeta(html, serializeCsp(directives)),
  },
});
