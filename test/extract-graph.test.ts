import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInputs, importInputs, readInputs } from '../src/import/index.js';
import { extractGraphFromFiles, extractText, toGraph } from '../src/import/text/index.js';
import { decodeSource, textHash } from '../src/model/index.js';
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

  it('merge with the curated import files, disagreeing only on what the extractor guesses of a curated document', async () => {
    const curated = await readInputs([fileURLToPath(new URL('../import', import.meta.url))]);
    const { inputs } = await extractGraphFromFiles([MINUTES, AGENDA, ...SEEDS.filter((f) => existsSync(f))]);
    expect(curated.inputs.length).toBeGreaterThan(0);
    const issues = await checkInputs(null, [...curated.inputs, ...inputs]);
    // The report's text is the curated report's (same text hash, same node): its title, kind and
    // publisher as the extractor reads them are stated against the curated ones, and only those.
    const seeded = existsSync(SEEDS[2]!);
    const report = seeded ? `document:text-${textHash(readFileSync(SEEDS[2]!, 'utf8')).slice(0, 16)}` : 'none';
    const guesses = issues.filter((i) => i.path.startsWith('nodes[0].') && i.message.startsWith(`conflicting values for ${report}:`));
    expect(guesses.map((i) => i.path).sort()).toEqual(seeded ? ['nodes[0].docType', 'nodes[0].name', 'nodes[0].publisher'] : []);
    expect(issues.filter((i) => !guesses.includes(i))).toEqual([]);
  });

  it('stay valid import data for mutated minutes text', async () => {
    const original = readFileSync(MINUTES, 'utf8');
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const noise = '§ 0123456789-–/:.,()kap KL RS HSN nämnden beslutade uppdrag motion (S) Dnr SOU\n';
    for (let round = 0; round < 25; round++) {
      const chars = [...original];
      for (let k = 0; k < 60; k++) chars.splice(Math.floor(rand() * chars.length), rand() < 0.5 ? 1 : 0, noise[Math.floor(rand() * noise.length)]!);
      const graph = toGraph(extractText(chars.join('')), `Mutated ${round}`, `mutated-${round}.txt`, `m${round}`);
      expect(await checkInputs(null, [{ name: `mutated-${round}`, data: graph.data }])).toEqual([]);
    }
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
    const RF = 'board:region-jamtland-harjedalen/regionfullmaktige';
    const HSN130 = 'decision:region-jamtland-harjedalen/halso-och-sjukvardsnamnden/2020/130';
    expect(rels).toContainEqual({ type: 'PROPOSES', from: 'decision:region-jamtland-harjedalen/regionala-utvecklingsnamnden/2020/213', to: RF });
    expect(rels).toContainEqual({ type: 'CITES', from: own(3), to: 'decision:region-jamtland-harjedalen/regionala-utvecklingsnamnden/2020/216' });
    expect(rels).toContainEqual({ type: 'CITES', from: own(2), to: 'provision:sfs-2017-725/6/1' });
    expect(rels).toContainEqual({ type: 'ANSWERS', from: HSN130, to: expect.stringMatching(/^motion:elin-hoffner\//) });
    expect(rels).toContainEqual({ type: 'PROPOSES', from: HSN130, to: RF });
    expect(rels).toContainEqual({ type: 'PROPOSES', from: own(6), to: RF });
    expect(rels).toContainEqual({ type: 'SUBMITTED_TO', from: expect.stringMatching(/^motion:elin-hoffner\//), to: RF });
    expect(rels).toContainEqual({ type: 'AMENDS', from: 'decision:region-jamtland-harjedalen/halso-och-sjukvardsnamnden/2019/32', to: 'decision:region-jamtland-harjedalen/halso-och-sjukvardsnamnden/2019/8' });
    expect(rels).toContainEqual({ type: 'ASSIGNS', from: own(1), to: 'office:region-jamtland-harjedalen/regiondirektor' });
    expect(rels).toContainEqual({ type: 'AMENDS', from: own(4), to: 'decision:region-jamtland-harjedalen/regionstyrelsen/2020/184' });
  });

  it('give each numbered agenda item of a dated agenda its own decision, which cites what the item cites', async () => {
    await importInputs(store, (await extractGraphFromFiles([AGENDA])).inputs);
    const item1 = 'decision:region-jamtland-harjedalen/halso-och-sjukvardsnamnden/2021-02-24/punkt-1';
    expect((await nodes()).get(item1)).toMatchObject({ item: 'punkt 1', title: 'Uppföljning av pandemiinvesteringar' });
    expect(await relationships()).toContainEqual({ type: 'CITES', from: item1, to: RS39 });
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
