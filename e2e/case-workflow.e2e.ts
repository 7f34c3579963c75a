import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_ACCOUNTS, getJson, sendJson, signInHeaders, type CaseRow, type DemoAccount, type PersonRow } from './support/api.js';
import { ensureRwandaCapacity } from './support/cleared-case.js';
import { localDateTimeFromNow } from './support/local-time.js';
import { openPage, saveScreenshot, seriousAxeViolations, waitForPageReady, useChromium } from './support/browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

async function openCase(account: DemoAccount, caseId: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(browser(), 'desktop', { signedIn: true, baseUrl, account });
  await opened.page.goto(`${baseUrl}/cases/${caseId}`);
  await waitForPageReady(opened.page);
  return opened;
}

/** Takes a workflow step through the confirm form and waits for its outcome. */
async function takeStep(page: Page, step: string, fill?: (page: Page) => Promise<void>): Promise<void> {
  await page.getByRole('group', { name: 'Workflow steps' }).getByRole('button', { name: step, exact: true }).click();
  if (fill) await fill(page);
  await page.getByRole('button', { name: `Confirm: ${step}` }).click();
  const outcome = page.locator('[role="status"]:has-text("Done:"), [role="alert"]').first();
  await outcome.waitFor();
  expect(await outcome.innerText()).toBe(`Done: ${step}.`);
}

async function openFactForm(page: Page, name: string): Promise<void> {
  await page.getByRole('group', { name: 'Record a fact' }).getByRole('button', { name, exact: true }).click();
}

async function recorded(page: Page, what: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: `Recorded: ${what}.` }).waitFor();
}

/** The safeguard checklist's outcome for one safeguard, as the page shows it. */
async function checklistOutcome(page: Page, safeguardId: string): Promise<string> {
  const row = page.getByRole('region', { name: 'Safeguard checklist' }).locator('tbody tr').filter({ hasText: safeguardId });
  return row.locator('td').nth(1).innerText();
}

