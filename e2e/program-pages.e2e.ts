import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_ACCOUNTS, getJson, sendJson, signInHeaders, type CaseRow, type DemoAccount } from './support/api.js';
import { openPage, saveScreenshot, seriousAxeViolations, VIEWPORTS, waitForPageReady, type ViewportName, useChromium } from './support/browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();
let officer: Record<string, string>;

interface Capacity { capacity: number | null; reserved: number; consumed: number; free: number | null }
interface Ledger { agreement: { id: string; code: string }; capacity: Capacity; obligations: unknown[]; disbursements: unknown[] }

beforeAll(async () => {
  officer = await signInHeaders(baseUrl);
});

/** Opens a page as a demo user at both widths, checks axe and sideways scrolling, saves screenshots, then runs `check` at each width. */
async function atBothWidths(account: DemoAccount, path: string, name: string, check: (page: Page, viewport: ViewportName) => Promise<void>): Promise<void> {
  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    const { page, problems } = await openPage(browser(), viewport, { signedIn: true, baseUrl, account });
    await page.goto(`${baseUrl}${path}`);
    await waitForPageReady(page);
    await check(page, viewport);
    await page.waitForFunction(() => document.querySelector('[data-loading]') === null);
    expect(await seriousAxeViolations(page), `${path} at ${viewport}`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways at ${viewport}`).toBeLessThanOrEqual(0);
    await saveScreenshot(page, `${name}-${viewport}`);
    expect(problems, path).toEqual([]);
    await page.context().close();
  }
}

describe('agreements', () => {
  it('show the capacity gauge and the payments ledger with formatted amounts', async () => {
    // The diplomat records payments: a lump-sum obligation gives the ledger a row to format.
    const diplomat = await signInHeaders(baseUrl, DEMO_ACCOUNTS.diplomat);
    const agreement = await getJson<{ agreement: { id: string } }>(baseUrl, '/api/agreements/it-al-2023', diplomat);
    await sendJson(baseUrl, 'POST', `/api/agreements/${agreement.agreement.id}/obligations`, { amount: { amountMinor: 123456789, currency: 'EUR' }, dueOn: '2026-01-15', label: 'Browser test instalment' }, diplomat);
    const ledger = await getJson<Ledger>(baseUrl, '/api/agreements/it-al-2023/ledger', officer);
    const { capacity } = ledger;
    const expected = capacity.capacity === null
      ? `${capacity.consumed} used, ${capacity.reserved} reserved; the terms state no cap`
      : `${capacity.consumed} used, ${capacity.reserved} reserved, ${capacity.free ?? 0} free of ${capacity.capacity}`;
    await atBothWidths(DEMO_ACCOUNTS.officer, '/agreements/it-al-2023', 'agreement-ledger', async (page) => {
      const section = page.getByRole('region', { name: 'Capacity and payments' });
      await section.locator('[data-capacity-summary]').waitFor();
      expect(await section.locator('[data-capacity-summary]').innerText()).toBe(expected);
      const rows = section.locator('tbody tr');
      expect(await rows.count()).toBe(ledger.obligations.length + ledger.disbursements.length);
      const row = rows.filter({ hasText: 'Browser test instalment' });
      expect(await row.locator('td').allInnerTexts()).toEqual(['2026-01-15', 'Obligation (Lump sum)', 'Browser test instalment', '€1,234,567.89']);
    });
  });

  it('chart the capacity per agreement on the dashboard, with the figures as a table', async () => {
    await atBothWidths(DEMO_ACCOUNTS.officer, '/', 'dashboard-capacity', async (page) => {
      const section = page.getByRole('region', { name: 'Capacity per agreement' });
      await section.locator('details, p').first().waitFor();
      expect(await section.getByText('Not available yet').count()).toBe(0);
      if (await section.locator('details').count() > 0) {
        await section.locator('details summary').click();
        expect(await section.locator('tbody tr').count()).toBeGreaterThan(0);
      }
    });
  });
});

describe('rule sets', () => {
  it('list profiles and safeguards with verified flags, and run a what-if as the legal reviewer', async () => {
    const legal = await signInHeaders(baseUrl, DEMO_ACCOUNTS.legal);
    const ruleSets = await getJson<{ defaultRuleSetId: string; safeguards: { id: string; verified: boolean }[] }>(baseUrl, '/api/rulesets', legal);
    const expected = await sendJson<{ total: number; blocked: number; blockedBySafeguard: Record<string, number> }>(baseUrl, 'POST', '/api/whatif', { ruleSetId: ruleSets.defaultRuleSetId }, legal);
    await atBothWidths(DEMO_ACCOUNTS.legal, '/rulesets', 'rulesets', async (page) => {
      expect(await page.locator('tr[data-safeguard]').count()).toBe(ruleSets.safeguards.length);
      const unverified = ruleSets.safeguards.filter((safeguard) => !safeguard.verified).length;
      expect(await page.locator('tr[data-safeguard]').getByText('Not verified', { exact: true }).count()).toBe(unverified);
      await page.getByRole('button', { name: 'Run what-if' }).click();
      const result = page.getByRole('region', { name: 'What-if result' });
      await result.waitFor();
      expect(await result.innerText()).toContain(`${expected.blocked} blocked`);
      for (const [safeguardId, count] of Object.entries(expected.blockedBySafeguard)) {
        expect(await result.getByRole('row', { name: new RegExp(`^${safeguardId}\\b`) }).locator('td').first().innerText(), safeguardId).toBe(String(count));
      }
    });
  });
});

describe('audit', () => {
  it('shows the latest signed checkpoint and who read a case, to oversight', async () => {
    const [target] = (await getJson<{ items: CaseRow[] }>(baseUrl, '/api/cases?limit=1', officer)).items;
    if (target === undefined) throw new Error('no case');
    await getJson(baseUrl, `/api/cases/${target.id}`, officer); // an audited read by the officer
    const oversight = await signInHeaders(baseUrl, DEMO_ACCOUNTS.oversight);
    const latest = await getJson<{ keyId: string; head: { size: number; rootHash: string } }>(baseUrl, '/api/audit/checkpoints/latest', oversight);
    await atBothWidths(DEMO_ACCOUNTS.oversight, `/audit?resourceType=case&resourceId=${target.id}`, 'audit', async (page) => {
      const checkpoint = page.getByRole('region', { name: 'Latest signed checkpoint' });
      // Checkpoints are signed as the log grows: the page shows this one or a newer one.
      expect(await checkpoint.innerText()).toContain(latest.keyId);
      expect(await checkpoint.innerText()).toMatch(/Entries covered \(tree size\)\s*[\d,]+/);
      await page.getByRole('button', { name: 'Show access report' }).click();
      const result = page.getByRole('region', { name: 'Access report result' });
      await result.waitFor();
      expect(await result.getByRole('row', { name: /^user:officer/ }).count()).toBe(1);
      expect(await result.innerText()).toContain('case.read');
    });
  });
});
