import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { loadWithStatements } from './load.js';
import { fillSlots, statementText } from './statements.js';
import { type GraphStore, type LoadBatch, type Params, type ReadOptions, type Row, type Step, StoreTimeoutError, StoreUnavailableError } from './types.js';
import { toPlainRow } from './values.js';

export interface Neo4jSettings {
  uri: string;
  username?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
}

/** Whole numbers go to Neo4j as integers (a JS number would arrive as a float and break LIMIT, ranges, ids). */
function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  }
  return value;
}

const isInteger = (v: object): v is { toNumber(): number } => neo4j.isInt(v);

/** Neo4j 5, Aura or a cluster (`neo4j://` routing URIs), through neo4j-driver's managed transactions. */
export class Neo4jStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  readonly location: string;
  private readonly driver: Driver;
  private readonly database: string | undefined;

  private constructor(driver: Driver, settings: Neo4jSettings) {
    this.driver = driver;
    this.location = settings.uri;
    this.database = settings.database;
  }

  static async open(settings: Neo4jSettings): Promise<Neo4jStore> {
    let driver: Driver;
    try {
      driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username ?? 'neo4j', settings.password ?? ''), {
        connectionAcquisitionTimeout: 10_000,
        maxTransactionRetryTime: 15_000,
      });
      await driver.verifyConnectivity(settings.database ? { database: settings.database } : {});
    } catch (e) {
      throw new StoreUnavailableError(`cannot reach Neo4j at ${settings.uri}: ${(e as Error).message}. ` +
        'Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, or unset NEO4J_URI to use the embedded store.');
    }
    return new Neo4jStore(driver, settings);
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({ defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, ...(this.database ? { database: this.database } : {}) });
  }

  private static async run(tx: ManagedTransaction, step: Step): Promise<Row[]> {
    const result = await tx.run(fillSlots(statementText(step.statement), step.slots), toDriverParams(step.params ?? {}) as Params);
    return result.records.map((r) => toPlainRow(r.toObject(), isInteger));
  }

  async read(step: Step, options: ReadOptions = {}): Promise<Row[]> {
    const session = this.session('READ');
    try {
      return await session.executeRead((tx) => Neo4jStore.run(tx, step), options.timeoutMs ? { timeout: options.timeoutMs } : {});
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (code.includes('TransactionTimedOut') || code.includes('Terminated')) {
        throw new StoreTimeoutError(`statement ${step.statement} ran past ${options.timeoutMs} ms`);
      }
      if (code === 'ServiceUnavailable' || code === 'SessionExpired') throw new StoreUnavailableError(`Neo4j at ${this.location} is unavailable: ${(e as Error).message}`);
      throw e;
    } finally {
      await session.close();
    }
  }

  async write(steps: Step[]): Promise<Row[][]> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(async (tx) => {
        const out: Row[][] = [];
        for (const step of steps) out.push(await Neo4jStore.run(tx, step));
        return out;
      });
    } finally {
      await session.close();
    }
  }

  /** Neo4j loads with the Cypher insert statements; `neo4j-admin` (see `export`) is the bulk path. */
  async load(batches: Iterable<LoadBatch> | AsyncIterable<LoadBatch>): Promise<void> {
    await loadWithStatements(this, batches);
  }

  async runSchema(statements: string[]): Promise<void> {
    const session = this.session('WRITE');
    try {
      for (const s of statements) {
        try {
          await session.run(s);
        } catch (e) {
          // The embedded store needs an explicit index on Entity.id; on Neo4j the uniqueness
          // constraint already provides one, which a server may report rather than pass over.
          if (!String((e as { code?: string }).code ?? '').endsWith('AlreadyExists')) throw e;
        }
      }
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<void> {
    await this.read({ statement: 'ping' });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
