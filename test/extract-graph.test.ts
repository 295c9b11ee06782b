import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInputs, importInputs } from '../src/import/index.js';
import { extractGraphFromFiles } from '../src/import/text/index.js';
import { decodeSource } from '../src/model/index.js';
import type { EmbeddedStore } from '../src/store/index.js';
import { freshStore } from './support/store.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/minutes/${name}`, import.meta.url));
const MINUTES = fixture('rs-protokoll-2021-01-26.txt');
const AGENDA = fixture('hsn-kallelse-2021-02.txt');
const SEEDS = ['000_f671b5bfba0ce202.txt', '002_c8d30cca60a374be.txt', '003_b0a9c097687a8885.txt'].map((f) => `/work/shared/seeds/${f}`);
const RS39 = 'decision:region-jamtland-harjedalen/regionstyrelsen/2020/39';

let store: EmbeddedStore;
beforeEach(async () => { store = await freshStore(); });
afterEach(() => store.close());

async function nodes(): Promise<Map<string, Record<string, unknown>>> {
  const rows = await store.read({ statement: 'snapshot-nodes' });
  return new Map(rows.map((r) => [r.id as string, r.props as Record<string, unknown>]));
}

async function relationships(): Promise<Array<{ type: string; from: string; to: string }>> {
  const rows = await store.read({ statement: 'snapshot-relationships' });
  return rows.map((r) => ({ type: String(r.type), from: String(r.from), to: String(r.to) }));
}

describe('extracted graphs', () => {
  it('pass the validation of hand-written import files, for the fixtures and the seed texts', async () => {
    const { inputs } = await extractGraphFromFiles([MINUTES, AGENDA, ...SEEDS.filter((f) => existsSync(f))]);
    expect(await checkInputs(null, inputs)).toEqual([]);
  });

  it('two documents citing the same decision produce one node sourced to both', async () => {
    const { inputs } = await extractGraphFromFiles([MINUTES, AGENDA]);
    await importInputs(store, inputs);
    const all = await nodes();
    const decision = all.get(RS39);
    expect(decision).toBeDefined();
    const documents = new Set((decision!.sources as string[]).map((s) => decodeSource(s).document));
    expect(documents.size).toBe(2);
  });

  it('import the same text twice without adding anything the second time', async () => {
    const { inputs } = await extractGraphFromFiles([MINUTES]);
    await importInputs(store, inputs);
    const first = [(await nodes()).size, (await relationships()).length];
    await importInputs(store, (await extractGraphFromFiles([MINUTES])).inputs);
    expect([(await nodes()).size, (await relationships()).length]).toEqual(first);
  });

  it('link the meeting\'s own decisions to what they cite, with the relation the wording states', async () => {
    await importInputs(store, (await extractGraphFromFiles([MINUTES])).inputs);
    const rels = await relationships();
    const own = (p: number) => `decision:region-jamtland-harjedalen/regionstyrelsen/2021/${p}`;
    expect(rels).toContainEqual({ type: 'EXTENDS', from: 'decision:region-jamtland-harjedalen/regionstyrelsen/2020/134', to: RS39 });
    expect(rels).toContainEqual({ type: 'CITES', from: own(1), to: RS39 });
    expect(rels).toContainEqual({ type: 'PROPOSES', from: 'decision:region-jamtland-harjedalen/regionala-utvecklingsnamnden/2020/213', to: own(3) });
    expect(rels).toContainEqual({ type: 'CITES', from: own(2), to: 'provision:sfs-2017-725/6/1' });
    expect(rels).toContainEqual({ type: 'ANSWERS', from: own(6), to: expect.stringMatching(/^motion:elin-hoffner\//) });
    expect(rels).toContainEqual({ type: 'AMENDS', from: 'decision:region-jamtland-harjedalen/halso-och-sjukvardsnamnden/2019/32', to: 'decision:region-jamtland-harjedalen/halso-och-sjukvardsnamnden/2019/8' });
    expect(rels).toContainEqual({ type: 'ASSIGNS', from: own(1), to: 'office:region-jamtland-harjedalen/regiondirektor' });
  });

  it('source every node and relationship to the file with character offsets and the quoted words', async () => {
    const { inputs } = await extractGraphFromFiles([MINUTES]);
    const data = inputs[0]!.data as { nodes: Array<Record<string, unknown>>; relationships: Array<Record<string, unknown>> };
    const text = readFileSync(MINUTES, 'utf8');
    for (const n of [...data.nodes.filter((x) => x.kind !== 'Document'), ...data.relationships]) {
      const sources = n.sources as Array<{ locator: string; quote?: string }>;
      expect(sources.length).toBeGreaterThan(0);
      for (const s of sources) {
        const [, a, b] = /^chars (\d+)-(\d+)/.exec(s.locator)!;
        if (s.quote) expect(text.slice(Number(a), Number(b)).replace(/\s+/g, ' ').trim().startsWith(s.quote.slice(0, 40))).toBe(true);
      }
    }
  });
});
