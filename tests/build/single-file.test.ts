import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { datasetCountryCodes } from '../../src/build/offline-plugin';
import {
  buildSingleFile,
  escapeInlineScript,
  escapeInlineStyle,
  svgDataUri,
} from '../../src/build/single-file';

const run = (code: string): unknown => runInNewContext(code);

describe('escapeInlineScript', () => {
  it.each([
    ['a string', '"</script><script>x</script>"'],
    ['a template literal', '`</SCRIPT >${1}`'],
    ['an HTML comment opener in a string', '"<!-- <script>"'],
    ['a unicode regular expression', '[/<!--/u.test("a<!--"), /[<!]--/u.test("!--")]'],
    ['an escaped "<"', '"\\<!--"'],
    ['an escaped backslash before "<"', '"\\\\<!--"'],
  ])('should keep the value of %s and leave no way out of the element', (_name, code) => {
    const escaped = escapeInlineScript(code);
    expect(escaped).not.toMatch(/<\/script|<!--/i);
    expect(run(escaped)).toEqual(run(code));
  });

  it('should leave code without those sequences as it was', () => {
    const code = 'const a=1<2,b=`<div>`;export{a,b}';
    expect(escapeInlineScript(code)).toBe(code);
  });
});

describe('escapeInlineStyle', () => {
  it('should leave no "</style" in the CSS', () => {
    expect(escapeInlineStyle('a::after{content:"</style>"}')).toBe(
      'a::after{content:"<\\/style>"}',
    );
  });
});

describe('svgDataUri', () => {
  const decode = (uri: string): string => {
    const [header = '', body = ''] = uri.split(/,(.*)/s);
    return header.endsWith(';base64')
      ? Buffer.from(body, 'base64').toString('utf8')
      : decodeURIComponent(body);
  };

  it.each([
    [
      'a small SVG',
      '<svg xmlns="http://www.w3.org/2000/svg"><path fill="#fff" d="M0 0h1v1z"/></svg>',
    ],
    ['an SVG full of escapes', `<svg>${'<g fill="#000">é</g>'.repeat(20)}</svg>`],
  ])('should encode %s so that it decodes back', (_name, svg) => {
    const uri = svgDataUri(svg);
    expect(uri).toMatch(/^data:image\/svg\+xml[,;]/);
    expect(uri).not.toMatch(/[#"<>\s]/);
    expect(decode(uri)).toBe(svg);
  });
});

describe('buildSingleFile', () => {
  const HTML = `<!doctype html>
<html><head>
<link rel="icon" href="data:image/svg+xml,x">
<script type="module" crossorigin src="./assets/index.js"></script>
<link rel="stylesheet" crossorigin href="./assets/index.css">
</head><body><div id="root"></div></body></html>`;
  const FILES: Record<string, string> = {
    './assets/index.js': 'console.log("$& $1 </script>")',
    './assets/index.css': 'body{color:red}',
  };
  const lookup = (url: string) => (url in FILES ? { code: FILES[url] ?? '' } : undefined);

  it('should inline the module script and the stylesheet, and add the head extra', () => {
    const { html, inlined } = buildSingleFile({ html: HTML, lookup, headExtra: '<meta name="x">' });
    expect(inlined).toEqual(['./assets/index.js', './assets/index.css']);
    expect(html).toContain('<script type="module">console.log("$& $1 <\\/script>")</script>');
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).toContain('<meta name="x"></head>');
    expect(html).not.toMatch(/\ssrc=|rel="stylesheet"/);
  });

  it('should refuse a page that would still load something', () => {
    const withFavicon = HTML.replace('data:image/svg+xml,x', '/favicon.svg');
    expect(() => buildSingleFile({ html: withFavicon, lookup })).toThrow(/\/favicon\.svg/);
    const missing = HTML.replace('index.css', 'other.css');
    expect(() => buildSingleFile({ html: missing, lookup })).toThrow(/other\.css/);
  });
});

describe('datasetCountryCodes', () => {
  it('should collect the codes of countries, events and articles, lower-case', () => {
    const json = JSON.stringify({
      countries: [{ code: 'NZ' }],
      events: [{ countries: ['US', 'NZ'] }],
      articles: [{ countries: ['KR'] }],
    });
    expect([...datasetCountryCodes(json)].sort()).toEqual(['kr', 'nz', 'us']);
  });
});
