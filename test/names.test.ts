import { describe, expect, it } from 'vitest';
import { importInputs, ImportValidationError } from '../src/import/index.js';
import { slug } from '../src/model/index.js';
import { freshStore, snapshot } from './support/store.js';

/** One import file of the given nodes, each sourced to a document of its own. */
function file(name: string, nodes: Array<Record<string, unknown>>) {
  const doc = `doc-${name}`;
  return { name: `${name}.yaml`, data: { version: 1, sources: [{ document: doc, locator: 's. 1' }], nodes: [{ kind: 'Document', ref: doc, name: `Källa ${name}`, docType: 'reference' }, ...nodes] } };
}
const org = (name: string) => ({ kind: 'Organization', name, orgType: 'agency' });
const person = (name: string) => ({ kind: 'Person', name });

async function ids(store: Awaited<ReturnType<typeof freshStore>>, kind: string): Promise<string[]> {
  const rows = await store.read({ statement: 'snapshot-nodes' });
  return rows.filter((r) => (r.props as Record<string, unknown> | undefined)?.kind === kind || r.kind === kind).map((r) => String(r.id)).sort();
}

describe('names in any script get ids of their own', () => {
  it('slugs transliterate Greek, Cyrillic, Chinese and Japanese into distinct readable ids', () => {
    expect(slug('東京都庁')).toBe('dongjingdouting');
    expect(slug('Ελληνικά')).toBe('ellinika');
    expect(slug('Иван Петров')).toBe('ivan-petrov');
    expect(slug('李小龍')).toBe('lixiaolong');
    expect(slug('Straße Łódź')).toBe('strasse-lodz');
  });

  it('keeps Swedish folding and punctuation as they were, so no stored id changes', () => {
    expect(slug('Hälso- och sjukvårdsnämnden')).toBe('halso-och-sjukvardsnamnden');
    expect(slug('§ 12 – Ärende')).toBe('12-arende');
    expect(slug('Café Ørestad Æble')).toBe('cafe-orestad-aeble');
  });

  it('gives a name with no letters or digits a hash of it, never an empty slug, and different names different hashes', () => {
    expect(slug('🙂')).toMatch(/^h-[0-9a-f]{12}$/);
    expect(slug('★★')).toMatch(/^h-[0-9a-f]{12}$/);
    expect(slug('🙂')).not.toBe(slug('★★'));
    expect(slug('🙂')).toBe(slug('🙂'));
  });

  it('stores 東京都庁 and Ελληνικά, Иван Петров and 李小龍 as four nodes across two imports', async () => {
    const store = await freshStore();
    await importInputs(store, [file('a', [org('東京都庁'), person('Иван Петров')])]);
    await importInputs(store, [file('b', [org('Ελληνικά'), person('李小龍'), person('🙂')])]);
    expect(await ids(store, 'Organization')).toEqual(['org:dongjingdouting', 'org:ellinika']);
    expect(await ids(store, 'Person')).toEqual([`person:${slug('🙂')}`, 'person:ivan-petrov', 'person:lixiaolong']);
    await store.close();
  });

  it('refuses an import that would rename a stored node under its id, and writes nothing of it', async () => {
    const store = await freshStore();
    await importInputs(store, [file('a', [org('Ελληνικά')])]);
    const before = await snapshot(store);
    const error = await importInputs(store, [file('b', [org('Ellinika'), person('Anna Berg')])]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as ImportValidationError).issues).toEqual([expect.objectContaining({
      file: 'b.yaml', path: 'nodes[1].name',
      message: 'org:ellinika is stored with name "Ελληνικά", and this import gives it "Ellinika": two names that give one id. If they are one thing, use the stored name; if not, tell them apart in the name',
    })]);
    expect(await snapshot(store)).toBe(before);
    await store.close();
  });

  it('lets a later import spell a stored name with other case, accents or punctuation, and change fields that are not its key', async () => {
    const store = await freshStore();
    await importInputs(store, [file('a', [{ ...org('Region Jämtland Härjedalen'), orgType: 'landsting' }])]);
    const summary = await importInputs(store, [file('b', [{ ...org('REGION JAMTLAND-HARJEDALEN'), orgType: 'other' }])]);
    expect(summary.nodes.Organization).toEqual({ created: 0, merged: 1 });
    await store.close();
  });
});
