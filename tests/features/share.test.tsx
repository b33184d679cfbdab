// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDisplayState, parseViewState } from '../../src/app/url-state';
import { RESIZE_MESSAGE as POSTED_TYPE } from '../../src/features/embed/use-post-height';
import { RESIZE_MESSAGE, resizeScript } from '../../src/features/share/resize-script';
import { ShareButton } from '../../src/features/share/share-button';
import {
  embedSrc,
  embedTitle,
  iframeSnippet,
  viewLink,
  type PageLocation,
} from '../../src/features/share/share-links';
import { renderDashboard } from './render-dashboard';

const at = (search: string): PageLocation => ({
  origin: 'https://briefing.example',
  pathname: '/timeline/',
  search,
});

/** The iframe an embed snippet makes, parsed as a browser would. */
const parseIframe = (html: string): HTMLIFrameElement => {
  const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
  if (!frame) throw new Error(`no iframe in ${html}`);
  return frame;
};

const stubClipboard = (writeText: (text: string) => Promise<void>) => {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
};

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('share links', () => {
  it('should link to the current view without the open event', () => {
    const search = '?country=NZ&topic=cybersecurity,disinformation&event=abc&theme=dark';
    expect(viewLink(at(search), parseViewState(search))).toBe(
      'https://briefing.example/timeline/?country=NZ&topic=cybersecurity,disinformation&theme=dark',
    );
    expect(viewLink(at(''), parseViewState(''))).toBe('https://briefing.example/timeline/');
  });

  it('should build the embed address from the serializers, embed first, filters after', () => {
    const search = '?country=NZ&q=industry&event=abc&present=1';
    const src = embedSrc(at(search), parseViewState(search), 'timeline', null);
    expect(src).toBe(
      'https://briefing.example/timeline/?embed=1&view=timeline&country=NZ&q=industry',
    );
    const query = new URL(src).search;
    expect(parseDisplayState(query)).toMatchObject({
      embed: true,
      view: 'timeline',
      present: false,
    });
    expect(parseViewState(query)).toEqual({ ...parseViewState(search), event: null });
  });

  it('should keep a chosen theme, and leave "view" out for the dashboard (its default)', () => {
    const src = embedSrc(at(''), parseViewState(''), 'dashboard', 'dark');
    expect(src).toBe('https://briefing.example/timeline/?embed=1&theme=dark');
    expect(parseDisplayState(new URL(src).search)).toMatchObject({
      embed: true,
      view: 'dashboard',
    });
  });

  it('should title the iframe with its view and filters', () => {
    expect(embedTitle('timeline', parseViewState('?country=NZ'))).toBe(
      'Summit Timeline: timeline (country: NZ)',
    );
    expect(embedTitle('topics', parseViewState(''))).toBe('Summit Timeline: topics');
  });

  it('should write an iframe that parses back to the same address and title', () => {
    const search = '?q=R%26D "plans"&country=NZ';
    const view = parseViewState(search);
    const src = embedSrc(at(search), view, 'topics', null);
    const title = embedTitle('topics', view);
    const html = iframeSnippet(src, title);
    expect(html).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="600"/);
    expect(html).toContain('style="border:0" loading="lazy"></iframe>');
    const frame = parseIframe(html);
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.getAttribute('title')).toBe(title);
    expect(parseViewState(new URL(src).search).q).toBe('R&D "plans"');
  });
});

describe('the resize script', () => {
  it('should use the message type the embedded views post', () => {
    expect(RESIZE_MESSAGE).toBe(POSTED_TYPE);
  });

  it('should size the iframe that sent the message, from the app origin only', () => {
    document.body.innerHTML = '<iframe id="a"></iframe><iframe id="b"></iframe>';
    const [a, b] = [...document.querySelectorAll('iframe')];
    const code = resizeScript('https://app.example').replace(/^<script>|<\/script>$/g, '');
    const listen = vi.spyOn(window, 'addEventListener');
    new Function(code)();
    const post = (origin: string, source: Window | null, data: unknown) =>
      window.dispatchEvent(new MessageEvent('message', { origin, source, data }));

    post('https://app.example', b!.contentWindow, { type: RESIZE_MESSAGE, height: 734 });
    expect(b!.style.height).toBe('734px');
    expect(a!.style.height).toBe('');

    post('https://elsewhere.example', a!.contentWindow, { type: RESIZE_MESSAGE, height: 50 });
    post('https://app.example', a!.contentWindow, { type: 'other', height: 50 });
    post('https://app.example', a!.contentWindow, { type: RESIZE_MESSAGE, height: -5 });
    expect(a!.style.height).toBe('');

    const [, handler] = listen.mock.calls.find(([type]) => type === 'message')!;
    window.removeEventListener('message', handler);
    document.body.innerHTML = '';
  });
});

describe('ShareButton', () => {
  const openDialog = (search = '') => {
    renderDashboard(<ShareButton />, search);
    const button = screen.getByRole('button', { name: 'Share' });
    fireEvent.click(button);
    return { button, dialog: screen.getByRole('dialog', { name: 'Share and embed' }) };
  };

  it('should open a labelled dialog with the link focused, and close on Escape', () => {
    const { button, dialog } = openDialog('?country=NZ&event=x');
    const link = within(dialog).getByRole('textbox', { name: 'Link' });
    expect((link as HTMLInputElement).value).toBe(`${window.location.origin}/?country=NZ`);
    expect(document.activeElement).toBe(link);

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('should copy the link and announce it', async () => {
    const writeText = stubClipboard(async () => {});
    const { dialog } = openDialog('?country=NZ');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(await within(dialog).findByText('Link copied.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?country=NZ`);
    expect(within(dialog).getByRole('status').textContent).toBe('Link copied.');
  });

  it('should select the text to copy by hand when the clipboard refuses', async () => {
    stubClipboard(() => Promise.reject(new Error('denied')));
    const { dialog } = openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy embed code' }));
    expect(await within(dialog).findByText(/embed code selected: press ctrl\+c/i)).toBeTruthy();
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(code);
    expect([code.selectionStart, code.selectionEnd]).toEqual([0, code.value.length]);
  });

  it('should offer an iframe of the chosen view under the current filters', () => {
    const { dialog } = openDialog('?country=NZ');
    const code = () =>
      (within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value;
    const group = within(dialog).getByRole('group', { name: 'View to embed' });
    expect(within(group).getAllByRole('radio')).toHaveLength(4);

    expect(parseIframe(code()).getAttribute('src')).toBe(
      `${window.location.origin}/?embed=1&view=timeline&country=NZ`,
    );
    fireEvent.click(within(group).getByRole('radio', { name: 'Topic chart' }));
    const frame = parseIframe(code());
    expect(frame.getAttribute('src')).toBe(
      `${window.location.origin}/?embed=1&view=topics&country=NZ`,
    );
    expect(frame.getAttribute('title')).toBe('Summit Timeline: topics (country: NZ)');

    const script = within(dialog).getByRole('textbox', { name: 'Resize script' });
    expect((script as HTMLTextAreaElement).value).toContain(RESIZE_MESSAGE);
    expect((script as HTMLTextAreaElement).value).toContain(JSON.stringify(window.location.origin));
  });
});
