import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_ACCOUNTS, getJson, signInHeaders, type DemoAccount } from './support/api.js';
import { openPage, saveScreenshot, seriousAxeViolations, VIEWPORTS, waitForPageReady, type ViewportName, useChromium } from './support/browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

// demo/cables/2025-03-13-kigali-tcn-acceptance.txt: CONFIDENTIAL cable whose SBU summary says "third-country nationals".
const CABLE_TITLE = 'RWANDA SIGNALS WILLINGNESS TO ACCEPT THIRD-COUNTRY NATIONALS FROM THE UNITED STATES';

// A cable written for this test: the invented word appears in an SBU and a CONFIDENTIAL paragraph.
const UPLOADED_WORD = 'zephyrine';
const UPLOADED_TITLE = 'KIGALI DESCRIBES ZEPHYRINE RECEPTION CENTRE FOR ACCEPTED PERSONS';
const UPLOADED_CABLE = `P 201200Z MAR 25
FM AMEMBASSY KIGALI
TO SECSTATE WASHDC PRIORITY 0456

C O N F I D E N T I A L KIGALI 000456

E.O. 13526: DECL: 03/20/2035
TAGS: PREF, RW, US
SUBJECT: KIGALI DESCRIBES ZEPHYRINE RECEPTION CENTRE FOR ACCEPTED
PERSONS

Classified By: Charge d'Affaires Jordan Q. Example, Reasons 1.4 (b) and (d)

1. (U) ILLUSTRATIVE CABLE WRITTEN FOR THE WAYPOINT BROWSER TEST.

2. (SBU) Summary: Officials showed Emboffs the Zephyrine reception
centre where accepted persons would stay. End summary.

3. (C) Officials said the Zephyrine centre has no independent monitor
and that its capacity is smaller than announced.

CONFIDENTIAL
`;

interface DocumentView { id: string; withheldNumbers: number[]; paragraphs: { number: number; visible: boolean }[] }

