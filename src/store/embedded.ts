import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import grafeo from '@grafeo-db/js';
import { fillSlots, statementText } from './statements.js';
import { type GraphStore, type ReadOptions, type Row, type Step, StoreTimeoutError, StoreUnavailableError } from './types.js';
import { toPlainRow, withTimeout } from './values.js';

type Database = InstanceType<typeof grafeo.GrafeoDB>;

/** The file inside the data directory that holds the embedded graph. */
export const EMBEDDED_FILE = 'graph.grafeo';

/** The in-process store (Grafeo): a data directory, or memory only when `dir` is null. */
export class EmbeddedStore implements GraphStore {
  readonly backend = 'embedded' as const;
  readonly location: string;
  private db: Database | null;

  private constructor(db: Database, location: string) {
    this.db = db;
    this.location = location;
  }

  static open(dir: string | null): EmbeddedStore {
    if (dir === null) return new EmbeddedStore(grafeo.GrafeoDB.create(), 'in-memory');
    const folder = resolve(dir);
    const file = join(folder, EMBEDDED_FILE);
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

  /** Runs raw schema statements (schema.cypher), which cannot share a transaction with data. */
  async runSchema(statements: string[]): Promise<void> {
    for (const s of statements) await this.database.executeCypher(s);
  }

  async ping(): Promise<void> {
    await this.database.executeCypher(statementText('ping'));
  }

  async close(): Promise<void> {
    this.db?.close();
    this.db = null;
  }
}
