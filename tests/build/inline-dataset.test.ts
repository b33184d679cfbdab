// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  escapeJsonForScript,
  INLINE_DATASET_ID,
  inlineDatasetElement,
  inlineDatasetText,
} from '../../src/build/inline-dataset';

/** A dataset-like value whose article text tries every way out of a <script> element. */
const HOSTILE = {
  articles: [
    {
      id: 'a1',
      title: 'Allies </script><script>window.pwned = true</script> meet',
      text: '<!-- <script> </SCRIPT > </script\t> <img src=x onerror=alert(1)> & &amp; \u2028\u2029 "quoted" \\ end',
    },
  ],
  events: [],
};

const pageWith = (element: string): Document =>
  new DOMParser().parseFromString(
    `<!doctype html><html><head>${element}<meta name="after"></head><body><div id="root"></div></body></html>`,
    'text/html',
  );

describe('escapeJsonForScript', () => {
  it('should leave no "<" in the text and read back as the same value', () => {
    const json = JSON.stringify(HOSTILE);
    const escaped = escapeJsonForScript(json);
    expect(escaped).not.toContain('<');
    expect(escaped).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(escaped)).toEqual(HOSTILE);
  });

  it('should leave JSON without "<" as it was', () => {
    const json = JSON.stringify({ a: 'plain text > & "quotes"', b: [1, 2] });
    expect(escapeJsonForScript(json)).toBe(json);
  });
});

describe('inlineDatasetElement and inlineDatasetText', () => {
  it('should keep hostile article text inside the element, as data', () => {
    const doc = pageWith(inlineDatasetElement(JSON.stringify(HOSTILE)));
    // One script only: nothing in the text ended the element or opened another.
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.head.querySelector('meta[name="after"]')).not.toBeNull();
    expect(doc.getElementById('root')).not.toBeNull();
    expect(JSON.parse(inlineDatasetText(doc) ?? '')).toEqual(HOSTILE);
  });

  it('should say there is no inlined dataset when the page has none', () => {
    expect(inlineDatasetText(pageWith(''))).toBeUndefined();
    // An element with the id that is not a JSON script is not the dataset.
    expect(inlineDatasetText(pageWith(`<div id="${INLINE_DATASET_ID}">{}</div>`))).toBeUndefined();
  });
});
