import { existsSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serve, type RunningServer } from '../src/api/index.js';
import { importPaths } from '../src/import/index.js';
import type { EmbeddedStore } from '../src/store/index.js';
import { freshStore } from './support/store.js';

/**
 * The explorer page end to end: the real server with the bundled dataset in an in-memory store,
 * driven through Debian's Chromium. CI installs the browser (scripts/install-browser.sh).
 */
const CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'sh scripts/install-browser.sh (apt-get update && apt-get install -y chromium)';
const SCREENSHOT = 'docs/explorer.png';

const RS = 'board:region-jamtland-harjedalen/regionstyrelsen';
const HSN = 'board:region-jamtland-harjedalen/halso-och-sjukvardsnamnden';
const HSN_130 = 'decision:region-jamtland-harjedalen/halso-och-sjukvardsnamnden/2020/130';
const RS_39 = 'decision:region-jamtland-harjedalen/regionstyrelsen/2020/39';
const RS_134 = 'decision:region-jamtland-harjedalen/regionstyrelsen/2020/134';
const MOTION = 'motion:elin-hoffner/motion-om-langvarig-smarta';

interface Drawn {
  nodes: Array<{ id: string; label: string; x: number; y: number; screenX: number; screenY: number }>;
  edges: Array<{ source: string; target: string; label: string }>;
}

