import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSource } from '../src/model/index.js';
import { checkInputs, heapWarning, importInputs, importPaths, ImportValidationError, inputBytes, PartialImportError, parseImportText, type ImportInput } from '../src/import/index.js';
import { collectFiles } from '../src/import/files.js';
import { statSync } from 'node:fs';
import type { EmbeddedStore, GraphStore, LoadBatch } from '../src/store/index.js';
import { freshStore, snapshot } from './support/store.js';

function input(name: string, yaml: string): ImportInput {
  const parsed = parseImportText(yaml, name);
  if ('message' in parsed) throw new Error(parsed.message);
  return parsed;
}

const header = `version: 1
nodes:
  - kind: Document
    ref: doc
    name: Protokoll Regionstyrelsen 2020-08-25
    docType: minutes
    body: rs
    date: 2020-08-25
  - kind: Region
    ref: rjh
    name: Region Jämtland Härjedalen
    sources: [{document: doc, locator: "§ 134"}]
  - kind: Board
    ref: rs
    name: Regionstyrelsen
    organization: rjh
    boardType: executive
    sources: [{document: doc, locator: "§ 134"}]
`;
const RS39 = 'decision:region-jamtland-harjedalen/regionstyrelsen/2020/39';

let store: EmbeddedStore;
beforeEach(async () => { store = await freshStore(); });
afterEach(() => store.close());

async function node(id: string) {
  const [row] = await store.read({ statement: 'snapshot-nodes' }).then((rows) => rows.filter((r) => r.id === id));
  return row?.props as Record<string, unknown> | undefined;
}

