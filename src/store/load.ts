import type { GraphStore, LoadBatch, Step } from './types.js';

/** The Cypher form of a load batch: `insert-nodes` or `insert-relationships` with its slot filled. */
export function loadStep(batch: LoadBatch): Step {
  return 'nodes' in batch
    ? { statement: 'insert-nodes', params: { rows: batch.nodes }, slots: { Kind: batch.kind } }
    : { statement: 'insert-relationships', params: { rows: batch.relationships }, slots: { REL_TYPE: batch.type } };
}

/** A load as Cypher statements, one write transaction a batch: how Neo4j loads. */
export async function loadWithStatements(store: Pick<GraphStore, 'write'>, batches: Iterable<LoadBatch> | AsyncIterable<LoadBatch>): Promise<void> {
  for await (const batch of batches) await store.write([loadStep(batch)]);
}

