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

/** Something to write, and whether the store can already hold it. */
type Item = PlannedNode | PlannedRelationship;

interface Statements { fresh: string; merge: string; slot: 'Kind' | 'REL_TYPE' }

const NODES: Statements = { fresh: 'insert-nodes', merge: 'upsert-nodes', slot: 'Kind' };
const RELATIONSHIPS: Statements = { fresh: 'insert-relationships', merge: 'upsert-relationships', slot: 'REL_TYPE' };

/**
 * Writes nodes, then relationships, in batches of one kind or type, each batch its own transaction.
 * What the store did not hold when the import was planned takes the cheap insert statements; the
 * rest is merged with what is stored. Every write is idempotent, so a run that stops half way is
 * completed by running it again (what it wrote is then stored, and merged).
 */
export async function writePlan(store: GraphStore, plan: ImportPlan, options: WriteOptions = {}): Promise<WriteResult> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const total = plan.nodes.size + plan.relationships.size;
  let done = 0;
  const result: WriteResult = { nodes: {}, relationships: {} };
  const isNewNode = (id: string) => plan.nodes.has(id) && !plan.existing.has(id);

  const run = async <G extends string>(
    groups: Map<G, Item[]>, statements: Statements, isFresh: (x: Item) => boolean,
    toRow: (x: never) => Record<string, Value>, into: Partial<Record<G, WriteCounts>>,
  ) => {
    for (const [group, items] of groups) {
      const counts: WriteCounts = { created: 0, merged: 0 };
      for (const fresh of [true, false]) {
        const part = items.filter((x) => isFresh(x) === fresh);
        for (let i = 0; i < part.length; i += batchSize) {
          const rows = part.slice(i, i + batchSize).map((x) => toRow(x as never));
          const statement = fresh ? statements.fresh : statements.merge;
          const [out] = await store.write([{ statement, params: { rows }, slots: { [statements.slot]: group } }]);
          const created = fresh ? rows.length : Number(out?.[0]?.created ?? 0);
          counts.created += created;
          counts.merged += rows.length - created;
          done += rows.length;
          options.onProgress?.(done, total);
        }
      }
      into[group] = counts;
    }
  };
  await run(groupBy(plan.nodes.values(), (n) => n.kind), NODES, (n) => isNewNode((n as PlannedNode).id), nodeRow, result.nodes);
  await run(groupBy(plan.relationships.values(), (r) => r.type), RELATIONSHIPS,
    (r) => isNewNode((r as PlannedRelationship).from) || isNewNode((r as PlannedRelationship).to), relationshipRow, result.relationships);
  return result;
}
