import { applySchema, EmbeddedStore, type GraphStore } from '../../src/store/index.js';

/** A fresh in-memory embedded store with the schema applied. */
export async function freshStore(): Promise<EmbeddedStore> {
  const store = EmbeddedStore.open(null);
  await applySchema(store);
  return store;
}

/** Everything the store holds, in a stable order, to show that something did or did not change. */
export async function snapshot(store: GraphStore): Promise<string> {
  const nodes = await store.read({ statement: 'snapshot-nodes' });
  const relationships = await store.read({ statement: 'snapshot-relationships' });
  return JSON.stringify({ nodes, relationships });
}
