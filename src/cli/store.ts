import { applySchema, openStore, storeConfigFromEnv, type GraphStore } from '../store/index.js';
import type { Io } from './command.js';

/** Opens the configured store (Neo4j when NEO4J_URI is set, else embedded), applies the schema, runs `work`, closes. */
export async function withStore<T>(io: Io, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore(storeConfigFromEnv(io.env));
  try {
    await applySchema(store);
    return await work(store);
  } finally {
    await store.close();
  }
}
