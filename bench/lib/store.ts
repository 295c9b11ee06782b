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

/** Empties a store in slices, so a benchmark run starts from nothing. Returns how many nodes went. */
export async function clearStore(store: GraphStore): Promise<number> {
  let deleted = 0;
  for (;;) {
    const [rows] = await store.write([{ statement: 'bench-clear', params: { limit: 50_000 } }]);
    const n = Number(rows?.[0]?.deleted ?? 0);
    deleted += n;
    if (n === 0) return deleted;
  }
}
