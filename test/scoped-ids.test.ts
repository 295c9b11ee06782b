import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkInputs, importInputs } from '../src/import/index.js';
import { extractGraphFromFiles } from '../src/import/text/index.js';
import type { EmbeddedStore } from '../src/store/index.js';
import { freshStore } from './support/store.js';

let store: EmbeddedStore;
beforeEach(async () => { store = await freshStore(); });
afterEach(() => store.close());

const dir = mkdtempSync(join(tmpdir(), 'beslutsgraf-ids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const input = (name: string, yaml: string) => ({ name, data: parse(yaml) as unknown });

async function ids(kind: string): Promise<string[]> {
  const rows = await store.read({ statement: 'snapshot-nodes' });
  return rows.filter((r) => (r.props as Record<string, unknown>).kind === kind).map((r) => r.id as string).sort();
}

function minutes(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const protokoll = (date: string, paragraph = 87) => `PROTOKOLL\nKommunstyrelsen\nSammanträdesdatum ${date}\n\n§ ${paragraph} Detaljplan\nDnr KS 2022/456\nKommunstyrelsen beslutar att anta detaljplanen.\n`;

describe('case ids', () => {
  it('two organisations\' "KS 2022/456" are two cases; one organisation\'s "KS 2022/456" and "ks 2022/456" are one', async () => {
    await importInputs(store, [input('cases.yaml', `version: 1
sources: [{document: doc, locator: "§ 87"}]
nodes:
  - {kind: Document, ref: doc, name: Protokoll, docType: reference}
  - {kind: Municipality, ref: molndal, name: Mölndal, code: "1481"}
  - {kind: Municipality, ref: hogsby, name: Högsby, code: "0821"}
  - {kind: Case, number: KS 2022/456, organization: molndal}
  - {kind: Case, number: KS 2022/456, organization: hogsby}
  - {kind: Case, number: ks 2022/456, organization: hogsby}
`)]);
    expect(await ids('Case')).toEqual(['case:0821/ks-2022-456', 'case:1481/ks-2022-456']);
  });

  it('extracted from two municipalities\' minutes, the same case number is two cases', async () => {
    const a = await extractGraphFromFiles([minutes('a.txt', protokoll('2022-05-10'))], { org: 'Mölndals stad' });
    const b = await extractGraphFromFiles([minutes('b.txt', protokoll('2022-05-10'))], { org: 'Högsby kommun' });
    await importInputs(store, [...a.inputs, ...b.inputs]);
    expect(await ids('Case')).toEqual(['case:0821/ks-2022-456', 'case:1481/ks-2022-456']);
  });

  it('needs its organization', async () => {
    const issues = await checkInputs(null, [input('c.yaml', 'version: 1\nsources: [{document: "document:x", locator: y}]\nnodes:\n  - {kind: Case, number: KS 2022/456}\n')]);
    expect(issues).toMatchObject([{ path: 'nodes[0].organization' }]);
  });
});

describe('document ids', () => {
  it('two documents titled "Protokoll" of different organisations or dates are two documents', async () => {
    const { inputs } = await extractGraphFromFiles([
      minutes('molndal.txt', protokoll('2022-05-10')),
    ], { org: 'Mölndals stad' });
    const other = await extractGraphFromFiles([minutes('hogsby.txt', protokoll('2022-05-10'))], { org: 'Högsby kommun' });
    const later = await extractGraphFromFiles([minutes('molndal-juni.txt', protokoll('2022-06-14', 102))], { org: 'Mölndals stad' });
    await importInputs(store, [...inputs, ...other.inputs, ...later.inputs]);
    expect(await ids('Document')).toEqual([
      'document:0821/kommunstyrelsen/2022-05-10/minutes',
      'document:1481/kommunstyrelsen/2022-05-10/minutes',
      'document:1481/kommunstyrelsen/2022-06-14/minutes',
    ]);
  });

  it('re-importing the same minutes, under another file name, gives the same document', async () => {
    const text = protokoll('2022-05-10');
    await importInputs(store, (await extractGraphFromFiles([minutes('first.txt', text)], { org: 'Mölndals stad' })).inputs);
    const before = await ids('Document');
    await importInputs(store, (await extractGraphFromFiles([minutes('first.txt', text)], { org: 'Mölndals stad' })).inputs);
    expect(await ids('Document')).toEqual(before);
    await importInputs(store, (await extractGraphFromFiles([minutes('kopia.txt', text)], { org: 'Mölndals stad' })).inputs);
    expect(await ids('Document')).toEqual(before);
    expect(before).toEqual(['document:1481/kommunstyrelsen/2022-05-10/minutes']);
  });

  it('a text whose body and date are unknown is the document its text is, whatever its title', async () => {
    const text = 'Anteckningar\n\nSamtal om budgeten. Inga beslut fattades.\n';
    const a = await extractGraphFromFiles([minutes('x.txt', text)]);
    const b = await extractGraphFromFiles([minutes('y.txt', `${text.replaceAll('\n', '\r\n')}  `)]);
    const other = await extractGraphFromFiles([minutes('z.txt', 'Anteckningar\n\nSamtal om skolan.\n')]);
    await importInputs(store, [...a.inputs, ...other.inputs]);
    const stored = await ids('Document');
    expect(stored).toHaveLength(2);
    for (const id of stored) expect(id).toMatch(/^document:text-[0-9a-f]{16}$/);
    const docOf = (x: typeof a) => ((x.inputs[0]!.data as { nodes: Array<Record<string, unknown>> }).nodes[0]!.textHash);
    expect(docOf(b)).toBe(docOf(a));
  });

  it('is never a title alone: a document with neither body and date nor text hash is refused, saying why', async () => {
    const issues = await checkInputs(null, [input('d.yaml', 'version: 1\nnodes:\n  - {kind: Document, name: Protokoll, docType: minutes}\n')]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'd.yaml', path: 'nodes[0]' });
    expect(issues[0]!.message).toMatch(/body and date, or by the hash of its text/);
  });
});
