import type { RelationshipType } from '../../model/index.js';
import type { Row, Value } from '../../store/types.js';
import type { Direction } from '../schema/relation-fields.js';
import { Batch } from './batch.js';
import type { ExpansionPlan } from './plan.js';
import type { StoreReader } from './reader.js';
import { isNodeRecord, type NodeRecord, Subgraph, toRelRecord } from './subgraph.js';

/** Levels one `api-expand` round trip covers (the statement is written out for five). */
export const EXPAND_LEVELS = 5;

/** A node map from a statement, without the embedded store's internal `_id` and `_labels`. */
export function toNodeRecord(v: Value | undefined): NodeRecord | null {
  if (!isNodeRecord(v)) return null;
  const out: Row = {};
  for (const [k, x] of Object.entries(v)) if (!k.startsWith('_')) out[k] = x;
  return out as NodeRecord;
}

function documentIdsOf(sources: Value | undefined): string[] {
  if (!Array.isArray(sources)) return [];
  const ids: string[] = [];
  for (const s of sources) {
    if (typeof s !== 'string') continue;
    try {
      const doc = (JSON.parse(s) as { document?: unknown }).document;
      if (typeof doc === 'string') ids.push(doc);
    } catch { /* a malformed source names no document */ }
  }
  return ids;
}

/**
 * Everything one GraphQL request has read, and the ways to read more. Root fields read their
 * entities and then, per their plan, the nested neighbourhood in one round trip; nested fields
 * resolve from the subgraph. What a plan did not foresee is read in batches, one per step.
 */
export class RequestGraph {
  readonly graph = new Subgraph();
  private readonly adjacency: Batch<string, true>;
  private readonly entities: Batch<string, NodeRecord | null>;

  constructor(readonly reader: StoreReader) {
    this.adjacency = new Batch(async (keys) => {
      const byId = new Map<string, Set<RelationshipType>>();
      for (const k of keys) {
        const [id, type] = k.split('|') as [string, RelationshipType];
        byId.set(id, (byId.get(id) ?? new Set()).add(type));
      }
      const types = new Set([...byId.values()].flatMap((s) => [...s]));
      await this.expandFrom([...byId.keys()], [types]);
      return new Map(keys.map((k) => [k, true as const]));
    }, true);
    this.entities = new Batch(async (ids) => {
      await this.fetch(ids);
      return new Map(ids.map((id) => [id, this.graph.node(id) ?? null]));
    }, null);
  }

  /** Adds the node maps a statement returned; returns them cleaned, in order. */
  addNodes(values: Value[]): NodeRecord[] {
    const out: NodeRecord[] = [];
    for (const v of values) {
      const node = toNodeRecord(v);
      if (!node) continue;
      this.graph.addNode(node);
      out.push(node);
    }
    return out;
  }

  addRels(values: Value[]): void {
    for (const v of values) this.graph.addRel(toRelRecord(v));
  }

  /** Reads entities by id into the subgraph (one round trip). */
  async fetch(ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.graph.node(id));
    if (missing.length === 0) return;
    const rows = await this.reader.read('api-entities', { ids: missing });
    this.addNodes(rows.map((r) => r.node ?? null));
  }

  entity(id: string): Promise<NodeRecord | null> {
    const known = this.graph.node(id);
    return known ? Promise.resolve(known) : this.entities.load(id);
  }

  /**
   * Reads what `plan` needs around the entities `ids`: at most ⌈levels/5⌉ + 1 round trips.
   * `sources` are source lists the root field returns outside the subgraph (its chain links).
   */
  async expand(ids: string[], plan: ExpansionPlan, sources: Value[] = []): Promise<void> {
    let frontier = [...new Set(ids)];
    const levels = plan.levels;
    for (let start = 0; start < levels.length && frontier.length > 0; start += EXPAND_LEVELS) {
      frontier = await this.expandFrom(frontier, levels.slice(start, start + EXPAND_LEVELS));
    }
    if (plan.documents) await this.fetchDocuments(sources);
  }

  /** One `api-expand` round trip; returns the last frontier, from which deeper levels continue. */
  private async expandFrom(ids: string[], levels: Array<Set<RelationshipType>>): Promise<string[]> {
    const param = Array.from({ length: EXPAND_LEVELS }, (_, i) => [...(levels[i] ?? [])]);
    const [row] = await this.reader.read('api-expand', { ids, levels: param });
    if (!row) return [];
    this.addNodes((row.nodes as Value[]) ?? []);
    this.addRels((row.rels as Value[]) ?? []);
    const frontiers = (row.frontiers as string[][]) ?? [];
    frontiers.forEach((f, i) => {
      const types = levels[i];
      if (types && types.size > 0) for (const id of f) this.graph.markLoaded(id, types);
    });
    return frontiers[EXPAND_LEVELS] ?? [];
  }

  private async fetchDocuments(sources: Value[]): Promise<void> {
    const ids = new Set<string>(sources.flatMap(documentIdsOf));
    for (const n of this.graph.allNodes()) for (const d of documentIdsOf(n.sources)) ids.add(d);
    for (const r of this.graph.allRels()) for (const d of documentIdsOf(r.props.sources)) ids.add(d);
    await this.fetch([...ids]);
  }

  /** The neighbours of `id` over `type`; reads them (batched) when no plan did. */
  async neighbours(id: string, type: RelationshipType, direction: Direction) {
    if (!this.graph.complete(id, type)) await this.adjacency.load(`${id}|${type}`);
    return this.graph.neighbours(id, type, direction);
  }
}
