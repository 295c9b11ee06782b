import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { kindNames, relationshipTypes, type KindName, type RelationshipType } from '../model/index.js';
import type { GraphStore, Row, Slots, Value } from './types.js';

/**
 * Export of the graph as CSV files for `neo4j-admin database import full`, the fastest way to load
 * millions of rows into a new Neo4j database (and the way to a cluster or Aura). One data file and
 * one header file per kind and per relationship type; headers are written last, when every value
 * has been seen and each column's type is known.
 */

/** Separates array elements and labels: a control character no text of the graph contains. */
export const ARRAY_DELIMITER = '\u001f';
const ARRAY_DELIMITER_OPTION = 'U+001F';
export const ID_SPACE = 'Entity';

export interface AdminExportOptions {
  /** Rows read per statement. */
  pageSize?: number;
  onProgress?: (what: string, rows: number) => void;
}

export interface AdminExportFile {
  /** The kind or relationship type. */
  name: string;
  header: string;
  data: string;
  rows: number;
}

export interface AdminExportResult {
  dir: string;
  nodes: AdminExportFile[];
  relationships: AdminExportFile[];
  /** The neo4j-admin command line that loads the files into the database `neo4j`. */
  command: string;
  /** A shell script in `dir` that runs the command from there, so the folder can be moved. */
  script: string;
}

/** Tracks the values of one column so the header can name its Neo4j type. */
class ColumnType {
  private string = false;
  private float = false;
  private wide = false;
  private boolean = false;
  private number = false;
  private array = false;

  see(v: Value): void {
    if (v === null) return;
    if (Array.isArray(v)) {
      this.array = true;
      for (const x of v) this.see(x);
    } else if (typeof v === 'number') {
      this.number = true;
      if (!Number.isInteger(v)) this.float = true;
      else if (v > 2147483647 || v < -2147483648) this.wide = true;
    } else if (typeof v === 'boolean') this.boolean = true;
    else this.string = true;
  }

  get name(): string {
    const scalar = this.string || (this.number && this.boolean) || (!this.number && !this.boolean) ? 'string'
      : this.boolean ? 'boolean' : this.float ? 'double' : this.wide ? 'long' : 'int';
    return this.array ? `${scalar}[]` : scalar;
  }
}

function csvText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function arrayElement(x: Value): string {
  const text = typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x);
  if (text.includes(ARRAY_DELIMITER)) throw new Error(`a list element contains the array delimiter ${ARRAY_DELIMITER_OPTION}: ${text.slice(0, 80)}`);
  return text;
}

/** One CSV field: strings quoted, numbers and booleans bare, lists joined by the array delimiter, null empty. */
export function csvField(v: Value | undefined): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return csvText(v.map(arrayElement).join(ARRAY_DELIMITER));
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object') return csvText(JSON.stringify(v));
  return csvText(v);
}

/** A data file written page by page with back-pressure, plus the column types it has seen. */
class CsvTable {
  private readonly stream: WriteStream;
  readonly types: ColumnType[];
  rows = 0;

  constructor(readonly path: string, readonly columns: string[]) {
    this.stream = createWriteStream(path);
    this.types = columns.map(() => new ColumnType());
  }

