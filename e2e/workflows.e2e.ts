import { beforeAll, describe, expect, inject, it } from 'vitest';
import { getJson, sendJson, signInHeaders, type CaseRow, type PersonRow } from './support/api.js';
import { openPage, saveScreenshot, waitForPageReady, useChromium } from './support/browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();
let headers: Record<string, string>;

beforeAll(async () => {
  headers = await signInHeaders(baseUrl);
});

describe('navigation', () => {
  it('moves between pages by links and keeps deep links working after a reload', async () => {
    const { page, problems } = await openPage(browser(), 'desktop', { signedIn: true, baseUrl });
    await page.goto(`${baseUrl}/`);
    await waitForPageReady(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
    await page.waitForURL(`${baseUrl}/cases`);
    await waitForPageReady(page);
    const firstReference = await page.locator('tbody tr td a').first().innerText();
    await page.locator('tbody tr td a').first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await waitForPageReady(page);
    expect(await page.locator('h1').innerText()).toBe(`Case ${firstReference}`);
    await page.reload();
    await waitForPageReady(page);
    expect(await page.locator('h1').innerText()).toBe(`Case ${firstReference}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreements' }).click();
    await waitForPageReady(page);
    expect(await page.locator('h1').innerText()).toBe('Agreements');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the UTC instant on hover and the local time in the text', async () => {
    const { page } = await openPage(browser(), 'desktop', { signedIn: true, baseUrl });
    await page.goto(`${baseUrl}/cases`);
    await waitForPageReady(page);
    const time = page.locator('tbody time').first();
    const utc = await time.getAttribute('datetime');
    expect(await time.getAttribute('title')).toBe(`${utc ?? ''} (UTC)`);
    // The browser runs in New York: the text names that zone, not UTC.
    expect(await time.innerText()).toMatch(/E[SD]T$/);
    await page.context().close();
  });
});

describe('case list', () => {
  it('pages with the keyset cursor from the URL, and Back returns to the first page', async () => {
    const { page, problems } = await openPage(browser(), 'desktop', { signedIn: true, baseUrl });
    await page.goto(`${baseUrl}/cases?limit=5`);
    await waitForPageReady(page);
    const firstPage = await page.locator('tbody tr td:first-child').allInnerTexts();
    expect(firstPage).toHaveLength(5);
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.waitForURL(/cursor=/);
    await waitForPageReady(page);
    // Wait for the second page's rows themselves: while it loads the table is empty, and an empty
    // table's first cell is also "not the first page's" (that race failed a CI run).
    await page.waitForFunction((first) => {
      const cells = Array.from(document.querySelectorAll('tbody tr td:first-child'));
      return cells.length === 5 && cells[0]?.textContent !== first;
    }, firstPage[0]);
    const secondPage = await page.locator('tbody tr td:first-child').allInnerTexts();
    expect(secondPage).toHaveLength(5);
    expect(secondPage.filter((reference) => firstPage.includes(reference))).toEqual([]);
    expect([...firstPage, ...secondPage]).toEqual([...firstPage, ...secondPage].sort());
    await saveScreenshot(page, 'case-list-page-2-desktop');
    await page.goBack();
    await waitForPageReady(page);
    expect(await page.locator('tbody tr td:first-child').allInnerTexts()).toEqual(firstPage);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('filters by state through the URL', async () => {
    const { page } = await openPage(browser(), 'phone', { signedIn: true, baseUrl });
    await page.goto(`${baseUrl}/cases?state=on_hold`);
    await waitForPageReady(page);
    const states = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(states.length).toBeGreaterThan(0);
    expect(new Set(states)).toEqual(new Set(['On hold']));
    await page.context().close();
  });
});

describe('stored XSS payloads', () => {
  it('render as text on the person page and in the people list', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const scriptPayload = '<script>alert(2)</script>';
    const person = await sendJson<PersonRow>(baseUrl, 'POST', '/api/people', { givenNames: scriptPayload, familyName: 'Tester', aliases: [payload], externalId: `XSS-${Date.now()}` }, headers);
    // An officer sees the people of the cases they work: open one, carrying the payload too.
    const opened = await sendJson<CaseRow>(baseUrl, 'POST', '/api/cases', { personId: person.id, externalId: payload }, headers);
    const { page, problems } = await openPage(browser(), 'desktop', { signedIn: true, baseUrl });
    await page.goto(`${baseUrl}/people/${person.id}`);
    await waitForPageReady(page);
    expect(await page.locator('h1').innerText()).toBe(`${scriptPayload} Tester`);
    expect(await page.getByText(payload, { exact: true }).count()).toBe(1);
    await saveScreenshot(page, 'person-xss-desktop');
    await page.goto(`${baseUrl}/cases/${opened.id}`);
    await waitForPageReady(page);
    expect(await page.getByLabel('External ID', { exact: true }).inputValue()).toBe(payload);
    expect(await page.getByText(scriptPayload, { exact: false }).count()).toBeGreaterThan(0);
    for (const url of [`/people/${person.id}`, `/cases/${opened.id}`]) {
      await page.goto(`${baseUrl}${url}`);
      await waitForPageReady(page);
      expect(await page.locator('img[src="x"]').count(), url).toBe(0);
      expect(await page.locator('#root script').count(), url).toBe(0);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('sign-in', () => {
  it('sends an unsigned visitor to sign-in and back to the same page afterwards', async () => {
    const probe = await fetch(`${baseUrl}/api/cases?limit=1`);
    if (probe.status !== 401) return; // a server without sign-in lets everyone in
    const { page } = await openPage(browser(), 'desktop');
    await page.goto(`${baseUrl}/cases?state=cleared`);
    await page.waitForURL(`${baseUrl}/sign-in?returnTo=${encodeURIComponent('/cases?state=cleared')}`);
    await page.getByLabel('Username').fill('officer');
    await page.locator('input[type="password"]').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The username or password is not right.').waitFor();
    await page.locator('input[type="password"]').fill('demo-officer-pass');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${baseUrl}/cases?state=cleared`);
    await waitForPageReady(page);
    expect(await page.locator('h1').innerText()).toBe('Cases');
    await page.context().close();
  });
});

describe('conflicting edits', () => {
  it('reload the case after a 412 and say what changed', async () => {
    const [target] = (await getJson<{ items: CaseRow[] }>(baseUrl, '/api/cases?limit=1', headers)).items;
    if (target === undefined) throw new Error('the demo seed has no cases');
    const { page, problems } = await openPage(browser(), 'desktop', { signedIn: true, baseUrl });
    await page.goto(`${baseUrl}/cases/${target.id}`);
    await waitForPageReady(page);
    const field = page.getByLabel('External ID', { exact: true });
    await field.waitFor();
    // Someone else saves first, with the version the page also read.
    const current = await fetch(`${baseUrl}/api/cases/${target.id}`, { headers });
    await sendJson(baseUrl, 'PATCH', `/api/cases/${target.id}`, { externalId: 'CHANGED-ELSEWHERE' }, { ...headers, 'if-match': current.headers.get('etag') ?? '' });
    await field.fill('MY-EDIT');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('This case changed since you opened it').waitFor();
    expect(await page.getByRole('alert', { name: 'This case changed since you opened it' }).innerText()).toContain(`externalId: ${target.externalId ?? '(empty)'} → CHANGED-ELSEWHERE`);
    await saveScreenshot(page, 'case-conflict-desktop');
    // The second attempt carries the new ETag and succeeds.
    await page.getByLabel('External ID', { exact: true }).fill('MY-EDIT');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    const saved = await getJson<CaseRow>(baseUrl, `/api/cases/${target.id}`, headers);
    expect(saved.externalId).toBe('MY-EDIT');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
