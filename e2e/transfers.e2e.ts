import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_ACCOUNTS, getJson, signInHeaders, type CaseRow, type DemoAccount } from './support/api.js';
import { clearedRwandaCase, ensureRwandaCapacity } from './support/cleared-case.js';
import { localDateTimeFromNow } from './support/local-time.js';
import { openPage, saveScreenshot, seriousAxeViolations, VIEWPORTS, waitForPageReady, type ViewportName, useChromium } from './support/browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

async function checkPage(page: Page, path: string, name: string, viewport: ViewportName): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-loading]') === null);
  expect(await seriousAxeViolations(page), `${path} at ${viewport}`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${path} scrolls sideways at ${viewport}`).toBeLessThanOrEqual(0);
  await saveScreenshot(page, `${name}-${viewport}`);
}

async function open(account: DemoAccount, viewport: ViewportName, path: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(browser(), viewport, { signedIn: true, baseUrl, account });
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

  it('builds, locks, departs, boards and arrives: the preparer may not lock, the supervisor does, the Rwandan liaison confirms arrival', async () => {
    const officerApi = await signInHeaders(baseUrl, DEMO_ACCOUNTS.officer);
    const agreement = await getJson<{ agreement: { id: string } }>(baseUrl, '/api/agreements/us-rw-2025', officerApi);
    await ensureRwandaCapacity(baseUrl, 2);
    // Two cases cleared through every safeguard by the real API (see support/cleared-case.ts).
    const travellers = [await clearedRwandaCase(baseUrl, agreement.agreement.id, 'Traveller A'), await clearedRwandaCase(baseUrl, agreement.agreement.id, 'Traveller B')];
    const ours = travellers.map((item) => item.reference).sort();
    const allCases = await getJson<{ items: CaseRow[] }>(baseUrl, `/api/cases?agreementId=${agreement.agreement.id}&limit=200`, officerApi);
    const cleared = allCases.items.filter((item) => item.state === 'cleared').map((item) => item.reference).sort();
    expect(allCases.items.some((item) => item.state !== 'cleared')).toBe(true);

    const officer = await open(DEMO_ACCOUNTS.officer, 'desktop', '/transfers');
    const reference = `TR-E2E-RW-${Date.now()}`;
    await officer.page.getByRole('combobox', { name: 'Agreement' }).click();
    await officer.page.getByRole('option', { name: /^us-rw-2025 / }).click();
    await officer.page.getByRole('textbox', { name: 'Reference' }).fill(reference);
    // Within the hours before a scheduled departure in which it may be recorded.
    await officer.page.getByLabel('Scheduled departure').fill(localDateTimeFromNow(60 * 60_000));
    await officer.page.getByRole('button', { name: 'Create transfer' }).click();
    await officer.page.getByRole('heading', { level: 1, name: `Transfer ${reference}` }).waitFor();
    await waitForPageReady(officer.page);
    const transferPath = new URL(officer.page.url()).pathname;

    // The builder offers the agreement's cleared cases and nothing else (not intake, not proposed, not relocated).
    const builder = officer.page.getByRole('region', { name: 'Add cleared cases' });
    const offered = await builder.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    expect(offered.sort()).toEqual(cleared);
    for (const travellerReference of ours) await builder.getByRole('checkbox', { name: travellerReference }).check();
    await builder.getByRole('button', { name: 'Add to manifest' }).click();
    const added = officer.page.locator('[role="status"]:has-text("to the manifest"), [data-outcome="refused"]').first();
    await added.waitFor();
    expect(await added.innerText()).toBe('Added 2 cases to the manifest.');
    const manifest = officer.page.getByRole('region', { name: 'Manifest' });
    expect((await manifest.locator('tbody th').allInnerTexts()).sort()).toEqual(ours);

    // Separation of duties: the officer who prepared the manifest may not lock it.
    await officer.page.getByRole('button', { name: 'Lock manifest' }).click();
    const refused = officer.page.locator('[data-outcome="refused"]');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('The same person may not prepare and approve the same work.');
    await checkPage(officer.page, transferPath, 'transfer-planned-officer', 'desktop');
    expect(officer.problems).toEqual([]);
    await officer.page.context().close();

    const supervisor = await open(DEMO_ACCOUNTS.supervisor, 'desktop', transferPath);
    await supervisor.page.getByRole('button', { name: 'Lock manifest' }).click();
    await supervisor.page.getByRole('status').filter({ hasText: 'Manifest locked and signed.' }).waitFor();
    await supervisor.page.getByText('Signed snapshot of 2 case(s)', { exact: false }).waitFor();
    expect(supervisor.problems).toEqual([]);
    await supervisor.page.context().close();

    // Departure gate, then boarding reconciliation, as the officer.
    const departing = await open(DEMO_ACCOUNTS.officer, 'phone', transferPath);
    await departing.page.getByRole('button', { name: 'Record departure' }).click();
    const departed = departing.page.locator('[role="status"]:has-text("Departed"), [data-outcome="refused"]').first();
    await departed.waitFor();
    expect(await departed.innerText()).toBe('Departed with 2 case(s); 0 removed at the departure gate.');
    await departing.page.getByRole('button', { name: 'Record everyone on the manifest as boarded' }).click();
    await departing.page.getByRole('status').filter({ hasText: '2 boarded, 0 not boarded.' }).waitFor();
    expect(await departing.page.getByRole('region', { name: 'Manifest' }).locator('tbody td').allInnerTexts()).toEqual(['Boarded', 'Boarded']);
    await checkPage(departing.page, transferPath, 'transfer-departed-officer', 'phone');
    expect(departing.problems).toEqual([]);
    await departing.page.context().close();

    // The receiving state's liaison confirms arrival: both people are relocated.
    const liaison = await open(DEMO_ACCOUNTS.liaison, 'desktop', transferPath);
    await liaison.page.getByRole('button', { name: 'Confirm arrival' }).click();
    await liaison.page.getByRole('status').filter({ hasText: 'Arrival confirmed: 2 relocated, 0 returned.' }).waitFor();
    await checkPage(liaison.page, transferPath, 'transfer-arrived-liaison', 'desktop');
    expect(liaison.problems).toEqual([]);
    await liaison.page.context().close();
    for (const traveller of travellers) expect((await getJson<CaseRow>(baseUrl, `/api/cases/${traveller.id}`, officerApi)).state).toBe('relocated');
  });
});
