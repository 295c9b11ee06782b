import { kindNames, relationshipTypes, type KindName, type RelationshipType } from '../model/index.js';
import type { GraphStore } from './types.js';

export interface GraphStats {
  nodes: Record<KindName, number>;
  relationships: Record<RelationshipType, number>;
}

/** Whether the store holds no node at all: one lookup, not a count. */
export async function storeIsEmpty(store: Pick<GraphStore, 'read'>): Promise<boolean> {
  return (await store.read({ statement: 'any-entity' })).length === 0;
}

/** Counts by the model's kind and relationship-type names, every name present, in model order. */
export async function graphStats(store: GraphStore): Promise<GraphStats> {
  const [nodeRows, relRows] = await Promise.all([
    store.read({ statement: 'stats-nodes' }),
    store.read({ statement: 'stats-relationships' }),
  ]);
  const nodes = Object.fromEntries(kindNames.map((k) => [k, 0])) as Record<KindName, number>;
  const relationships = Object.fromEntries(relationshipTypes.map((t) => [t, 0])) as Record<RelationshipType, number>;
  for (const r of nodeRows) if (typeof r.kind === 'string' && r.kind in nodes) nodes[r.kind as KindName] = Number(r.count);
  for (const r of relRows) if (typeof r.type === 'string' && r.type in relationships) relationships[r.type as RelationshipType] = Number(r.count);
  return { nodes, relationships };
}
