/** A value as it crosses the store boundary: driver-specific integers and temporals are already converted. */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };
export type Row = Record<string, Value>;
export type Params = Record<string, unknown>;

/** A statement from `cypher/`, by file name, with its parameters. */
export interface Step {
  statement: string;
  params?: Params;
  /** Label and relationship-type slots filled from the model's closed set (see statements.ts). */
  slots?: Slots;
}

export interface Slots {
  /** Replaces the placeholder label `:Kind`. */
  Kind?: string;
  /** Replaces the placeholder relationship type `:REL_TYPE`. */
  REL_TYPE?: string;
}

/** A node the store does not hold yet: its id, its properties and its provenance (encoded). */
export interface NodeRow { id: string; props: Record<string, Value>; sources: string[] }

/** A relationship the store does not hold yet, between nodes it holds or that the same load creates. */
export interface RelationshipRow { from: string; to: string; key: string; props: Record<string, Value>; sources: string[] }

/** A batch of a load: nodes of one kind, or relationships of one type. */
export type LoadBatch =
  | { kind: string; nodes: NodeRow[] }
  | { type: string; relationships: RelationshipRow[] };

export interface ReadOptions {
  /** Abort the query after this many milliseconds with a StoreTimeoutError. */
  timeoutMs?: number;
}

/**
 * The one interface everything above the store layer uses. Both implementations run the same
 * statements from `cypher/`.
 */
export interface GraphStore {
  readonly backend: 'embedded' | 'neo4j';
  /** Where the data lives, for messages: a directory, `in-memory` or a Neo4j URI. */
  readonly location: string;
  /** Runs one statement in a read transaction. */
  read(step: Step, options?: ReadOptions): Promise<Row[]>;
  /** Runs the steps in one write transaction: all of them or none. */
  write(steps: Step[]): Promise<Row[][]>;
  /**
   * Creates what the store does not hold yet, batch by batch: each batch is written whole or not at
   * all, the load as a whole is not one transaction. The caller guarantees that no node id of the
   * load is stored and that every relationship has an end the load creates, so nothing needs to be
   * merged; this is the fast path of an import. Nodes come before the relationships that use them.
   */
  load(batches: Iterable<LoadBatch> | AsyncIterable<LoadBatch>): Promise<void>;
  /** Runs schema statements (constraints, indexes), each on its own, as schema changes require. */
  runSchema(statements: string[]): Promise<void>;
  /** Resolves when the store answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The store could not be reached or opened; the CLI exits 2 on it. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/** A read ran past its time limit. */
export class StoreTimeoutError extends Error {
  override name = 'StoreTimeoutError';
}
