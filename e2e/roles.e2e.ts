import { describe, expect, inject, it } from 'vitest';
import { DEMO_ACCOUNTS, getJson, signInHeaders, type CaseRow } from './support/api.js';
import { openPage, saveScreenshot, seriousAxeViolations, VIEWPORTS, waitForPageReady, type ViewportName, useChromium } from './support/browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/** Where each demo role starts its day. */
const LANDINGS: Record<keyof typeof DEMO_ACCOUNTS, { path: string; heading: string }> = {
  officer: { path: '/cases', heading: 'Cases' },
  supervisor: { path: '/cases', heading: 'Cases' },
  diplomat: { path: '/agreements', heading: 'Agreements' },
  legal: { path: '/rulesets', heading: 'Rule sets' },
  counsel: { path: '/counsel', heading: 'My clients' },
  liaison: { path: '/liaison', heading: 'Proposed persons' },
  oversight: { path: '/audit', heading: 'Audit' },
  admin: { path: '/', heading: 'Dashboard' },
};

describe('every demo role', () => {
  it('signs in and lands on its page without errors', async () => {
    for (const [role, { path, heading }] of Object.entries(LANDINGS) as [keyof typeof DEMO_ACCOUNTS, { path: string; heading: string }][]) {
      const { page, problems } = await openPage(browser(), 'desktop', { signedIn: true, baseUrl, account: DEMO_ACCOUNTS[role] });
      await page.goto(`${baseUrl}${path}`);
      await waitForPageReady(page);
      expect(await page.locator('h1').first().innerText(), role).toBe(heading);
      expect(await page.getByRole('alert').allInnerTexts(), role).toEqual([]);
      expect(problems, role).toEqual([]);
      await saveScreenshot(page, `role-${role}-desktop`);
      await page.context().close();
    }
  });
});

describe('counsel', () => {
  it('sees clients with deadlines and files a fear claim', async () => {
    const counsel = await signInHeaders(baseUrl, DEMO_ACCOUNTS.counsel);
    const target = (await getJson<{ items: CaseRow[] }>(baseUrl, '/api/cases?state=notice_served&limit=50', counsel)).items[0];
    if (target === undefined) throw new Error('counsel has no notice_served client in the demo seed');
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      const { page, problems } = await openPage(browser(), viewport, { signedIn: true, baseUrl, account: DEMO_ACCOUNTS.counsel });
      await page.goto(`${baseUrl}/counsel`);
      await waitForPageReady(page);
      expect(await page.getByRole('columnheader', { name: 'Earliest departure' }).count()).toBe(1);
      await page.getByRole('button', { name: `File a fear claim for ${target.reference}` }).click();
      const form = page.getByRole('form', { name: 'File a fear claim' });
      await form.waitFor();
      expect(await form.getByLabel('Country feared (ISO code)').inputValue()).toBe(target.destinationCountry ?? '');
      expect(await seriousAxeViolations(page), viewport).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, viewport).toBeLessThanOrEqual(0);
      if (viewport === 'desktop') {
        await form.getByRole('button', { name: 'File fear claim' }).click();
        await form.getByRole('status').filter({ hasText: 'Fear claim filed' }).waitFor();
        const facts = await getJson<unknown>(baseUrl, `/api/cases/${target.id}/facts`, counsel);
        expect(JSON.stringify(facts)).toContain('fear');
      }
      await saveScreenshot(page, `counsel-${viewport}`);
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });
});

describe('receiving liaison', () => {
  it('sees proposed persons with redacted groups shown as Redacted, and accepts one', async () => {
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      const { page, problems } = await openPage(browser(), viewport, { signedIn: true, baseUrl, account: DEMO_ACCOUNTS.liaison });
      await page.goto(`${baseUrl}/liaison`);
      await waitForPageReady(page);
      await page.getByRole('button', { name: /^Review WP-/ }).first().click();
      const panel = page.getByRole('region', { name: /^Case WP-/ });
      await panel.getByRole('button', { name: 'Accept' }).waitFor();
      // The liaison sees identity only: the medical group arrives redacted.
      expect(await panel.getByLabel('Redacted (medical)').count()).toBe(1);
      expect(await seriousAxeViolations(page), viewport).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, viewport).toBeLessThanOrEqual(0);
      if (viewport === 'phone') {
        await panel.getByRole('button', { name: 'Accept' }).click();
        await panel.getByRole('status').filter({ hasText: 'Accepted at' }).waitFor();
      }
      await saveScreenshot(page, `liaison-${viewport}`);
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });
});

describe('sign-out', () => {
  it('ends the session on the server: the old cookie is refused and a deep link goes back to sign-in', async () => {
    const { page, problems } = await openPage(browser(), 'phone', { signedIn: true, baseUrl, account: DEMO_ACCOUNTS.supervisor });
    await page.goto(`${baseUrl}/cases`);
    await waitForPageReady(page);
    const cookie = (await page.context().cookies()).find((entry) => entry.name === 'wp_session');
    if (cookie === undefined) throw new Error('no session cookie after sign-in');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${baseUrl}/sign-in`);
    // The server revoked the session itself, not only the browser's cookie.
    const reused = await fetch(`${baseUrl}/api/session`, { headers: { cookie: `${cookie.name}=${cookie.value}` } });
    expect(reused.status).toBe(401);
    await page.goto(`${baseUrl}/cases?state=cleared`);
    await page.waitForURL(`${baseUrl}/sign-in?returnTo=${encodeURIComponent('/cases?state=cleared')}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Sign in to Waypoint');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('navigation per role', () => {
  it('offers in the sidebar only the program pages the server says each role may use', async () => {
    const sidebar: Record<string, string[]> = {};
    for (const role of ['officer', 'counsel', 'oversight', 'liaison'] as const) {
      const { page, problems } = await openPage(browser(), 'desktop', { signedIn: true, baseUrl, account: DEMO_ACCOUNTS[role] });
      await page.goto(`${baseUrl}/cases`);
      await waitForPageReady(page);
      const navigation = page.getByRole('navigation', { name: 'Main' });
      // The gated entries appear once the session's abilities have arrived.
      await navigation.getByRole('link', { name: 'Documents' }).waitFor();
      sidebar[role] = await navigation.getByRole('link').allInnerTexts();
      expect(problems, role).toEqual([]);
      await page.context().close();
    }
    const records = ['Cases', 'People', 'Agreements', 'Transfers'];
    expect(sidebar.officer).toEqual(['Dashboard', ...records, 'Documents', 'Rule sets', 'My clients', 'Proposed persons', 'API docs']);
    expect(sidebar.counsel).toEqual([...records, 'Documents', 'Rule sets', 'My clients', 'Proposed persons', 'API docs']);
    expect(sidebar.oversight).toEqual(['Dashboard', ...records, 'Documents', 'Rule sets', 'Audit', 'My clients', 'Proposed persons', 'API docs']);
    expect(sidebar.liaison).toEqual([...records, 'Documents', 'My clients', 'Proposed persons', 'API docs']);
  });
});
