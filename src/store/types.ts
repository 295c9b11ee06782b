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
