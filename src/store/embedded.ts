import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import grafeo from '@grafeo-db/js';
import { loadStep } from './load.js';
import { fillSlots, statementText } from './statements.js';
import { storeIsEmpty } from './stats.js';
import { type GraphStore, type LoadBatch, type NodeRow, type ReadOptions, type RelationshipRow, type Row, type Step, StoreTimeoutError, StoreUnavailableError } from './types.js';
import { toPlainRow, withTimeout } from './values.js';

type Database = InstanceType<typeof grafeo.GrafeoDB>;

/** The file inside the data directory that holds the embedded graph. */
export const EMBEDDED_FILE = 'graph.grafeo';

/** The in-process store (Grafeo): a data directory, or memory only when `dir` is null. */
export class EmbeddedStore implements GraphStore {
  readonly backend = 'embedded' as const;
  readonly location: string;
  private db: Database | null;
  /** The constraints and indexes of the applied schema, which a load lifts while it runs. */
  private schema: { constraints: string[]; indexes: string[] } = { constraints: [], indexes: [] };

  private constructor(db: Database, location: string) {
    this.db = db;
    this.location = location;
  }

  /** Opens the store in `dir`; with `create` false a missing store is not created but reported. */
  static open(dir: string | null, create = true): EmbeddedStore {
    if (dir === null) return new EmbeddedStore(grafeo.GrafeoDB.create(), 'in-memory');
    const folder = resolve(dir);
    const file = join(folder, EMBEDDED_FILE);
    if (!create && !existsSync(file)) {
      throw new StoreUnavailableError(`det finns inget lager i ${folder}: importera först (beslutsgraf import …) eller sätt BESLUTSGRAF_DATA till lagrets mapp`);
    }
    try {
      mkdirSync(folder, { recursive: true });
      const db = existsSync(file) ? grafeo.GrafeoDB.open(file) : grafeo.GrafeoDB.create(file);
      return new EmbeddedStore(db, folder);
    } catch (e) {
      throw new StoreUnavailableError(`cannot open the embedded store in ${folder}: ${(e as Error).message}. ` +
        'Set BESLUTSGRAF_DATA to another directory, or stop the process that holds this one.');
    }
  }

  private get database(): Database {
    if (!this.db) throw new StoreUnavailableError('the embedded store is closed');
    return this.db;
  }

  async read(step: Step, options: ReadOptions = {}): Promise<Row[]> {
    const run = this.database.executeCypher(fillSlots(statementText(step.statement), step.slots), step.params ?? {});
    const result = await withTimeout(run, options.timeoutMs,
      () => new StoreTimeoutError(`statement ${step.statement} ran past ${options.timeoutMs} ms`));
    return result.toArray().map((r) => toPlainRow(r));
  }

  async write(steps: Step[]): Promise<Row[][]> {
    const tx = this.database.beginTransaction();
    const out: Row[][] = [];
    try {
      for (const step of steps) {
        const result = await tx.executeCypher(fillSlots(statementText(step.statement), step.slots), step.params ?? {});
        out.push(result.toArray().map((r) => toPlainRow(r)));
      }
      tx.commit();
      return out;
    } catch (e) {
      if (tx.isActive) tx.rollback();
      throw e;
    }
  }