describe('a case from intake to cleared, in the browser', () => {
  it('officer, receiving liaison and supervisor take a fresh case through every gate; a safeguard blocks, then passes once the fact is recorded', async () => {
    // A fresh intake case under the ICE 2025 rule set (the person speaks Spanish, a Honduran national).
    const officerApi = await signInHeaders(baseUrl, DEMO_ACCOUNTS.officer);
    await ensureRwandaCapacity(baseUrl, 1);
    const person = await sendJson<PersonRow>(baseUrl, 'POST', '/api/people', { givenNames: 'Lucía', familyName: `Workflow${Date.now()}`, birthDate: '1990-01-01', nationalities: ['HN'], languages: ['es'] }, officerApi);
    const opened = await sendJson<CaseRow>(baseUrl, 'POST', '/api/cases', { personId: person.id, ruleSetId: 'us-ice-2025-07' }, officerApi);
    expect(opened.state).toBe('intake');

    const officer = await openCase(DEMO_ACCOUNTS.officer, opened.id);
    const page = officer.page;

    // 1. Blocked: no removal order on file. The alert names the safeguard, its authority and the reason.
    await page.getByRole('group', { name: 'Workflow steps' }).getByRole('button', { name: 'Begin designation review' }).click();
    await page.getByRole('button', { name: 'Confirm: Begin designation review' }).click();
    const blocked = page.getByRole('alert', { name: 'Begin designation review is blocked by a safeguard' });
    await blocked.waitFor();
    expect(await blocked.innerText()).toContain('US-ORDER-FINAL');
    expect(await blocked.locator('[data-finding-reason]').innerText()).toBe('No removal order is on file for this case.');
    expect(await blocked.locator('[data-finding-citations]').innerText()).toContain('INA 240 (8 U.S.C. 1229a)');
    expect(await checklistOutcome(page, 'US-ORDER-FINAL')).toBe('Blocks');
    await saveScreenshot(page, 'workflow-blocked-desktop');

    // 2. Record the removal order through the form; the same safeguard now passes.
    await openFactForm(page, 'Removal order');
    await page.getByLabel('Authority').selectOption('ina_240');
    await page.getByLabel('Order issued').fill('2025-05-01T08:00');
    await page.getByLabel('Final since').fill('2025-06-01T08:00');
    await page.getByLabel('Countries named in the order').fill('HN');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Record removal order' }).click();
    await recorded(page, 'removal order');
    await page.waitForFunction(() => document.querySelector('[data-loading]') === null);
    await expect.poll(() => checklistOutcome(page, 'US-ORDER-FINAL')).toBe('Passes');
    await takeStep(page, 'Begin designation review');
    await page.getByText('Designation review', { exact: true }).first().waitFor();

    // 3. Designation under INA 241(b)(2): every earlier step failed with a reason, Rwanda will accept.
    await openFactForm(page, 'Designation record');
    for (const step of ['Nationality', 'Birth', 'Birthplace sovereign at birth', 'Birthplace sovereign now']) {
      await page.getByLabel(`${step}: country`, { exact: true }).fill('HN');
      await page.getByLabel(`${step}: why it failed`, { exact: true }).selectOption('declined_to_accept');
    }
    await page.getByLabel('Designated by person: why it failed').selectOption('not_designated');
    for (const step of ['Designated by person', 'Nationality', 'Admission', 'Embarkation', 'Prior residence', 'Birth', 'Birthplace sovereign at birth', 'Birthplace sovereign now']) {
      await page.getByLabel(`${step}: explanation`, { exact: true }).fill('Checked with the consulate; recorded by the browser test.');
    }
    await page.getByLabel('Will accept: country').fill('RW');
    await page.getByLabel('Will accept: result').selectOption('chosen');
    await page.getByLabel('Will accept: explanation').fill('Accepts under the reported arrangement.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Record designation' }).click();
    await recorded(page, 'designation record');
    await openFactForm(page, 'Monitoring plan');
    await page.getByRole('textbox', { name: 'Monitor' }).fill('Independent monitor (demo)');
    await page.getByRole('button', { name: 'Record monitoring plan' }).click();
    await recorded(page, 'monitoring plan');
    const agreement = await getJson<{ agreement: { id: string } }>(baseUrl, '/api/agreements/us-rw-2025', officerApi);
    await takeStep(page, 'Propose country', async (form) => {
      await form.getByRole('combobox', { name: 'Receiving country' }).fill('Rwanda');
      await form.getByRole('option', { name: /Rwanda/ }).first().click();
      await form.getByRole('combobox', { name: 'Agreement' }).click();
      await form.getByRole('option', { name: /^us-rw-2025 / }).click();
    });
    const proposed = await getJson<CaseRow & { agreementId: string }>(baseUrl, `/api/cases/${opened.id}`, officerApi);
    expect([proposed.state, proposed.destinationCountry, proposed.agreementId]).toEqual(['country_proposed', 'RW', agreement.agreement.id]);

    // 4. The receiving state's liaison accepts the person in their own view.
    const liaison = await openPage(browser(), 'desktop', { signedIn: true, baseUrl, account: DEMO_ACCOUNTS.liaison });
    await liaison.page.goto(`${baseUrl}/liaison`);
    await waitForPageReady(liaison.page);
    await liaison.page.getByRole('button', { name: `Review ${opened.reference}` }).click();
    const panel = liaison.page.getByRole('region', { name: `Case ${opened.reference}` });
    await panel.getByRole('button', { name: 'Accept' }).click();
    await panel.getByRole('status').filter({ hasText: 'Accepted at' }).waitFor();
    expect(liaison.problems).toEqual([]);
    await liaison.page.context().close();

    // 5. The officer renders the notice in Spanish, records its service three days ago, and serves.
    await page.reload();
    await waitForPageReady(page);
    await openFactForm(page, 'Serve notice');
    await page.getByLabel('Notice language').selectOption('es');
    await page.getByLabel('Served at').fill(localDateTimeFromNow(-3 * 86_400_000));
    await page.getByRole('button', { name: 'Render and record service' }).click();
    await recorded(page, 'notice served');
    // The rendered notice is a document of the case now.
    await page.getByRole('region', { name: 'Documents' }).getByRole('link', { name: `Third-country removal notice (es) ${opened.reference}` }).waitFor();
    await takeStep(page, 'Serve notice');
    // Clearing needs a second person: the officer is not offered the step.
    expect(await page.getByRole('group', { name: 'Workflow steps' }).getByRole('button').allInnerTexts()).not.toContain('Clear');
    expect(officer.problems).toEqual([]);
    await page.context().close();

    // 6. The supervisor clears it: every departure safeguard passes or is only waiting on time.
    const supervisor = await openCase(DEMO_ACCOUNTS.supervisor, opened.id);
    await takeStep(supervisor.page, 'Clear');
    await supervisor.page.getByText('Cleared', { exact: true }).first().waitFor();
    const cleared = await getJson<CaseRow>(baseUrl, `/api/cases/${opened.id}`, officerApi);
    expect(cleared.state).toBe('cleared');
    const safeguards = await getJson<{ items: { safeguardId: string; finding: { outcome: string } }[] }>(baseUrl, `/api/cases/${opened.id}/safeguards`, officerApi);
    expect(safeguards.items.filter((item) => item.finding.outcome === 'block').map((item) => item.safeguardId)).toEqual([]);
    await saveScreenshot(supervisor.page, 'workflow-cleared-desktop');
    expect(await seriousAxeViolations(supervisor.page)).toEqual([]);
    expect(supervisor.problems).toEqual([]);
    await supervisor.page.context().close();
  });
});