  async add(lines: Value[][]): Promise<void> {
    let chunk = '';
    for (const values of lines) {
      values.forEach((v, i) => this.types[i]?.see(v));
      chunk += `${values.map(csvField).join(',')}\n`;
    }
    this.rows += lines.length;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

async function columnsOf(store: GraphStore, statement: string, slots: Slots, skip: string[]): Promise<string[]> {
  const rows = await store.read({ statement, slots });
  return rows.map((r) => String(r.key)).filter((k) => !skip.includes(k));
}

const props = (row: Row) => (row.props ?? {}) as Record<string, Value>;

async function exportKind(store: GraphStore, dir: string, kind: KindName, pageSize: number, options: AdminExportOptions): Promise<AdminExportFile | null> {
  const slots = { Kind: kind };
  const columns = await columnsOf(store, 'export-node-keys', slots, ['id']);
  if (columns.length === 0) return null;
  const table = new CsvTable(join(dir, `nodes-${kind}.csv`), ['id', 'labels', ...columns]);
  for (let after = ''; ;) {
    const page = await store.read({ statement: 'export-nodes', slots, params: { after, limit: pageSize } });
    if (page.length === 0) break;
    await table.add(page.map((r) => [r.id ?? null, r.labels ?? null, ...columns.map((c) => props(r)[c] ?? null)]));
    options.onProgress?.(kind, table.rows);
    after = String(page[page.length - 1]!.id);
    if (page.length < pageSize) break;
  }
  await table.close();
  const header = [`id:ID(${ID_SPACE})`, ':LABEL', ...columns.map((c, i) => `${c}:${table.types[i + 2]!.name}`)];
  return writeHeader(table, kind, header);
}

async function exportType(store: GraphStore, dir: string, type: RelationshipType, pageSize: number, options: AdminExportOptions): Promise<AdminExportFile | null> {
  const slots = { REL_TYPE: type };
  const columns = await columnsOf(store, 'export-relationship-keys', slots, []);
  if (columns.length === 0) return null;
  const table = new CsvTable(join(dir, `relationships-${type}.csv`), ['start', 'end', 'type', ...columns]);
  let cursor = { afterStart: '', afterEnd: '', afterKey: '' };
  for (;;) {
    const page = await store.read({ statement: 'export-relationships', slots, params: { ...cursor, limit: pageSize } });
    if (page.length === 0) break;
    await table.add(page.map((r) => [r.start ?? null, r.end ?? null, type, ...columns.map((c) => props(r)[c] ?? null)]));
    options.onProgress?.(type, table.rows);
    const last = page[page.length - 1]!;
    cursor = { afterStart: String(last.start), afterEnd: String(last.end), afterKey: String(last.key ?? '') };
    if (page.length < pageSize) break;
  }
  await table.close();
  const header = [`:START_ID(${ID_SPACE})`, `:END_ID(${ID_SPACE})`, ':TYPE', ...columns.map((c, i) => `${c}:${table.types[i + 3]!.name}`)];
  return writeHeader(table, type, header);
}

function writeHeader(table: CsvTable, name: string, header: string[]): AdminExportFile {
  const path = table.path.replace(/\.csv$/, '.header.csv');
  writeFileSync(path, `${header.join(',')}\n`);
  return { name, header: path, data: table.path, rows: table.rows };
}

const shellWord = (s: string) => (/^[\w./:=,+@-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** The neo4j-admin command for the files, with paths relative to `base` when given. */
export function adminImportCommand(nodes: AdminExportFile[], relationships: AdminExportFile[], rel: (path: string) => string = (p) => p): string {
  return [
    'neo4j-admin', 'database', 'import', 'full',
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`, '--multiline-fields=true', '--id-type=string',
    ...nodes.map((f) => `--nodes=${rel(f.header)},${rel(f.data)}`),
    ...relationships.map((f) => `--relationships=${rel(f.header)},${rel(f.data)}`),
    'neo4j',
  ].map(shellWord).join(' ');
}

/** Writes every node kind and relationship type of the store as neo4j-admin CSV files in `dir`. */
export async function exportForNeo4jAdmin(store: GraphStore, dir: string, options: AdminExportOptions = {}): Promise<AdminExportResult> {
  const folder = resolve(dir);
  mkdirSync(folder, { recursive: true });
  const pageSize = Math.max(1, options.pageSize ?? 10_000);
  const nodes: AdminExportFile[] = [];
  for (const kind of kindNames) {
    const file = await exportKind(store, folder, kind, pageSize, options);
    if (file) nodes.push(file);
  }
  const relationships: AdminExportFile[] = [];
  for (const type of relationshipTypes) {
    const file = await exportType(store, folder, type, pageSize, options);
    if (file) relationships.push(file);
  }
  const script = join(folder, 'neo4j-admin-import.sh');
  const local = (p: string) => p.slice(folder.length + 1);
  writeFileSync(script, `#!/bin/sh\n# Loads these files into a new database "neo4j" (stop Neo4j first; then run \`beslutsgraf init\`).\ncd "$(dirname "$0")" && exec ${adminImportCommand(nodes, relationships, local)} "$@"\n`, { mode: 0o755 });
  return { dir: folder, nodes, relationships, command: adminImportCommand(nodes, relationships), script };
}
