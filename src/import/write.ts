import { datePrecision, encodeSource, foldText, type KindName, type RelationshipType } from '../model/index.js';
import type { GraphStore, Value } from '../store/types.js';
import type { ImportPlan, PlannedNode, PlannedRelationship } from './plan.js';

export interface WriteCounts { created: number; merged: number }

export interface WriteResult {
  nodes: Partial<Record<KindName, WriteCounts>>;
  relationships: Partial<Record<RelationshipType, WriteCounts>>;
}

export interface WriteOptions {
  batchSize?: number;
  /** Called after each batch with the rows written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_BATCH_SIZE = 1_000;

/** The text search matches: the name and the other names a thing goes by, folded. */
function searchText(node: PlannedNode): string {
  const f = node.fields;
  const parts = [f.name, f.title, f.abbreviation, f.shortName, f.number, f.designation, ...(Array.isArray(f.aliases) ? f.aliases : [])];
  return foldText(parts.filter((p): p is string => typeof p === 'string').join(' | '));
}

export function nodeRow(node: PlannedNode): Record<string, Value> {
  const props: Record<string, Value> = { ...node.fields, kind: node.kind, searchText: searchText(node) };
  if (typeof node.fields.date === 'string') props.datePrecision = datePrecision(node.fields.date);
  return { id: node.id, props, sources: node.sources.map(encodeSource) };
}

export function relationshipRow(r: PlannedRelationship): Record<string, Value> {
  return { from: r.from, to: r.to, key: r.key, props: r.fields, sources: r.sources.map(encodeSource) };
}

function groupBy<T, K>(items: Iterable<T>, keyOf: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Writes nodes, then relationships, in batches of one kind or type, each batch its own transaction.
 * Every write is an idempotent MERGE, so a run that stops half way is completed by running it again.
 */
export async function writePlan(store: GraphStore, plan: ImportPlan, options: WriteOptions = {}): Promise<WriteResult> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const total = plan.nodes.size + plan.relationships.size;
  let done = 0;
  const result: WriteResult = { nodes: {}, relationships: {} };

  const run = async <G extends string>(
    groups: Map<G, Array<PlannedNode | PlannedRelationship>>, statement: string, slot: 'Kind' | 'REL_TYPE',
    toRow: (x: never) => Record<string, Value>, into: Partial<Record<G, WriteCounts>>,
  ) => {
    for (const [group, items] of groups) {
      const counts: WriteCounts = { created: 0, merged: 0 };
      for (let i = 0; i < items.length; i += batchSize) {
        const rows = items.slice(i, i + batchSize).map((x) => toRow(x as never));
        const [out] = await store.write([{ statement, params: { rows }, slots: { [slot]: group } }]);
        const created = Number(out?.[0]?.created ?? 0);
        counts.created += created;
        counts.merged += rows.length - created;
        done += rows.length;
        options.onProgress?.(done, total);
      }
      into[group] = counts;
    }
  };
  await run(groupBy(plan.nodes.values(), (n) => n.kind), 'upsert-nodes', 'Kind', nodeRow, result.nodes);
  await run(groupBy(plan.relationships.values(), (r) => r.type), 'upsert-relationships', 'REL_TYPE', relationshipRow, result.relationships);
  return result;
}
