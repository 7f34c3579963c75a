import { beforeAll, describe, expect, inject, it } from 'vitest';
import { getJson, signInHeaders, type CaseRow } from './support/api.js';
import { openPage, saveScreenshot, seriousAxeViolations, VIEWPORTS, waitForPageReady, type ViewportName, useChromium } from './support/browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();
let headers: Record<string, string>;

/** The last case in a state (other files use the first case of the list). */
async function lastCaseIn(state: string): Promise<CaseRow> {
  const items = (await getJson<{ items: CaseRow[] }>(baseUrl, `/api/cases?state=${state}&limit=100`, headers)).items;
  const found = items.at(-1);
  if (found === undefined) throw new Error(`the demo seed has no ${state} case`);
  return found;
}

beforeAll(async () => {
  headers = await signInHeaders(baseUrl);
});

describe('case workflow actions (officer)', () => {
  it('shows a safeguard block with its safeguard, reason and earliest pass, and records it in the timeline', async () => {
    const target = await lastCaseIn('intake');
    const { page, problems } = await openPage(browser(), 'desktop', { signedIn: true, baseUrl });
    await page.goto(`${baseUrl}/cases/${target.id}`);
    await waitForPageReady(page);
    const steps = page.getByRole('group', { name: 'Workflow steps' });
    expect(await steps.getByRole('button').allInnerTexts()).toEqual(['Begin designation review', 'Hold', 'Close']);
    await steps.getByRole('button', { name: 'Begin designation review' }).click();
    await page.getByRole('button', { name: 'Confirm: Begin designation review' }).click();
    const blocked = page.getByRole('alert', { name: 'Begin designation review is blocked by a safeguard' });
    await blocked.waitFor();
    const text = await blocked.innerText();
    expect(text).toContain('US-ORDER-FINAL');
    expect(text).toContain('No removal order is on file for this case.');
    expect(text).toContain('Earliest pass: not by time alone');
    // The blocked evaluation is a stored decision: the timeline shows it, not raw JSON.
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Blocked', { exact: true }).first().waitFor();
    expect(await timeline.innerText()).toContain('Begin designation review');
    expect(await timeline.locator('pre').count()).toBe(0);
    expect(await page.locator('h1').innerText()).toBe(`Case ${target.reference}`);
    await saveScreenshot(page, 'case-blocked-desktop');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('moves a case forward one step (hold with a reason) and shows the new state', async () => {
    const target = await lastCaseIn('designation_review');
    const { page, problems } = await openPage(browser(), 'phone', { signedIn: true, baseUrl });
    await page.goto(`${baseUrl}/cases/${target.id}`);
    await waitForPageReady(page);
    await page.getByRole('group', { name: 'Workflow steps' }).getByRole('button', { name: 'Hold' }).click();
    const confirm = page.getByRole('button', { name: 'Confirm: Hold' });
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByLabel('Reason for the hold').fill('Awaiting a court ruling on the stay motion');
    await confirm.click();
    await page.getByRole('status').filter({ hasText: 'Done: Hold.' }).waitFor();
    await page.getByText('Awaiting a court ruling on the stay motion').first().waitFor();
    const saved = await getJson<CaseRow>(baseUrl, `/api/cases/${target.id}`, headers);
    expect(saved.state).toBe('on_hold');
    // Out of on_hold the only steps are release and close.
    expect(await page.getByRole('group', { name: 'Workflow steps' }).getByRole('button').allInnerTexts()).toEqual(['Release hold', 'Close']);
    await page.getByRole('region', { name: 'Timeline' }).getByText('Allowed', { exact: true }).first().waitFor();
    await saveScreenshot(page, 'case-held-phone');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('passes axe at both widths with the propose-country form open', async () => {
    const target = await lastCaseIn('designation_review');
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      const { page, problems } = await openPage(browser(), viewport, { signedIn: true, baseUrl });
      const proposable = (await getJson<{ items: CaseRow[] }>(baseUrl, '/api/cases?state=designation_review&limit=100', headers)).items.find((item) => item.id !== target.id);
      if (proposable === undefined) throw new Error('no second designation_review case');
      await page.goto(`${baseUrl}/cases/${proposable.id}`);
      await waitForPageReady(page);
      await page.getByRole('group', { name: 'Workflow steps' }).getByRole('button', { name: 'Propose country' }).click();
      await page.getByRole('combobox', { name: 'Receiving country' }).waitFor();
      expect(await seriousAxeViolations(page), viewport).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, viewport).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `case-propose-form-${viewport}`);
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });
});
