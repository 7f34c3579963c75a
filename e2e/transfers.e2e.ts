import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_ACCOUNTS, getJson, signInHeaders, type DemoAccount } from './support/api.js';
import { launchChromium, openPage, saveScreenshot, seriousAxeViolations, VIEWPORTS, waitForPageReady, type ViewportName } from './support/browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function checkPage(page: Page, path: string, name: string, viewport: ViewportName): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-loading]') === null);
  expect(await seriousAxeViolations(page), `${path} at ${viewport}`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${path} scrolls sideways at ${viewport}`).toBeLessThanOrEqual(0);
  await saveScreenshot(page, `${name}-${viewport}`);
}

async function open(account: DemoAccount, viewport: ViewportName, path: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(browser, viewport, { signedIn: true, baseUrl, account });
  await opened.page.goto(`${baseUrl}${path}`);
  await waitForPageReady(opened.page);
  return opened;
}

describe('transfers', () => {
  it('an officer plans a transfer and adds cleared cases; a supervisor tries to lock it', async () => {
    const officer = await signInHeaders(baseUrl, DEMO_ACCOUNTS.officer);
    const agreement = await getJson<{ agreement: { id: string } }>(baseUrl, '/api/agreements/us-sz-2025', officer);
    const cleared = await getJson<{ items: { id: string; reference: string }[] }>(baseUrl, `/api/cases?state=cleared&agreementId=${agreement.agreement.id}&limit=200`, officer);
    expect(cleared.items.length).toBeGreaterThan(0);

    // The officer creates the transfer through the form.
    const { page, problems } = await open(DEMO_ACCOUNTS.officer, 'desktop', '/transfers');
    await page.getByRole('combobox', { name: 'Agreement' }).click();
    await page.getByRole('option', { name: /^us-sz-2025 / }).click();
    await page.getByRole('textbox', { name: 'Reference' }).fill('TR-E2E-SZ-1');
    await page.getByRole('button', { name: 'Create transfer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Transfer TR-E2E-SZ-1' }).waitFor();
    await waitForPageReady(page);
    const transferPath = new URL(page.url()).pathname;

    // The builder offers exactly the agreement's cleared cases.
    const builder = page.getByRole('region', { name: 'Add cleared cases' });
    expect((await builder.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => ((box as HTMLInputElement).labels?.[0]?.textContent ?? '')))).sort()).toEqual(cleared.items.map((item) => item.reference).sort());
    for (const box of await builder.getByRole('checkbox').all()) await box.check();
    await builder.getByRole('button', { name: 'Add to manifest' }).click();
    const outcome = page.locator('[role="status"]:has-text("to the manifest"), [data-outcome="refused"]').first();
    await outcome.waitFor();
    if ((await outcome.getAttribute('data-outcome')) === 'refused') {
      // Refused: each case's reasons are listed as words, under its reference.
      expect(await outcome.innerText()).toContain('A case cannot go on this manifest; see the listed cases.');
      const rows = outcome.locator('[data-refused-case]');
      expect(await rows.count()).toBeGreaterThan(0);
      for (const text of await rows.allInnerTexts()) expect(text).toMatch(/^WP-\d{4}-\d+: [A-Z][a-z ]+/);
    } else {
      await page.getByRole('region', { name: 'Manifest' }).locator('tbody tr').first().waitFor();
      expect(await page.getByRole('region', { name: 'Manifest' }).locator('tbody tr').count()).toBe(cleared.items.length);
    }
    expect(await page.getByRole('link', { name: /Printable manifest/ }).getAttribute('href')).toMatch(/^\/api\/transfers\/[0-9a-f-]+\/manifest\.html$/);
    await checkPage(page, transferPath, 'transfer-officer', 'desktop');
    expect(problems).toEqual([]);
    await page.context().close();

    // The supervisor (who did not prepare it) locks, or reads why not.
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      const supervisor = await open(DEMO_ACCOUNTS.supervisor, viewport, transferPath);
      if (viewport === 'desktop') {
        await supervisor.page.getByRole('button', { name: 'Lock manifest' }).click();
        const result = supervisor.page.locator('[role="status"]:has-text("Manifest locked"), [data-outcome="refused"]').first();
        await result.waitFor();
        const text = await result.innerText();
        // Locked, or a readable refusal from the message table (an empty manifest cannot be locked).
        expect(text).toMatch(/Manifest locked and signed\.|A manifest without cases cannot be locked\.|Some cases on the manifest do not pass/);
      }
      await checkPage(supervisor.page, transferPath, 'transfer-supervisor', viewport);
      expect(supervisor.problems).toEqual([]);
      await supervisor.page.context().close();
    }
  });
});