  /**
   * Loads through Grafeo's own batch calls, about three times the rate of the insert statements.
   * Grafeo checks a uniqueness constraint on every node it creates (2.5× slower), so a load that
   * writes anything lifts the constraints and puts them back after, also when it fails: the caller
   * has checked that no id it creates is stored, and only this process can write (the data file is
   * locked).
   * Building the next batch overlaps with Grafeo writing the last one off the main thread.
   */
  async load(batches: Iterable<LoadBatch> | AsyncIterable<LoadBatch>): Promise<void> {
    const created = new Map<string, number>();
    let lifted = false;
    let indexesLifted = false;
    let pending: Promise<void> = Promise.resolve();
    try {
      for await (const batch of batches) {
        if (!lifted) {
          lifted = true; // before the drop, so that a drop that fails half way is put back too
          // Into an empty store, indexes are built once after the nodes rather than node by node
          // (1.72M nodes: 97 s and a 5 s build instead of 126 s). They are back before the first
          // relationship, whose statement form finds its ends by id.
          indexesLifted = 'nodes' in batch && (await storeIsEmpty(this));
          await this.runEach(this.schema.constraints.map(dropStatementOf));
          if (indexesLifted) await this.runEach(this.schema.indexes.map(dropStatementOf));
        }
        await pending;
        if (indexesLifted && !('nodes' in batch)) {
          indexesLifted = false;
          await this.runEach(this.schema.indexes);
        }
        pending = 'nodes' in batch ? this.createNodes(batch.kind, batch.nodes, created) : this.createRelationships(batch, created);
        pending.catch(() => {}); // awaited on the next turn or below
      }
      await pending;
    } finally {
      await pending.catch(() => {}); // the batch in flight ends before the schema returns
      if (indexesLifted) await this.runEach(this.schema.indexes);
      if (lifted) await this.runEach(this.schema.constraints);
    }
  }

  private async runEach(statements: string[]): Promise<void> {
    for (const s of statements) await this.database.executeCypher(s);
  }

  private async createNodes(kind: string, rows: NodeRow[], created: Map<string, number>): Promise<void> {
    const ids = await this.database.batchCreateNodesWithProps(['Entity', kind], rows.map((r) => presentProps(r.props, { id: r.id, sources: r.sources })));
    rows.forEach((r, i) => created.set(r.id, ids[i]!));
  }

  /** Ends this load created go by Grafeo's node ids; a relationship to a node stored before takes the statement. */
  private async createRelationships(batch: { type: string; relationships: RelationshipRow[] }, created: Map<string, number>): Promise<void> {
    const direct: Array<{ src: number; dst: number; type: string; properties: object }> = [];
    const rest: RelationshipRow[] = [];
    for (const r of batch.relationships) {
      const src = created.get(r.from);
      const dst = created.get(r.to);
      if (src === undefined || dst === undefined) rest.push(r);
      else direct.push({ src, dst, type: batch.type, properties: presentProps(r.props, { key: r.key, sources: r.sources }) });
    }
    if (direct.length > 0) await this.database.batchCreateEdges(direct);
    if (rest.length > 0) await this.write([loadStep({ type: batch.type, relationships: rest })]);
  }

  /** Runs raw schema statements (schema.cypher), which cannot share a transaction with data. */
  async runSchema(statements: string[]): Promise<void> {
    await this.runEach(statements);
    const named = (kind: string) => statements.filter((s) => new RegExp(`^CREATE ${kind}\\b`, 'i').test(s));
    this.schema = {
      constraints: [...new Set([...this.schema.constraints, ...named('CONSTRAINT')])],
      indexes: [...new Set([...this.schema.indexes, ...named('INDEX')])],
    };
  }

  async ping(): Promise<void> {
    await this.database.executeCypher(statementText('ping'));
  }

  async close(): Promise<void> {
    this.db?.close();
    this.db = null;
  }
}

/** `SET n += props` leaves out nulls; so does a load. `into` is what the properties are added to. */
function presentProps(props: Record<string, unknown>, into: Record<string, unknown>): Record<string, unknown> {
  for (const key in props) if (props[key] !== null && props[key] !== undefined) into[key] ??= props[key];
  return into;
}

/** `CREATE CONSTRAINT name IF NOT EXISTS …` → `DROP CONSTRAINT name IF EXISTS`; the same for an index. */
function dropStatementOf(create: string): string {
  const [, what, name] = /^CREATE (CONSTRAINT|INDEX)\s+(\w+)/i.exec(create) ?? [];
  if (!what || !name) throw new Error(`a constraint or index without a name cannot be lifted for a load: ${create}`);
  return `DROP ${what.toUpperCase()} ${name} IF EXISTS`;
}
