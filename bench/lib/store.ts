import { applySchema, EmbeddedStore, openStore, storeConfigFromEnv, type GraphStore } from '../../src/store/index.js';

/**
 * A store named on a phase's command line: `embedded:DIR` (a fresh or existing data directory) or
 * `neo4j` (the database NEO4J_URI points at).
 */
export async function openBenchStore(spec: string): Promise<GraphStore> {
  const store = spec.startsWith('embedded:') ? EmbeddedStore.open(spec.slice('embedded:'.length)) : await openStore(storeConfigFromEnv());
  await applySchema(store);
  return store;
}
