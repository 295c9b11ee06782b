import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../src/import/index.js';
import { applySchema, EmbeddedStore } from '../src/store/index.js';
import { ARRAY_DELIMITER, csvField, exportForNeo4jAdmin, type AdminExportResult } from '../src/store/export-neo4j-admin.js';
import { type CorpusSummary, generateCorpus } from '../src/synthetic/generate.js';

/** Splits CSV text into records of fields, honouring quotes (a quoted field may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; } else if (c === '\n') { record.push(field); records.push(record); record = []; field = ''; } else field += c;
  }
  return records;
}

const parsed = new Map<string, string[][]>();
const csv = (path: string) => {
  let records = parsed.get(path);
  if (!records) parsed.set(path, (records = parseCsv(readFileSync(path, 'utf8'))));
  return records;
};

describe('export for neo4j-admin database import', () => {
  let work: string;
  let summary: CorpusSummary;
  let result: AdminExportResult;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'beslutsgraf-export-'));
    summary = generateCorpus({ decisions: 800, seed: 3, out: join(work, 'corpus'), perFile: 400 });
    const store = EmbeddedStore.open(null);
    try {
      await applySchema(store);
      await importPaths(store, [join(work, 'corpus')]);
      // A small page size makes every kind and type span several pages.
      result = await exportForNeo4jAdmin(store, join(work, 'csv'), { pageSize: 300 });
    } finally {
      await store.close();
    }
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes one node file per kind with as many rows as the corpus has nodes of that kind', () => {
    const rows = Object.fromEntries(result.nodes.map((f) => [f.name, csv(f.data).length]));
    expect(rows).toEqual(summary.nodes);
  });

  it('writes one relationship file per type with as many rows as the corpus has relationships of that type', () => {
    const rows = Object.fromEntries(result.relationships.map((f) => [f.name, csv(f.data).length]));
    expect(rows).toEqual(summary.relationships);
  });

  it('gives node files an id in the Entity id space, labels and typed property columns', () => {
    const header = (kind: string) => csv(result.nodes.find((f) => f.name === kind)!.header)[0]!;
    const decision = header('Decision');
    expect(decision.slice(0, 2)).toEqual(['id:ID(Entity)', ':LABEL']);
    expect(decision).toEqual(expect.arrayContaining(['paragraph:int', 'date:string', 'sources:string[]', 'name:string']));
    expect(header('Agreement')).toContain('amountSek:long');
    const row = csv(result.nodes.find((f) => f.name === 'Decision')!.data)[0]!;
    expect(row[1]!.split(ARRAY_DELIMITER).sort()).toEqual(['Decision', 'Entity']);
    expect(Number.isInteger(Number(row[decision.indexOf('paragraph:int')]))).toBe(true);
  });

  it('gives relationship files start and end ids in the Entity id space, the type and typed properties', () => {
    const header = (type: string) => csv(result.relationships.find((f) => f.name === type)!.header)[0]!;
    expect(header('CITES').slice(0, 3)).toEqual([':START_ID(Entity)', ':END_ID(Entity)', ':TYPE']);
    expect(header('PARTICIPATES_IN')).toEqual(expect.arrayContaining(['year:int', 'mmrPer1000:double', 'key:string']));
    expect(header('SUPERVISES')).toContain('basis:string');
  });

  it('has every relationship end among the exported node ids', () => {
    const ids = new Set(result.nodes.flatMap((f) => csv(f.data).map((r) => r[0])));
    for (const f of result.relationships) {
      for (const [start, end] of csv(f.data)) {
        expect(ids.has(start), `${f.name} ${start}`).toBe(true);
        expect(ids.has(end), `${f.name} ${end}`).toBe(true);
      }
    }
  });

  it('prints a neo4j-admin command that names every header and data file, and a script that runs it from the folder', () => {
    expect(result.command).toMatch(/^neo4j-admin database import full --array-delimiter=U\+001F --multiline-fields=true --id-type=string /);
    for (const f of result.nodes) expect(result.command).toContain(`--nodes=${f.header},${f.data}`);
    for (const f of result.relationships) expect(result.command).toContain(`--relationships=${f.header},${f.data}`);
    expect(readFileSync(result.script, 'utf8')).toContain('--nodes=nodes-Decision.header.csv,nodes-Decision.csv');
  });

  it('quotes text so commas, quotes and newlines survive, and leaves numbers bare', () => {
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(parseCsv(`${csvField('a, "b"\nc')},${csvField(3)}\n`)).toEqual([['a, "b"\nc', '3']]);
    expect(csvField(null)).toBe('');
    expect(csvField(['x', 'y'])).toBe(`"x${ARRAY_DELIMITER}y"`);
  });
});
