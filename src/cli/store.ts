import { applySchema, openStore, storeConfigFromEnv, type GraphStore, type OpenOptions } from '../store/index.js';
import type { Io } from './command.js';

/**
 * Opens the configured store (Neo4j when NEO4J_URI is set, else embedded), applies the schema, runs
 * `work`, closes. When `work` fails, its error is the one reported: a store that then also fails to
 * close (a full disk fails both) must not hide why the work stopped.
 */
export async function withStore<T>(io: Io, work: (store: GraphStore) => Promise<T>, options: OpenOptions = {}): Promise<T> {
  const store = await openStore(storeConfigFromEnv(io.env), options);
  let result: T;
  try {
    await applySchema(store);
    result = await work(store);
  } catch (e) {
    await store.close().catch(() => {});
    throw e;
  }
  await store.close();
  return result;
}