describe('importing', () => {
  it('re-importing the same files changes nothing and reports everything as merged', async () => {
    const first = await importPaths(store, ['test/fixtures/import']);
    const before = await snapshot(store);
    const second = await importPaths(store, ['test/fixtures/import']);
    expect(await snapshot(store)).toBe(before);
    expect(second.nodes.Decision).toEqual({ created: 0, merged: first.nodes.Decision!.created });
    expect(Object.values(second.relationships).every((c) => c!.created === 0)).toBe(true);
  });

  it('two files that mention the same decision produce one node carrying both sources', async () => {
    const a = input('a.yaml', `${header}  - kind: Decision
    body: rs
    date: 2020-03-24
    paragraph: 39
    sources: [{document: doc, locator: "§ 39", quote: "investeringar"}]
`);
    const b = input('b.yaml', `version: 1
nodes:
  - kind: Decision
    body: ${'board:region-jamtland-harjedalen/regionstyrelsen'}
    date: 2020-03
    paragraph: 39
    title: Pandemiinvesteringar
    sources: [{document: ${'document:region-jamtland-harjedalen/regionstyrelsen/2020-08-25/minutes'}, locator: "§ 134"}]
`);
    await importInputs(store, [a, b]);
    const d = await node(RS39);
    expect(d).toMatchObject({ kind: 'Decision', date: '2020-03-24', datePrecision: 'day', title: 'Pandemiinvesteringar', paragraph: 39 });
    expect((d!.sources as string[]).map(decodeSource).map((s) => s.locator).sort()).toEqual(['§ 134', '§ 39']);
  });

  it('a node stated many times in a file that gives its sources once is one node with that source once', async () => {
    const twice = input('twice.yaml', `version: 1
sources: [{document: document:text-${'ab'.repeat(8)}, locator: "Ärende 1"}]
nodes:
  - {kind: Document, ref: doc, name: Agenda, docType: agenda, textHash: ${'ab'.repeat(32)}}
${'  - {kind: Party, name: Socialdemokraterna, abbreviation: S}\n'.repeat(40)}`);
    await importInputs(store, [twice]);
    expect((await node('party:s'))!.sources).toEqual([`{"document":"document:text-${'ab'.repeat(8)}","locator":"Ärende 1"}`]);
  });

  it('a later import with a coarser date keeps the more precise stored date', async () => {
    await importInputs(store, [input('a.yaml', `${header}  - {kind: Decision, body: rs, date: 2020-03-24, paragraph: 39, sources: [{document: doc, locator: x}]}\n`)]);
    await importInputs(store, [input('b.yaml', `${header}  - {kind: Decision, body: rs, date: 2020, paragraph: 39, sources: [{document: doc, locator: y}]}\n`)]);
    expect(await node(RS39)).toMatchObject({ date: '2020-03-24', datePrecision: 'day' });
  });

  it('a decision known only by month is stored with month precision, never an invented day', async () => {
    await importInputs(store, [input('a.yaml', `${header}  - {kind: Decision, body: rs, date: 2020-05, paragraph: 57, sources: [{document: doc, locator: x}]}\n`)]);
    expect(await node('decision:region-jamtland-harjedalen/regionstyrelsen/2020/57')).toMatchObject({ date: '2020-05', datePrecision: 'month', name: 'Regionstyrelsen 2020-05 § 57' });
  });

  it('a decision with a full date gets the meeting it was taken at', async () => {
    await importInputs(store, [input('a.yaml', `${header}  - {kind: Decision, body: rs, date: 2020-03-24, paragraph: 39, sources: [{document: doc, locator: x}]}\n`)]);
    expect(await node('meeting:region-jamtland-harjedalen/regionstyrelsen/2020-03-24')).toMatchObject({ kind: 'Meeting', name: 'Regionstyrelsen 2020-03-24' });
  });

  it('decisions of one day share one meeting, held by their body', async () => {
    const summary = await importInputs(store, [input('a.yaml', `${header}  - {kind: Decision, body: rs, date: 2020-03-24, paragraph: 39, sources: [{document: doc, locator: x}]}
  - {kind: Decision, body: rs, date: 2020-03-24, paragraph: 40, sources: [{document: doc, locator: y}]}\n`)]);
    expect(summary.nodes.Meeting).toEqual({ created: 1, merged: 0 });
    expect(summary.relationships.HELD_BY).toEqual({ created: 1, merged: 0 });
    expect(summary.relationships.AT_MEETING).toEqual({ created: 2, merged: 0 });
    const rows = await store.read({ statement: 'snapshot-relationships' });
    expect(rows.filter((r) => r.type === 'HELD_BY').map((r) => [r.from, r.to])).toEqual([
      ['meeting:region-jamtland-harjedalen/regionstyrelsen/2020-03-24', 'board:region-jamtland-harjedalen/regionstyrelsen'],
    ]);
  });

  it('a relationship both stated and given by a reference field is one relationship with the sources of both', async () => {
    const summary = await importInputs(store, [input('a.yaml', `${header}  - {kind: Decision, ref: d, body: rs, date: 2020-03-24, paragraph: 39, sources: [{document: doc, locator: x}]}
relationships:
  - {type: DECIDED_BY, from: d, to: rs, sources: [{document: doc, locator: y}]}
`)]);
    expect(summary.relationships.DECIDED_BY).toEqual({ created: 1, merged: 0 });
    const rows = await store.read({ statement: 'snapshot-relationships' });
    const decidedBy = rows.filter((r) => r.type === 'DECIDED_BY' && r.from === RS39);
    expect(decidedBy).toHaveLength(1);
    const sources = (decidedBy[0]!.props as { sources: string[] }).sources.map(decodeSource).map((s) => s.locator);
    expect(sources.sort()).toEqual(['x', 'y']);
  });

  it('a JSON file that starts with a byte order mark is read like one without', async () => {
    const bom = parseImportText(Buffer.from(`\uFEFF${JSON.stringify({ version: 1, nodes: [{ kind: 'Party', name: 'Vänsterpartiet', abbreviation: 'V', sources: [{ document: 'document:x', locator: 'y' }] }] })}`), 'bom.json');
    expect(bom).toMatchObject({ name: 'bom.json', data: { version: 1 } });
  });

  it('a relationship may point at a node stored by an earlier import', async () => {
    await importInputs(store, [input('a.yaml', `${header}  - {kind: Decision, body: rs, date: 2020-03-24, paragraph: 39, sources: [{document: doc, locator: x}]}\n`)]);
    const later = input('b.yaml', `version: 1
sources: [{document: document:region-jamtland-harjedalen/regionstyrelsen/2020-08-25/minutes, locator: "§ 134"}]
nodes:
  - {kind: Decision, ref: ext, body: board:region-jamtland-harjedalen/regionstyrelsen, date: 2020-08-25, paragraph: 134}
relationships:
  - {type: EXTENDS, from: ext, to: ${RS39}}
`);
    const summary = await importInputs(store, [later]);
    expect(summary.relationships.EXTENDS).toEqual({ created: 1, merged: 0 });
  });

  it('a source document neither in the import nor in the store is reported where it is named, and nothing is written', async () => {
    await importInputs(store, [input('a.yaml', header)]);
    const before = await snapshot(store);
    const later = input('b.yaml', `version: 1
nodes:
  - {kind: Decision, body: board:region-jamtland-harjedalen/regionstyrelsen, date: 2020-08-25, paragraph: 134, sources: [{document: document:region-jamtland-harjedalen/regionstyrelsen/2020-08-25/minutes, locator: x}]}
  - {kind: Decision, body: board:region-jamtland-harjedalen/regionstyrelsen, date: 2020-08-25, paragraph: 135, sources: [{document: document:protokoll-som-saknas, locator: x}]}
`);
    const error = await importInputs(store, [later]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    const { issues } = error as ImportValidationError;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue).toMatchObject({ file: 'b.yaml', path: 'nodes[1].sources[0].document', message: 'source document document:protokoll-som-saknas is neither in this import nor in the store' });
    }
    expect(await snapshot(store)).toBe(before);
  });

  it('the same relationship stated with different yearly keys is kept apart', async () => {
    const doc = input('a.yaml', `${header}  - {kind: County, ref: z, name: Jämtlands län, code: "23", iso: SE-Z, sources: [{document: doc, locator: x}]}
  - {kind: Programme, ref: rg, name: Rehabiliteringsgarantin, sources: [{document: doc, locator: x}]}
relationships:
  - {type: PARTICIPATES_IN, from: z, to: rg, year: 2010, mmrTreatments: 120, sources: [{document: doc, locator: p}]}
  - {type: PARTICIPATES_IN, from: z, to: rg, year: 2011, mmrTreatments: 140, sources: [{document: doc, locator: p}]}
`);
    const summary = await importInputs(store, [doc]);
    expect(summary.relationships.PARTICIPATES_IN).toEqual({ created: 2, merged: 0 });
  });

  it('every issue in every file is reported in one run, with file, line and field path', async () => {
    const bad = input('bad.yaml', `${header}  - {kind: Decision, body: rs, date: 2020-03-32, paragraph: 39, sources: [{document: doc, locator: x}]}
  - {kind: Decision, body: nobody, date: 2020-03-24, sources: [{document: doc, locator: x}]}
relationships:
  - {type: EXTENDS, from: rs, to: rjh, sources: [{document: doc, locator: x}]}
`);
    const issues = await checkInputs(store, [bad]);
    expect(issues.map((i) => `${i.file}:${i.line} ${i.path}`)).toEqual([
      'bad.yaml:19 nodes[3].date',
      'bad.yaml:20 nodes[4].body',
      'bad.yaml:22 relationships[0].from',
    ]);
    expect(issues[0]!.message).toMatch(/expected a date as YYYY, YYYY-MM or YYYY-MM-DD, not "2020-03-32"/);
    expect(issues[1]!.message).toMatch(/"nobody" is neither an id/);
    expect(issues[2]!.message).toMatch(/EXTENDS starts at a Decision, not a Board/);
  });

  it('nothing is written when any file of the import is invalid', async () => {
    const good = input('good.yaml', header);
    const bad = input('bad.yaml', `version: 1\nnodes:\n  - {kind: Region, name: "", sources: [{document: doc, locator: x}]}\n`);
    await expect(importInputs(store, [good, bad])).rejects.toBeInstanceOf(ImportValidationError);
    expect(await snapshot(store)).toBe(JSON.stringify({ nodes: [], relationships: [] }));
  });

  it('a stated id must be the one computed from the natural key', async () => {
    const issues = await checkInputs(null, [input('a.yaml', `${header}  - {kind: County, id: county:99, name: Jämtlands län, code: "23", iso: SE-Z, sources: [{document: doc, locator: x}]}\n`)]);
    expect(issues.map((i) => i.message)).toEqual(['the id is computed from the natural key as county:23, not county:99']);
  });

  it('a node without provenance is refused', async () => {
    const issues = await checkInputs(null, [input('a.yaml', 'version: 1\nnodes:\n  - {kind: Party, name: Vänsterpartiet, abbreviation: V}\n')]);
    expect(issues[0]!.message).toMatch(/no provenance/);
  });

  it('an import that stops half way is completed by running it again', async () => {
    const clean = await freshStore();
    await importPaths(clean, ['test/fixtures/import']);
    const expected = await snapshot(clean);
    await clean.close();

    // The real store, made to fail on its fourth batch, as a lost connection would.
    const failing: GraphStore = Object.assign(Object.create(store) as GraphStore, {
      load: (batches: Iterable<LoadBatch>) => store.load((function* () {
        let n = 0;
        for (const batch of batches) {
          if (++n === 4) throw new Error('connection lost');
          yield batch;
        }
      })()),
    });
    const error = await importPaths(failing, ['test/fixtures/import'], { batchSize: 2 }).catch((e: unknown) => e);
    // It says that part is stored and to run it again, and keeps the store's own error as its cause.
    expect(error).toBeInstanceOf(PartialImportError);
    expect((error as PartialImportError).message).toMatch(/^importen avbröts medan den skrevs: [1-9]\d* av 9 nya noder finns nu i lagret\. .* kör samma import igen/);
    expect(((error as PartialImportError).cause as Error).message).toBe('connection lost');
    expect(await snapshot(store)).not.toBe(expected);
    await importPaths(store, ['test/fixtures/import'], { batchSize: 2 });
    expect(await snapshot(store)).toBe(expected);
  });

  it('an import whose write fails before anything is stored reports the store\'s own error, not a partial import', async () => {
    const empty = await freshStore();
    const before = await snapshot(empty);
    const failing: GraphStore = Object.assign(Object.create(empty) as GraphStore, {
      load: () => Promise.reject(new Error('disk full at the first batch')),
    });
    await expect(importPaths(failing, ['test/fixtures/import'])).rejects.toThrow(/^disk full at the first batch$/);
    expect(await snapshot(empty)).toBe(before);
    await empty.close();
  });

  it('writes in batches of the configured size and reports progress to the end', async () => {
    const seen: Array<[number, number]> = [];
    const summary = await importPaths(store, ['test/fixtures/import'], { batchSize: 1, onProgress: (d, t) => seen.push([d, t]) });
    expect(summary.writeMs).toBeGreaterThan(0);
    expect(summary.writeMs).toBeLessThanOrEqual(summary.elapsedMs);
    const total = seen.at(-1)![1];
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.length).toBe(total);
  });
});

describe('the memory an import needs', () => {
  it('an import likely to outgrow the heap is warned about, with the setting that makes room', () => {
    const warning = heapWarning(600 * 2 ** 20, 4 * 2 ** 30);
    expect(warning).toMatch(/600 MiB/);
    expect(warning).toMatch(/9\.4 GiB/);
    expect(warning).toMatch(/NODE_OPTIONS=--max-old-space-size=12288/);
    expect(heapWarning(10 * 2 ** 20, 4 * 2 ** 30)).toBeNull();
    expect(heapWarning(256 * 2 ** 20, 4 * 2 ** 30)).toBeNull(); // exactly at the limit
  });

  it('counts the bytes of the files an import would read', async () => {
    const { files } = await collectFiles(['import']);
    const sizes = files.map((f) => statSync(f).size);
    expect(files.length).toBeGreaterThan(10);
    expect(await inputBytes(['import'])).toBe(sizes.reduce((a, b) => a + b, 0));
  });
});
