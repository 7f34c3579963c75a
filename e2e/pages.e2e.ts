import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getJson, signInHeaders, type CaseRow } from './support/api.js';
import { launchChromium, openPage, saveScreenshot, seriousAxeViolations, VIEWPORTS, waitForPageReady, type ViewportName } from './support/browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let firstCase: CaseRow;

beforeAll(async () => {
  browser = await launchChromium();
  firstCase = (await getJson<{ items: CaseRow[] }>(baseUrl, '/api/cases?limit=1', await signInHeaders(baseUrl))).items[0] as CaseRow;
});
afterAll(async () => {
  await browser.close();
});

/** Every page of the app, by deep link, with the heading it must show. */
function pages(): { name: string; path: string; heading: RegExp }[] {
  return [
    { name: 'dashboard', path: '/', heading: /^Dashboard$/ },
    { name: 'case-list', path: '/cases', heading: /^Cases$/ },
    { name: 'case', path: `/cases/${firstCase.id}`, heading: new RegExp(`^Case ${firstCase.reference}$`) },
    { name: 'people', path: '/people', heading: /^People$/ },
    { name: 'person', path: `/people/${firstCase.personId}`, heading: /\S/ },
    { name: 'agreement-list', path: '/agreements', heading: /^Agreements$/ },
    { name: 'agreement', path: '/agreements/uk-rw-2022', heading: /^GB–RW third-country transfer arrangement/ },
    { name: 'sign-in', path: '/sign-in?returnTo=%2Fcases', heading: /^Sign in to Waypoint$/ },
    { name: 'not-found', path: '/no/such/page', heading: /^Page not found$/ },
  ];
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('every page at the %s width', (viewport) => {
  it('renders by deep link, with no serious or critical axe violations and no script errors', async () => {
    for (const { name, path, heading } of pages()) {
      const { page, problems } = await openPage(browser, viewport, { signedIn: true, baseUrl });
      const response = await page.goto(`${baseUrl}${path}`);
      expect(response?.status(), path).toBe(200);
      await waitForPageReady(page);
      expect(await page.locator('h1').first().innerText(), path).toMatch(heading);
      expect(await seriousAxeViolations(page), `${path} at ${viewport}`).toEqual([]);
      // Nothing may be wider than the viewport except inside a scroll container.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways at ${viewport}`).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `${name}-${viewport}`);
      expect(problems, path).toEqual([]);
      await page.context().close();
    }
  });
});
