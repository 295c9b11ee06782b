import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, startApi, type TestApi } from './api-harness.js';

const CHROMIUM = '/usr/bin/chromium';

let api: TestApi;
let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}; install it with sh scripts/install-browser.sh`);
  api = await startApi([FIXTURES]);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('the GraphQL IDE at /graphql', () => {
  it('opens in a browser with nothing from the internet and runs its example query', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    const failures: string[] = [];
    const origin = new URL(api.url).origin;
    page.on('request', (r) => { if (!/^(blob|data):/.test(r.url()) && !r.url().startsWith(origin)) elsewhere.push(r.url()); });
    page.on('pageerror', (e) => failures.push(String(e)));
    await page.goto(api.url);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await page.locator('.graphiql-execute-button').first().click();
    await page.waitForFunction(() => document.body.innerText.includes('"totalCount"'), null, { timeout: 30_000 });
    expect(await page.evaluate(() => document.body.innerText)).toContain('Regionstyrelsen');
    expect(elsewhere).toEqual([]);
    expect(failures).toEqual([]);
    await page.close();
  });
});
