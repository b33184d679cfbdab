/**
 * The browser-test harness: one headless Chromium per test file (Debian's, driven by
 * playwright-core), pages opened on the production build that the global setup serves, and a
 * record of everything that went wrong on each page — console errors, uncaught page errors,
 * failed requests, HTTP errors and Content-Security-Policy violations — checked after every test.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type ViewportSize,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise (no browser download is possible). */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for a quiet, offline, sandbox-less headless run (root in a container has no sandbox). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Where screenshots for humans go (gitignored). */
export const RESULTS_DIR = resolve('test-results');

/** An absolute path in test-results/, creating the folder. */
export const resultPath = (fileName: string): string => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return resolve(RESULTS_DIR, fileName);
};

/** Launches Chromium, failing with a message that says how to get one. */
export const launchChromium = async (): Promise<Browser> => {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
};

/** The base URL of the production build served by the global setup. */
export const baseUrl = (): string => inject('e2eBaseUrl');

/** The absolute URL of a path on the served build, e.g. "/?country=NZ". */
export const urlOf = (path: string): string => new URL(path, `${baseUrl()}/`).href;

/** Fetches a JSON file from the served build (from Node, not through a page). */
export const fetchJson = async <T>(path: string): Promise<T> => {
  const response = await fetch(urlOf(path));
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
};

/** A `securitypolicyviolation` event as the page recorded it (window.__cspViolations). */
export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

declare global {
  interface Window {
    /** Every Content-Security-Policy violation of this document, in order. */
    __cspViolations?: CspViolation[];
    /** Set by the harness: hands each violation to the test as it happens. */
    __reportCspViolation?: (violation: CspViolation) => void;
  }
}

/** Runs in every frame before the page's own scripts: records each CSP violation. */
const listenForCspViolations = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    const violation = {
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}` : '',
      sample: event.sample,
    };
    window.__cspViolations?.push(violation);
    void window.__reportCspViolation?.(violation);
  });
};

/** A violation in words, e.g. "CSP violation: script-src blocked inline (sample "alert(1)")". */
export const describeCspViolation = ({ directive, blocked, source, sample }: CspViolation) =>
  `CSP violation: ${directive} blocked ${blocked || '(unknown)'}` +
  `${sample ? ` (sample ${JSON.stringify(sample)})` : ''}${source ? ` at ${source}` : ''}`;

/**
 * Records `securitypolicyviolation` events of every frame of `page` into `problems`, and keeps
 * them in each document's window.__cspViolations. Call before the page navigates.
 */
export const recordCspViolations = async (page: Page, problems: string[]): Promise<void> => {
  await page.exposeFunction('__reportCspViolation', (violation: CspViolation) => {
    problems.push(describeCspViolation(violation));
  });
  await page.addInitScript(listenForCspViolations);
};

/** Starts recording what goes wrong on `page`; the returned list fills as the page runs. */
export const recordProblems = (page: Page): string[] => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    problems.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(
      `request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`,
    ),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
    }
  });
  return problems;
};

export interface OpenPageOptions {
  viewport?: ViewportSize;
  /** Runs before the page loads, e.g. `page.route()` to serve a made-up dataset.json. */
  prepare?: (page: Page) => Promise<void>;
}

export interface OpenedPage {
  page: Page;
  /** Console errors, page errors, failed requests, HTTP errors and CSP violations so far. */
  problems: string[];
}

export interface BrowserHarness {
  /**
   * Opens `path` (e.g. "/?country=NZ") in a fresh browser context and waits for the network to
   * settle. Its problems are asserted empty after the test.
   */
  openPage: (path: string, options?: OpenPageOptions) => Promise<OpenedPage>;
}

const DEFAULT_VIEWPORT: ViewportSize = { width: 1280, height: 900 };

/**
 * Registers the per-file browser lifecycle: Chromium launched before the file's tests and closed
 * after them; after each test, every page it opened is checked for problems and closed.
 */
export const setupBrowser = (): BrowserHarness => {
  let browser: Browser | undefined;
  let opened: Array<{ context: BrowserContext; page: Page; problems: string[] }> = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(async () => {
    const pages = opened;
    opened = [];
    // Snapshot before closing: requests cut short by the close are not the app's fault.
    const report = pages.flatMap(({ page, problems }) =>
      problems.map((problem) => `${page.url()}\n    ${problem}`),
    );
    await Promise.all(pages.map(({ context }) => context.close()));
    expect(report, `problems on the pages this test visited:\n${report.join('\n')}`).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    openPage: async (path, options = {}) => {
      if (!browser) throw new Error('openPage called outside a test: the browser is not running');
      const context = await browser.newContext({
        viewport: options.viewport ?? DEFAULT_VIEWPORT,
        // recharts skips its entry animation under reduced motion: fewer frames to wait out.
        reducedMotion: 'reduce',
      });
      // Below the 60 s test timeout, so a missing element fails with Playwright's own message.
      context.setDefaultTimeout(20_000);
      const page = await context.newPage();
      const problems = recordProblems(page);
      await recordCspViolations(page, problems);
      opened.push({ context, page, problems });
      await options.prepare?.(page);
      await page.goto(urlOf(path), { waitUntil: 'networkidle' });
      return { page, problems };
    },
  };
};
