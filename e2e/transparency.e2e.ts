import { describe, expect, inject, it } from 'vitest';
import { openPage, saveScreenshot, seriousAxeViolations, VIEWPORTS, type ViewportName, useChromium } from './support/browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('the public transparency report at the %s width', (viewport) => {
  it('renders without sign-in, states its method, draws its charts, and has no serious axe violations', async () => {
    const { page, problems } = await openPage(browser(), viewport);
    const response = await page.goto(`${baseUrl}/transparency`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').first().innerText()).toBe('Third-country relocation program: transparency report');
    expect(await page.locator('#method-heading + p').innerText()).toMatch(/^Counts from 1 to 4 are suppressed/);
    expect(await page.locator('svg[role="img"]').count()).toBe(3);
    expect(await page.locator('script').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, `transparency-${viewport}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
