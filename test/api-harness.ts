import { importInputs, importPaths, type ImportInput } from '../src/import/index.js';
import { serve, type ServeOptions } from '../src/api/index.js';
import type { GraphStore, LoadBatch, ReadOptions, Step } from '../src/store/types.js';
import { freshStore } from './support/store.js';

/**
 * A real store that counts the statements it is asked to read, for the round-trip bound, and can
 * be made to fail a read the way a driver fails, to show what a client then sees.
 */
export class CountingStore implements GraphStore {
  readonly reads: string[] = [];
  failReadsWith: Error | null = null;
  constructor(private readonly inner: GraphStore) {}
  get backend() { return this.inner.backend; }
  get location() { return this.inner.location; }
  read(step: Step, options?: ReadOptions) {
    this.reads.push(step.statement);
    return this.failReadsWith ? Promise.reject(this.failReadsWith) : this.inner.read(step, options);
  }
  write(steps: Step[]) { return this.inner.write(steps); }
  load(batches: Iterable<LoadBatch> | AsyncIterable<LoadBatch>) { return this.inner.load(batches); }
  runSchema(statements: string[]) { return this.inner.runSchema(statements); }
  ping() { return this.inner.ping(); }
  close() { return this.inner.close(); }
}

export interface GraphQLResponse {
  status: number;
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
  text: string;
}

export interface TestApi {
  url: string;
  store: CountingStore;
  query(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  post(body: string, headers?: Record<string, string>): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

/** An in-memory store with `paths` (and `inputs`) imported, served over HTTP on a free local port. */
export async function startApi(paths: string[], options: ServeOptions = {}, inputs: ImportInput[] = []): Promise<TestApi> {
  const inner = await freshStore();
  if (paths.length > 0) await importPaths(inner, paths);
  if (inputs.length > 0) await importInputs(inner, inputs);
  const store = new CountingStore(inner);
  const server = await serve(store, { port: 0, host: '127.0.0.1', env: {}, log: () => {}, ...options });
  const post = async (body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    let json: Partial<GraphQLResponse> = {};
    try { json = JSON.parse(text); } catch { /* not JSON: the test looks at text */ }
    return { status: res.status, data: json.data, errors: json.errors, text };
  };
  return {
    url: server.url,
    store,
    post,
    query: (query, variables) => post(JSON.stringify({ query, variables })),
    async close() { await server.close(); await inner.close(); },
  };
}

export const RS = 'board:region-jamtland-harjedalen/regionstyrelsen';
export const FIXTURES = 'test/fixtures/api';

/** `count` decisions of Regionstyrelsen in `year`, §§ 1…count, as one import input (the fixtures must be imported first). */
export function boardDecisions(count: number, year = 2019): ImportInput {
  return {
    name: `rs-${year}.yaml`,
    data: {
      version: 1,
      sources: [{ document: 'document:region-jamtland-harjedalen/regionstyrelsen/2021-01-26/agenda', locator: 'Bilaga' }],
      nodes: Array.from({ length: count }, (_, i) => ({
        kind: 'Decision', body: RS, date: `${year}-${String((i % 12) + 1).padStart(2, '0')}-15`, paragraph: i + 1, title: `Ärende nummer ${i + 1}`,
      })),
    },
  };
}
