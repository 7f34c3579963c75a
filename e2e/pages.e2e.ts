import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_OFFICER, getJson, sendJson, signInHeaders, type CaseRow, type DemoAccount } from './support/api.js';
import { openPage, saveScreenshot, seriousAxeViolations, signedInState, VIEWPORTS, waitForPageReady, type SignedInState, type ViewportName, useChromium } from './support/browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();
let firstCase: CaseRow;
let firstTransfer: { id: string; reference: string };
let firstDocument: { documentId: string; title: string };
/** One sign-in per demo user for the whole file (each sign-in costs an argon2 verification). */
const sessions = new Map<string, SignedInState>();
async function sessionOf(account: DemoAccount): Promise<SignedInState> {
  const known = sessions.get(account.username);
  if (known !== undefined) return known;
  const state = await signedInState(browser(), baseUrl, account);
  sessions.set(account.username, state);
  return state;
}

beforeAll(async () => {
  const officer = await signInHeaders(baseUrl);
  firstCase = (await getJson<{ items: CaseRow[] }>(baseUrl, '/api/cases?limit=1', officer)).items[0] as CaseRow;
  // The demo seeds no transfer: plan one, so the transfer page has a record to show.
  const agreement = await getJson<{ agreement: { id: string } }>(baseUrl, '/api/agreements/us-sz-2025', officer);
  firstTransfer = await sendJson(baseUrl, 'POST', '/api/transfers', { reference: `TR-PAGES-${Date.now()}`, agreementId: agreement.agreement.id, scheduledDeparture: new Date(Date.now() + 7 * 86_400_000).toISOString(), carrier: '', flight: '', facility: '', escortCount: 0 }, officer);
  const hits = await getJson<{ items: { documentId: string; title: string }[] }>(baseUrl, '/api/documents/search?q=nationals', officer);
  firstDocument = hits.items[0] ?? (() => { throw new Error('the demo seed has no searchable cable'); })();
});

/** Every page of the app (src/web/app/routes.tsx), by deep link, with the heading it must show and the role that uses it. */
function pages(): { name: string; path: string; heading: RegExp; account?: DemoAccount }[] {
  return [
    { name: 'dashboard', path: '/', heading: /^Dashboard$/ },
    { name: 'case-list', path: '/cases', heading: /^Cases$/ },
    { name: 'case', path: `/cases/${firstCase.id}`, heading: new RegExp(`^Case ${firstCase.reference}$`) },
    { name: 'people', path: '/people', heading: /^People$/ },
    { name: 'person', path: `/people/${firstCase.personId}`, heading: /\S/ },
    { name: 'agreement-list', path: '/agreements', heading: /^Agreements$/ },
    { name: 'agreement', path: '/agreements/uk-rw-2022', heading: /^GB–RW third-country transfer arrangement/ },
    { name: 'transfer-list', path: '/transfers', heading: /^Transfers$/ },
    { name: 'transfer', path: `/transfers/${firstTransfer.id}`, heading: new RegExp(`^Transfer ${firstTransfer.reference}$`) },
    { name: 'documents', path: '/documents?q=nationals', heading: /^Documents$/ },
    { name: 'document', path: `/documents/${firstDocument.documentId}`, heading: /\S/ },
    { name: 'rulesets', path: '/rulesets', heading: /^Rule sets$/, account: DEMO_ACCOUNTS.legal },
    { name: 'audit', path: '/audit', heading: /^Audit$/, account: DEMO_ACCOUNTS.oversight },
    { name: 'counsel', path: '/counsel', heading: /^My clients$/, account: DEMO_ACCOUNTS.counsel },
    { name: 'liaison', path: '/liaison', heading: /^Proposed persons$/, account: DEMO_ACCOUNTS.liaison },
    { name: 'sign-in', path: '/sign-in?returnTo=%2Fcases', heading: /^Sign in to Waypoint$/ },
    { name: 'not-found', path: '/no/such/page', heading: /^Page not found$/ },
  ];
}

/** One test per page and width, so a slow machine times out one page, not the whole list. */
const PAGE_NAMES = ['dashboard', 'case-list', 'case', 'people', 'person', 'agreement-list', 'agreement', 'transfer-list', 'transfer', 'documents', 'document', 'rulesets', 'audit', 'counsel', 'liaison', 'sign-in', 'not-found'] as const;

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('every page at the %s width', (viewport) => {
  it('lists every page of the app', () => {
    expect(pages().map((entry) => entry.name)).toEqual([...PAGE_NAMES]);
  });

  it.each(PAGE_NAMES)('%s renders by deep link, with no serious or critical axe violations and no script errors', async (pageName) => {
    const spec = pages().find((entry) => entry.name === pageName);
    if (spec === undefined) throw new Error(`no page named ${pageName}`);
    const { name, path, heading, account } = spec;
    const { page, problems } = await openPage(browser(), viewport, { storageState: await sessionOf(account ?? DEMO_OFFICER) });
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
  });
});