let store: EmbeddedStore;
let server: RunningServer;
let origin: string;
let browser: Browser;
/** Decisions without a § are identified by their title, so the test asks the API for them. */
let proposedByHsn: { id: string; name: string };
let extension: { id: string; name: string };
/** Problems any page reported: script errors, failed or foreign requests. Checked after each test. */
let problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}; install it with ${INSTALL}`);
  store = await freshStore();
  await importPaths(store, ['import']);
  server = await serve(store, { port: 0, host: '127.0.0.1', env: {} });
  origin = new URL(server.url).origin;
  const later = await graphql(`{
    proposed: entity(id: "${HSN_130}") { ... on Decision { proposes { id name } } }
    extended: entity(id: "${RS_134}") { ... on Decision { extendedBy { id name } } }
  }`) as { proposed: { proposes: Array<{ id: string; name: string }> }; extended: { extendedBy: Array<{ id: string; name: string }> } };
  const [proposed] = later.proposed.proposes;
  const [extended] = later.extended.extendedBy;
  if (!proposed || !extended) throw new Error('the bundled dataset lacks the lineage of HSN 2020-12-17 § 130 or RS 2020-08-25 § 134');
  proposedByHsn = proposed;
  extension = extended;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

afterEach(() => {
  const seen = problems;
  problems = [];
  expect(seen).toEqual([]);
});

/** A page at a hash, recording anything that went wrong or left the server. */
async function openPage(hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('request', (r) => { if (!r.url().startsWith(`${origin}/`)) problems.push(`left the server: ${r.url()}`); });
  await page.goto(`${origin}/${hash}`);
  await page.waitForFunction(() => Number(document.body.dataset.renders) >= 1);
  return page;
}

/** Does `action` and waits until the page has rendered what it asked for. */
async function settle(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => Number(document.body.dataset.renders ?? 0));
  await action();
  await page.waitForFunction((n) => Number(document.body.dataset.renders) > n && document.body.getAttribute('aria-busy') === 'false', before);
  expect(await page.locator('#status.error').count(), await page.locator('#status').innerText()).toBe(0);
}

function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => (window as unknown as { beslutsgraf: { graph(): Drawn } }).beslutsgraf.graph());
}

function labelOf(graph: Drawn, id: string): string | undefined {
  return graph.nodes.find((n) => n.id === id)?.label;
}

function edgeLabels(graph: Drawn): string[] {
  return graph.edges.map((e) => `${e.source} ${e.label} ${e.target}`);
}

function x(graph: Drawn, id: string): number {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`${id} is not drawn`);
  return node.x;
}

function hashOf(page: Page): Promise<URLSearchParams> {
  return page.evaluate(() => window.location.hash).then((h) => new URLSearchParams(h.slice(1)));
}

/** Presses Tab until the focused element matches, checking that every stop shows its focus. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; href: string }) => boolean, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, text: el.textContent?.trim() ?? '', href: el.getAttribute('href') ?? '', outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(focused.outline !== 'none' && focused.width > 0, `focus on ${focused.tag} "${focused.text}" is visible`).toBe(true);
    if (matches(focused)) return;
  }
  throw new Error('Tab never reached the element');
}

async function graphql(query: string): Promise<unknown> {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = await res.json() as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function get(path: string): Promise<{ status: number; type: string; body: string }> {
  // node:http sends the path as written, so `..` reaches the server unnormalised.
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers: { accept: 'text/html' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the explorer page', () => {
  it('is served by the API server with its library from the installed package, in UTF-8 Swedish', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<html lang="sv">');
    expect(page.body).toContain('<meta charset="utf-8">');
    expect(await get('/assets/vendor/cytoscape.esm.min.mjs')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get('/assets/js/main.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get('/assets/style.css')).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
  });

  it('serves nothing outside its own files and the whitelisted library', async () => {
    for (const path of ['/assets/../package.json', '/assets/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/assets/vendor/../../package.json', '/assets/vendor/cytoscape.cjs.js', '/assets/nothing.js']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('"name": "beslutsgraf"');
    }
  });

  it('finds a decision by search, grouped by kind, and opens it with properties, quoted sources and linked relationships', async () => {
    const page = await openPage();
    expect(await page.evaluate(() => [document.documentElement.lang, document.characterSet])).toEqual(['sv', 'UTF-8']);
    await settle(page, async () => {
      await page.fill('#search-text', 'långvarig smärta');
      await page.press('#search-text', 'Enter');
    });
    const groups = await page.locator('#results-body h3').allInnerTexts();
    expect(groups.some((g) => g.startsWith('Beslut ('))).toBe(true);
    expect(groups.some((g) => g.startsWith('Motioner ('))).toBe(true);

    const decisions = page.locator('.result-group[data-kind="Decision"]');
    await settle(page, () => decisions.getByRole('link', { name: 'Hälso- och sjukvårdsnämnden 2020-12-17 § 130' }).click());
    expect((await hashOf(page)).get('id')).toBe(HSN_130);
    expect(await page.locator('#entity-heading').innerText()).toBe('Hälso- och sjukvårdsnämnden 2020-12-17 § 130');
    const properties = await page.locator('#entity .properties').innerText();
    expect(properties).toMatch(/Datum\s+2020-12-17/);
    expect(properties).toMatch(/Paragraf\s+130/);
    expect(await page.locator('#entity .sources blockquote').count()).toBeGreaterThan(0);
    expect(await page.locator('#entity .sources li').first().innerText()).toContain('Föredragningslista');

    const proposes = page.locator('.relation-group[data-field="proposes"]');
    expect(await proposes.locator('h4').innerText()).toBe('Föreslår (1)');
    await settle(page, () => proposes.getByRole('link', { name: proposedByHsn.name }).click());
    expect((await hashOf(page)).get('id')).toBe(proposedByHsn.id);
    expect(await page.locator('#entity-heading').innerText()).toBe(proposedByHsn.name);
    await page.close();
  });

  it("draws a decision's lineage left to right in date order with relation names on the edges, and a node followed in the drawing re-roots it", async () => {
    const page = await openPage(`#id=${HSN_130}`);
    let graph = await drawn(page);
    expect(labelOf(graph, HSN_130)).toBe('Hälso- och sjukvårdsnämnden 2020-12-17 § 130');
    expect(edgeLabels(graph)).toEqual(expect.arrayContaining([
      `${HSN_130} föreslår ${proposedByHsn.id}`, `${HSN_130} besvarar ${MOTION}`,
    ]));
    expect(x(graph, HSN_130)).toBeLessThan(x(graph, proposedByHsn.id));
    expect(await page.locator('#graph-caption').innerText()).toContain('Tiden går från vänster till höger');
    // The list beside the drawing names the same nodes.
    const listed = await page.locator('#graph-nodes li > a').allInnerTexts();
    expect(listed.sort()).toEqual(graph.nodes.map((n) => n.label.split('\n')[0]).sort());

    // The extension chain: RS § 39, extended by § 134, extended again in 2021.
    await settle(page, () => page.evaluate((id) => { window.location.hash = `#id=${id}`; }, RS_39));
    graph = await drawn(page);
    expect(edgeLabels(graph)).toEqual(expect.arrayContaining([`${RS_134} förlänger ${RS_39}`, `${extension.id} förlänger ${RS_134}`]));
    expect(x(graph, RS_39)).toBeLessThan(x(graph, RS_134));
    expect(x(graph, RS_134)).toBeLessThan(x(graph, extension.id));

    // Click the latest decision where it is drawn, then re-root the view on it.
    const canvas = await page.locator('#graph-canvas').boundingBox();
    const target = graph.nodes.find((n) => n.id === extension.id)!;
    await page.mouse.click(canvas!.x + target.screenX, canvas!.y + target.screenY);
    await expect.poll(() => page.locator('#node-actions-name').innerText()).toBe(`${extension.name}:`);
    await settle(page, () => page.locator('#node-actions').getByRole('button', { name: 'Gör till rot' }).click());
    const hash = await hashOf(page);
    expect([hash.get('id'), hash.get('view')]).toEqual([extension.id, 'lineage']);
    expect(await page.locator('#entity-heading').innerText()).toBe(extension.name);
    expect(await page.locator('#graph-nodes li', { has: page.locator('.root-note') }).locator('a').innerText()).toBe(extension.name);

    // Upstream only, one step: just what the decision rests on directly.
    await settle(page, () => page.selectOption('#direction', 'UPSTREAM'));
    await settle(page, async () => { await page.fill('#depth', '1'); await page.press('#depth', 'Enter'); });
    graph = await drawn(page);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([RS_134, extension.id].sort());

    // Expanding a node adds one more step around it, without moving the root.
    await settle(page, () => page.getByRole('button', { name: 'Expandera Regionstyrelsen 2020-08-25 § 134' }).click());
    graph = await drawn(page);
    expect(edgeLabels(graph)).toContain(`${RS_134} förlänger ${RS_39}`);
    expect((await hashOf(page)).get('expand')).toBe(RS_134);
    await page.close();
  });

  it('opens a shared link with the same entity, view and graph', async () => {
    const link = `#id=${RS_134}&view=lineage&root=${extension.id}&direction=UPSTREAM&depth=2`;
    const page = await openPage(link);
    expect(await page.locator('#entity-heading').innerText()).toBe('Regionstyrelsen 2020-08-25 § 134');
    const graph = await drawn(page);
    expect(edgeLabels(graph)).toEqual(expect.arrayContaining([`${extension.id} förlänger ${RS_134}`, `${RS_134} förlänger ${RS_39}`]));
    expect(await page.locator('#graph-nodes li[aria-current="true"] > a').innerText()).toBe('Regionstyrelsen 2020-08-25 § 134');
    expect(await page.locator('#view-buttons [aria-pressed="true"]').innerText()).toBe('Beslutskedja');
    expect(await page.inputValue('#direction')).toBe('UPSTREAM');
    await page.close();
  });

  it('draws the supervision chain of a committee up to the assembly, and its delegation to the regional director and his substitute', async () => {
    const page = await openPage(`#id=${HSN}`);
    let graph = await drawn(page);
    expect(await page.locator('#view-buttons [aria-pressed="true"]').innerText()).toBe('Tillsyn');
    expect(edgeLabels(graph)).toEqual(expect.arrayContaining([
      `${RS} har uppsikt över ${HSN}`, `${RS} ansvarar inför board:region-jamtland-harjedalen/regionfullmaktige`,
    ]));
    await settle(page, () => page.getByRole('button', { name: 'Delegation' }).click());
    graph = await drawn(page);
    expect(edgeLabels(graph)).toEqual(expect.arrayContaining([
      `${HSN} delegerar till office:region-jamtland-harjedalen/regiondirektor`,
      'office:region-jamtland-harjedalen/regiondirektor ersätts av office:region-jamtland-harjedalen/halso-och-sjukvardsdirektor',
    ]));
    expect(labelOf(graph, 'office:region-jamtland-harjedalen/halso-och-sjukvardsdirektor')).toBe('Hälso- och sjukvårdsdirektör');
    await settle(page, () => page.getByRole('button', { name: 'Grannskap' }).click());
    graph = await drawn(page);
    expect(graph.nodes.length).toBeGreaterThan(3);
    expect(edgeLabels(graph)).toContain(`${HSN} under uppsikt av ${RS}`);
    await page.close();
  });

  it("lists a board's decisions on a timeline and narrows them to a date range", async () => {
    const page = await openPage(`#id=${RS}`);
    const timeline = page.locator('#timeline');
    const all = await timeline.locator('li').count();
    expect(all).toBeGreaterThan(5);
    await settle(page, async () => {
      await page.fill('#timeline-from', '2020-03');
      await page.fill('#timeline-to', '2020-08-31');
      await timeline.getByRole('button', { name: 'Filtrera' }).click();
    });
    const dates = await timeline.locator('li time').allInnerTexts();
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.length).toBeLessThan(all);
    for (const date of dates) expect(date >= '2020-03' && date <= '2020-08-31', date).toBe(true);
    expect(dates).toEqual([...dates].sort());
    expect(await timeline.locator('li').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('§ 39')]));
    const hash = await hashOf(page);
    expect([hash.get('from'), hash.get('to')]).toEqual(['2020-03', '2020-08-31']);
    await page.close();
  });

  it('works with the keyboard alone: search, open, switch view and open a graph node from the list', async () => {
    const page = await openPage();
    await tabTo(page, (el) => el.tag === 'INPUT');
    await page.keyboard.type('regionstyrelsens');
    await settle(page, () => page.keyboard.press('Enter'));
    await tabTo(page, (el) => el.tag === 'A' && el.href.startsWith(`#id=${RS}&`));
    await settle(page, () => page.keyboard.press('Enter'));
    expect((await hashOf(page)).get('id')).toBe(RS);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('entity');

    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Delegation');
    await settle(page, () => page.keyboard.press('Enter'));
    expect(edgeLabels(await drawn(page))).toContain(`${RS} delegerar till office:region-jamtland-harjedalen/regiondirektor`);

    await tabTo(page, (el) => el.tag === 'A' && el.text === 'Regiondirektör' && el.href.includes('view=delegation'));
    await settle(page, () => page.keyboard.press('Enter'));
    expect(await page.locator('#entity-heading').innerText()).toBe('Regiondirektör');
    // Opening a node keeps the graph it was opened from.
    const hash = await hashOf(page);
    expect([hash.get('root'), hash.get('view')]).toEqual([RS, 'delegation']);

    await page.close();
  });

  it('finds Swedish names from accent-free and inflected text, and shows å, ä and ö as written', async () => {
    const page = await openPage('#q=halso%20och%20sjukvardsnamnden');
    const names = await page.locator('#results-body a').allInnerTexts();
    // Region Skåne has a committee of the same name; the results tell them apart by id.
    expect(names).toContain(`Hälso- och sjukvårdsnämnden (${HSN})`);
    await settle(page, () => page.getByRole('link', { name: `Hälso- och sjukvårdsnämnden (${HSN})` }).click());
    expect(await page.title()).toBe('Hälso- och sjukvårdsnämnden – Beslutsgraf');
    await page.close();
  });

  it('is pictured in the documentation by a screenshot of a lineage', async () => {
    const page = await openPage(`#id=${HSN_130}&view=lineage&q=långvarig%20smärta`);
    expect((await drawn(page)).nodes.length).toBeGreaterThan(2);
    mkdirSync('docs', { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(existsSync(SCREENSHOT)).toBe(true);
    await page.close();
  });
});
