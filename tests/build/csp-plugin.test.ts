import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  APP_CSP,
  cspPlugin,
  insertCspMeta,
  offlineCsp,
  serializeCsp,
  sha256Source,
} from '../../src/build/csp-plugin';
import { buildSingleFile } from '../../src/build/single-file';

/** The policy of the online app, as the README documents it. */
const ONLINE_POLICY =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; " +
  "img-src 'self' data:; connect-src 'self'; worker-src 'self'; form-action 'none'";

/** The content of the page's CSP meta element, HTML-decoded, or undefined. */
const metaPolicy = (html: string): string | undefined =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/
    .exec(html)?.[1]
    ?.replace(
      /&quot;|&amp;|&lt;/g,
      (entity) => ({ '&quot;': '"', '&amp;': '&', '&lt;': '<' })[entity] ?? entity,
    );

/** A policy's directives by name, e.g. "img-src" → ["'self'", "data:"]. */
const directivesOf = (policy: string): Map<string, string[]> =>
  new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );

/** Runs the plugin's transformIndexHtml hook on `html`, as `vite build` does. */
const transform = (html: string): string => {
  const hook = cspPlugin().transformIndexHtml;
  if (!hook || typeof hook === 'function')
    throw new Error('expected an ordered transformIndexHtml');
  const result = hook.handler.call({} as never, html, {
    path: '/index.html',
    filename: 'index.html',
  } as IndexHtmlTransformContext);
  if (typeof result !== 'string') throw new Error('expected the HTML back as a string');
  return result;
};

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the app policy', () => {
  it('should be the base policy plus what the app needs, and nothing inline', () => {
    const policy = serializeCsp(APP_CSP);
    expect(policy).toBe(ONLINE_POLICY);
    const directives = directivesOf(policy);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // A meta policy cannot set these; the README asks servers to send them as headers.
    expect(policy).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });
});

describe('cspPlugin', () => {
  const INDEX_HTML = readFileSync('index.html', 'utf8');

  it('should run in builds only (the dev server injects inline scripts)', () => {
    expect(cspPlugin().apply).toBe('build');
  });

  it('should put the policy first in the head of index.html, before any script', () => {
    const html = transform(INDEX_HTML);
    expect(metaPolicy(html)).toBe(ONLINE_POLICY);
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset="UTF-8" />'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(meta).toBeLessThan(html.indexOf('<link'));
    expect(html.replace(/\n\s*<meta http-equiv[^>]*>/, '')).toBe(INDEX_HTML);
  });

  it('should refuse a page with no head or with a policy already', () => {
    expect(() => insertCspMeta('<p>no head</p>', ONLINE_POLICY)).toThrow(/<head>/);
    const once = insertCspMeta('<html><head></head></html>', ONLINE_POLICY);
    expect(() => insertCspMeta(once, ONLINE_POLICY)).toThrow(/already/);
  });
});

describe('the offline policy', () => {
  const HTML = `<!doctype html>
<html><head>
<meta charset="UTF-8" />
<link rel="icon" href="data:image/svg+xml,x">
<script type="module" crossorigin src="./assets/index.js"></script>
<link rel="stylesheet" crossorigin href="./assets/index.css">
</head><body><div id="root"></div></body></html>`;
  const FILES: Record<string, string> = {
    './assets/index.js': 'const s = "</script>";\r\ndocument.title = s;',
    './assets/index.css': 'body{color:red}',
  };
  const lookup = (url: string) => (url in FILES ? { code: FILES[url] ?? '' } : undefined);

  /** The offline file as the offline plugin assembles it. */
  const offlineFile = (): string => {
    const single = buildSingleFile({ html: HTML, lookup, headExtra: '<meta name="x">' });
    return insertCspMeta(single.html, serializeCsp(offlineCsp(single.scripts, single.styles)));
  };

  it('should allow the inline script by the hash of its text as the browser reads it', () => {
    const html = offlineFile();
    const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(inline).toBeDefined();
    // The HTML parser turns CRLF into LF before the browser hashes the element's text.
    const asParsed = (inline ?? '').replace(/\r\n?/g, '\n');
    const directives = directivesOf(metaPolicy(html) ?? '');
    expect(directives.get('script-src')).toEqual([sha256(asParsed)]);
    expect(sha256Source(inline ?? '')).toBe(sha256(asParsed));
  });

  it('should allow the inline stylesheet by its hash, and no other inline style', () => {
    const html = offlineFile();
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
    expect(style).toBe('body{color:red}');
    const directives = directivesOf(metaPolicy(html) ?? '');
    expect(directives.get('style-src')).toEqual([sha256('body{color:red}')]);
  });

  it('should allow no other script and load nothing from anywhere', () => {
    const directives = directivesOf(metaPolicy(offlineFile()) ?? '');
    expect(directives.get('script-src')?.join(' ')).not.toMatch(/'self'|unsafe|\*/);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('worker-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('img-src')).toContain('data:');
  });

  it('should come before the inline script, which it must cover', () => {
    const html = offlineFile();
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
      html.indexOf('<script'),
    );
  });
});
