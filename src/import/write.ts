import { datePrecision, encodeSource, foldText, kindDefinition, type KindName, type RelationshipType, type Source } from '../model/index.js';
import type { GraphStore, LoadBatch, NodeRow, RelationshipRow, Slots, Value } from '../store/types.js';
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

/** A node's derived relationships carry its very sources: each is encoded once. */
const encoded = new WeakMap<Source, string>();
function encode(s: Source): string {
  let text = encoded.get(s);
  if (text === undefined) encoded.set(s, (text = encodeSource(s)));
  return text;
}

/** A node's properties: its fields but the references, which are its relationships. */
export function nodeRow(node: PlannedNode): NodeRow {
  const { references } = kindDefinition(node.kind);
  const props: Record<string, Value> = {};
  for (const field in node.fields) if (references[field] === undefined) props[field] = node.fields[field]!;
  props.kind = node.kind;
  props.searchText = searchText(node);
  if (typeof node.fields.date === 'string') props.datePrecision = datePrecision(node.fields.date);
  return { id: node.id, props, sources: node.sources.map(encode) };
}

export function relationshipRow(r: PlannedRelationship): RelationshipRow {
  return { from: r.from, to: r.to, key: r.key, props: r.fields, sources: r.sources.map(encode) };
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
 * Writes nodes, then relationships. What the store did not hold when the import was planned is
 * created by the store's load (its fast path), in batches of one kind or type; the rest is merged
 * with what is stored by the upsert statements, a transaction a batch. Every batch is idempotent
 * or checked, so a run that stops half way is completed by running it again: what it wrote is
 * then stored, and merged.
 */
export async function writePlan(store: GraphStore, plan: ImportPlan, options: WriteOptions = {}): Promise<WriteResult> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const total = plan.nodes.size + plan.relationships.length;
  let done = 0;
  const advance = (rows: number) => { done += rows; options.onProgress?.(done, total); };
  const isNewNode = (id: string) => plan.nodes.has(id) && !plan.existing.has(id);
  const isNewRelationship = (r: PlannedRelationship) => isNewNode(r.from) || isNewNode(r.to);

  const nodesByKind = groupBy(plan.nodes.values(), (n) => n.kind);
  const relationshipsByType = groupBy(plan.relationships, (r) => r.type);
  const result: WriteResult = { nodes: {}, relationships: {} };
  const count = <G extends string>(into: Partial<Record<G, WriteCounts>>, group: G, created: number, merged: number) => {
    const c = (into[group] ??= { created: 0, merged: 0 });
    c.created += created;
    c.merged += merged;
  };

  function* newRows(): Generator<LoadBatch> {
    for (const [kind, nodes] of nodesByKind) {
      for (const part of batches(nodes.filter((n) => isNewNode(n.id)), batchSize)) {
        yield { kind, nodes: part.map(nodeRow) };
        count(result.nodes, kind, part.length, 0);
        advance(part.length);
      }
    }
    for (const [type, relationships] of relationshipsByType) {
      for (const part of batches(relationships.filter(isNewRelationship), batchSize)) {
        yield { type, relationships: part.map(relationshipRow) };
        count(result.relationships, type, part.length, 0);
        advance(part.length);
      }
    }
  }
  // What the store did not hold is created by its load.
  await store.load(newRows());

  // What the store held is merged with it, a transaction a batch.
  const merge = async <G extends KindName | RelationshipType, T>(
    groups: Map<G, T[]>, isNew: (t: T) => boolean, statement: string, slot: keyof Slots,
    toRow: (t: T) => NodeRow | RelationshipRow, into: Partial<Record<G, WriteCounts>>,
  ) => {
    for (const [group, items] of groups) {
      for (const part of batches(items.filter((t) => !isNew(t)), batchSize)) {
        const [out] = await store.write([{ statement, params: { rows: part.map(toRow) }, slots: { [slot]: group } }]);
        const created = Number(out?.[0]?.created ?? 0);
        count(into, group, created, part.length - created);
        advance(part.length);
      }
    }
  };
  await merge(nodesByKind, (n) => isNewNode(n.id), 'upsert-nodes', 'Kind', nodeRow, result.nodes);
  await merge(relationshipsByType, isNewRelationship, 'upsert-relationships', 'REL_TYPE', relationshipRow, result.relationships);
  return result;
}

function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