async function checkPage(page: Page, name: string, viewport: ViewportName): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-loading]') === null);
  expect(await seriousAxeViolations(page), `${name} at ${viewport}`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways at ${viewport}`).toBeLessThanOrEqual(0);
  await saveScreenshot(page, `${name}-${viewport}`);
}

/** Searches "nationals", opens the Kigali cable from its hit, and returns which paragraphs read as withheld. */
async function searchAndRead(account: DemoAccount, viewport: ViewportName, name: string): Promise<{ withheld: number[]; markers: string[] }> {
  const { page, problems } = await openPage(browser(), viewport, { signedIn: true, baseUrl, account });
  await page.goto(`${baseUrl}/documents`);
  await waitForPageReady(page);
  await page.getByRole('textbox', { name: 'Words' }).fill('nationals');
  await page.getByRole('button', { name: 'Search' }).click();
  const hit = page.locator('[data-hit]').filter({ hasText: CABLE_TITLE }).first();
  await hit.waitFor();
  // Matches are real <mark> elements built from text, and no markup leaks as text.
  expect((await hit.locator('[data-snippet] mark').allInnerTexts()).map((text) => text.toLowerCase())).toContain('nationals');
  expect(await hit.locator('[data-snippet]').innerText()).not.toContain('<mark>');
  await checkPage(page, `documents-search-${name}`, viewport);
  await hit.getByRole('link', { name: CABLE_TITLE }).click();
  await page.getByRole('heading', { level: 1, name: CABLE_TITLE }).waitFor();
  await waitForPageReady(page);
  const withheld = (await page.locator('[data-withheld]').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-paragraph')))));
  const markers = await page.locator('[data-withheld]').allInnerTexts();
  await checkPage(page, `document-reader-${name}`, viewport);
  expect(problems).toEqual([]);
  await page.context().close();
  return { withheld, markers };
}

describe('documents', () => {
  it('the SECRET diplomat reads paragraphs the SBU officer sees as withheld markers, after searching the same word', async () => {
    const officerHeaders = await signInHeaders(baseUrl, DEMO_ACCOUNTS.officer);
    const hits = await getJson<{ items: { documentId: string; title: string }[] }>(baseUrl, '/api/documents/search?q=nationals', officerHeaders);
    const cable = hits.items.find((item) => item.title === CABLE_TITLE);
    if (cable === undefined) throw new Error('the demo cable is not found by the officer');
    const asOfficer = await getJson<DocumentView>(baseUrl, `/api/documents/${cable.documentId}`, officerHeaders);
    expect(asOfficer.withheldNumbers.length).toBeGreaterThan(0);

    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      const diplomat = await searchAndRead(DEMO_ACCOUNTS.diplomat, viewport, 'diplomat');
      const officer = await searchAndRead(DEMO_ACCOUNTS.officer, viewport, 'officer');
      expect(diplomat.withheld).toEqual([]);
      expect(officer.withheld).toEqual(asOfficer.withheldNumbers);
      expect(officer.markers).toEqual(asOfficer.withheldNumbers.map((number) => `[paragraph ${number} withheld: CONFIDENTIAL]`));
    }
  });

  it('shows a malformed cable import as readable line problems', async () => {
    const { page, problems } = await openPage(browser(), 'desktop', { signedIn: true, baseUrl, account: DEMO_ACCOUNTS.officer });
    await page.goto(`${baseUrl}/documents`);
    await waitForPageReady(page);
    await page.getByRole('textbox', { name: 'Cable text' }).fill('NOT A CABLE\n1. (U) text');
    await page.getByRole('button', { name: 'Import cable' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Not imported' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('The cable is malformed; see the listed lines.');
    expect(await alert.locator('li').first().innerText()).toMatch(/^Line \d+: ./);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a cable uploaded in the browser by the SECRET diplomat is found by both clearances, the SBU officer seeing only its SBU paragraph', async () => {
    const diplomat = await openPage(browser(), 'desktop', { signedIn: true, baseUrl, account: DEMO_ACCOUNTS.diplomat });
    await diplomat.page.goto(`${baseUrl}/documents`);
    await waitForPageReady(diplomat.page);
    await diplomat.page.getByRole('textbox', { name: 'Cable text' }).fill(UPLOADED_CABLE);
    await diplomat.page.getByRole('button', { name: 'Import cable' }).click();
    const imported = diplomat.page.locator('[role="status"]:has-text("Imported"), [role="alert"]').first();
    await imported.waitFor();
    expect(await imported.innerText()).toBe(`Imported: ${UPLOADED_TITLE}`);

    const hitsFor = async (page: Page): Promise<string[]> => {
      await page.goto(`${baseUrl}/documents`);
      await waitForPageReady(page);
      await page.getByRole('textbox', { name: 'Words' }).fill(UPLOADED_WORD);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/q=/);
      await waitForPageReady(page);
      // Both clearances find the cable; the hits of one search arrive together.
      await page.locator('[data-hit]').filter({ hasText: UPLOADED_TITLE }).first().waitFor();
      return page.locator('[data-hit]').filter({ hasText: UPLOADED_TITLE }).locator('p').filter({ hasText: /paragraph \d+/ }).allInnerTexts();
    };
    // The diplomat finds the word in the SBU summary and in the CONFIDENTIAL body.
    expect(await hitsFor(diplomat.page)).toEqual(expect.arrayContaining([expect.stringContaining('paragraph 2 (SBU)'), expect.stringContaining('paragraph 3 (CONFIDENTIAL)')]));
    expect(await hitsFor(diplomat.page)).toHaveLength(2);
    await checkPage(diplomat.page, 'documents-uploaded-diplomat', 'desktop');
    expect(diplomat.problems).toEqual([]);
    await diplomat.page.context().close();

    // The SBU officer finds the same cable, but only by the paragraph they may read.
    const officer = await openPage(browser(), 'phone', { signedIn: true, baseUrl, account: DEMO_ACCOUNTS.officer });
    const officerHits = await hitsFor(officer.page);
    expect(officerHits).toHaveLength(1);
    expect(officerHits[0]).toContain('paragraph 2 (SBU)');
    await officer.page.locator('[data-hit]').filter({ hasText: UPLOADED_TITLE }).getByRole('link', { name: UPLOADED_TITLE }).click();
    await officer.page.getByRole('heading', { level: 1, name: UPLOADED_TITLE }).waitFor();
    await waitForPageReady(officer.page);
    expect(await officer.page.locator('[data-withheld]').allInnerTexts()).toEqual(['[paragraph 3 withheld: CONFIDENTIAL]']);
    await checkPage(officer.page, 'document-uploaded-officer', 'phone');
    expect(officer.problems).toEqual([]);
    await officer.page.context().close();
  });

  it('uploads a PDF and a text file from the documents page; the text file is searchable, the PDF keeps its SHA-256', async () => {
    const { page, problems } = await openPage(browser(), 'desktop', { signedIn: true, baseUrl, account: DEMO_ACCOUNTS.officer });
    await page.goto(`${baseUrl}/documents`);
    await waitForPageReady(page);
    const form = page.getByRole('region', { name: 'Upload a file' });
    const pdf = Buffer.from('%PDF-1.4\n% stay order uploaded by the browser test\n');
    await form.getByRole('textbox', { name: 'Title' }).fill('Stay order (browser test)');
    await form.getByLabel('File (PDF or text, at most 5 MiB)').setInputFiles({ name: 'stay-order.pdf', mimeType: 'application/pdf', buffer: pdf });
    await form.getByRole('button', { name: 'Upload file' }).click();
    const uploaded = form.locator('[role="status"], [role="alert"]').first();
    await uploaded.waitFor();
    expect(await uploaded.innerText()).toBe(`Uploaded: Stay order (browser test) (SHA-256 ${createHash('sha256').update(pdf).digest('hex')})`);

    await form.getByRole('textbox', { name: 'Title' }).fill('Reception notes (browser test)');
    await form.getByLabel('File (PDF or text, at most 5 MiB)').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Notes on the quillwort shelter.\n\nA second paragraph.') });
    await form.getByRole('button', { name: 'Upload file' }).click();
    await form.getByRole('status').filter({ hasText: 'Uploaded: Reception notes (browser test)' }).waitFor();
    await page.getByRole('textbox', { name: 'Words' }).fill('quillwort');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('[data-hit]').filter({ hasText: 'Reception notes (browser test)' }).waitFor();
    await checkPage(page, 'documents-uploaded-files', 'desktop');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
