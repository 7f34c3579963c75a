import { readFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_OFFICER, type DemoAccount } from './api.js';
import { ARTIFACTS_DIR } from './waypoint-server.js';

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** @example const browser = await launchChromium(); … await browser.close(); */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. Call once at the
 * top level of the file; the getter throws if called before the launch (outside a test or hook).
 *
 * @example const browser = useChromium(); it('…', async () => { const { page } = await openPage(browser(), 'desktop'); });
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('Chromium is not running: call browser() inside a test or hook of a file that called useChromium()');
    return browser;
  };
}

/**
 * A page in a fresh context at a viewport, in a time zone that is not UTC
 * (so <Time> really converts), collecting console errors and page crashes.
 * Signed in as the demo officer unless `account` names another demo user.
 */
export async function openPage(
  browser: Browser,
  viewport: ViewportName,
  options: { signedIn?: boolean; baseUrl?: string; account?: DemoAccount; storageState?: SignedInState } = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    timezoneId: 'America/New_York',
    locale: 'en-US',
    ...(options.storageState !== undefined && { storageState: options.storageState }),
  });
  if (options.signedIn === true && options.baseUrl !== undefined && options.storageState === undefined) {
    // The context's request client shares its cookie jar with the pages.
    const response = await context.request.post(`${options.baseUrl}/api/session`, { data: options.account ?? DEMO_OFFICER });
    if (response.status() !== 404 && !response.ok()) throw new Error(`sign-in failed: ${response.status()} ${await response.text()}`);
  }
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // HTTP error answers (404 for APIs not landed yet, 412 on conflicts) are expected and handled by the page.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems };
}

/** A signed-in browser's cookies, to open many pages as one user without signing in (argon2) each time. */
export type SignedInState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Signs in once as `account` and returns the session to reuse with openPage({ storageState }). */
export async function signedInState(browser: Browser, baseUrl: string, account: DemoAccount): Promise<SignedInState> {
  const context = await browser.newContext();
  const response = await context.request.post(`${baseUrl}/api/session`, { data: account });
  if (!response.ok()) throw new Error(`sign-in as ${account.username} failed: ${response.status()}`);
  const state = await context.storageState();
  await context.close();
  return state;
}

/** Waits until the page has its heading and no loading indicator is left. */
export async function waitForPageReady(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.querySelector('[data-loading]') === null, undefined, { timeout: 30_000 });
}

let axeSource: string | undefined;

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core in the page and returns serious and critical violations.
 * The source is evaluated over the debugging protocol, which the app's
 * Content-Security-Policy (no inline scripts) does not block.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    interface AxeResult { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  });
}

/** Full-page screenshot under test-artifacts/screenshots/. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const directory = join(ARTIFACTS_DIR, 'screenshots');
  await mkdir(directory, { recursive: true });
  await page.screenshot({ path: join(directory, `${name}.png`), fullPage: true });
}
