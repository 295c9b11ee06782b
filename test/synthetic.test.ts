import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPaths, importPaths } from '../src/import/index.js';
import { applySchema, EmbeddedStore, graphStats } from '../src/store/index.js';
import { generateCorpus } from '../src/synthetic/generate.js';
import { counties, municipalities } from '../src/model/sweden.js';

const dirs: string[] = [];
function corpus(decisions: number, seed: number, perFile = 200) {
  const out = mkdtempSync(join(tmpdir(), 'beslutsgraf-synthetic-'));
  dirs.push(out);
  return { out, summary: generateCorpus({ decisions, seed, out, perFile }) };
}
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

interface ImportFile { nodes: Array<{ kind: string }>; relationships: Array<{ type: string; to: string }> }
const files = (dir: string) => readdirSync(dir).sort().map((f) => ({ name: f, doc: JSON.parse(readFileSync(join(dir, f), 'utf8')) as ImportFile }));

describe('Swedish geography of the synthetic corpus', () => {
  it('has the 21 counties with unique SCB and ISO 3166-2 codes', () => {
    expect(counties).toHaveLength(21);
    expect(new Set(counties.map((c) => c.code)).size).toBe(21);
    expect(new Set(counties.map((c) => c.iso)).size).toBe(21);
    expect(counties.find((c) => c.code === '23')).toMatchObject({ name: 'Jämtlands län', iso: 'SE-Z', region: 'Region Jämtland Härjedalen' });
  });

  it('has the 290 municipalities, each code starting with its county code', () => {
    expect(municipalities).toHaveLength(290);
    expect(new Set(municipalities.map((m) => m.code)).size).toBe(290);
    for (const m of municipalities) expect(m.code.slice(0, 2)).toBe(m.county);
    expect(municipalities.find((m) => m.code === '2305')?.name).toBe('Bräcke');
    expect(municipalities.find((m) => m.code === '1286')?.name).toBe('Ystad');
  });
});

describe('the synthetic corpus generator', () => {
  const first = corpus(1200, 7);

  it('writes the same files for the same seed', () => {
    const again = corpus(1200, 7);
    expect(fingerprint(again.out)).toEqual(fingerprint(first.out));
    expect(again.summary).toEqual(first.summary);
  });

  it('writes other decisions for another seed', () => {
    const other = corpus(1200, 8);
    const a = fingerprint(first.out);
    const b = fingerprint(other.out);
    expect(b['0000-geography.json']).toBe(a['0000-geography.json']);
    expect(b['decisions-000000.json']).not.toBe(a['decisions-000000.json']);
  });

  it('writes every region and municipality with its bodies, and exactly the decisions asked for', () => {
    expect(first.summary.nodes).toMatchObject({ County: 21, Region: 21, Municipality: 290, Decision: 1200, Document: 1 });
    expect(first.summary.nodes.Board).toBe(311 * 12);
  });

  it('puts a fixed number of decisions in each decisions file', () => {
    const perFile = files(first.out).filter((f) => f.name.startsWith('decisions-'))
      .map((f) => f.doc.nodes.filter((n) => n.kind === 'Decision').length);
    expect(perFile).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it('has the patterns of real minutes: proposals, extensions, amendments, answers, assignments and report-backs', () => {
    const r = first.summary.relationships;
    for (const type of ['PROPOSES', 'EXTENDS', 'AMENDS', 'ANSWERS', 'ASSIGNS', 'REPORTS_BACK_ON', 'SUPERVISES', 'ACCOUNTABLE_TO', 'PARTY_TO', 'FUNDS'] as const) {
      expect(r[type], type).toBeGreaterThan(0);
    }
  });

  it('cites laws with a skewed popularity: the most cited is cited far more than the typical one', () => {
    const cited = new Map<string, number>();
    for (const { doc } of files(first.out)) {
      for (const rel of doc.relationships) if (rel.type === 'CITES' && /^(law|provision):/.test(rel.to)) cited.set(rel.to, (cited.get(rel.to) ?? 0) + 1);
    }
    const counts = [...cited.values()].sort((x, y) => y - x);
    const median = counts[Math.floor(counts.length / 2)]!;
    expect(counts[0]!).toBeGreaterThan(10 * median);
  });

  it('passes the importer\'s validation and imports to exactly the counts it reports', async () => {
    expect(await checkPaths(null, [first.out])).toEqual([]);
    const store = EmbeddedStore.open(null);
    try {
      await applySchema(store);
      await importPaths(store, [first.out]);
      const stats = await graphStats(store);
      for (const [kind, n] of Object.entries(first.summary.nodes)) expect(stats.nodes[kind as keyof typeof stats.nodes], kind).toBe(n);
      for (const [type, n] of Object.entries(first.summary.relationships)) expect(stats.relationships[type as keyof typeof stats.relationships], type).toBe(n);
    } finally {
      await store.close();
    }
  }, 120_000);
});
