import type { RelationshipType } from '../../model/index.js';
import type { Row, Value } from '../../store/types.js';
import type { Direction } from '../schema/relation-fields.js';

/** A node as the statements return it: its property map (`n {.*}`), with `id` and `kind`. */
export type NodeRecord = Row & { id: string; kind: string };

export interface RelRecord {
  from: string;
  to: string;
  type: RelationshipType;
  props: Record<string, Value>;
}

export function isNodeRecord(v: Value | undefined): v is NodeRecord {
  return !!v && typeof v === 'object' && !Array.isArray(v) && typeof v.id === 'string' && typeof v.kind === 'string';
}

export function toRelRecord(v: Value): RelRecord {
  const r = v as { from: string; to: string; type: RelationshipType; props: Record<string, Value> | null };
  return { from: r.from, to: r.to, type: r.type, props: r.props ?? {} };
}

/**
 * The part of the graph one request has read: the nodes, the relationships, and for each node the
 * relationship types whose every relationship of that node is present. Nested GraphQL fields resolve
 * from here; a field may only trust the adjacency `complete` says is complete.
 */
export class Subgraph {
  private readonly nodes = new Map<string, NodeRecord>();
  private readonly rels = new Map<string, RelRecord>();
  private readonly adjacency = new Map<string, RelRecord[]>();
  private readonly loaded = new Map<string, Set<RelationshipType>>();

  addNode(node: NodeRecord): void {
    this.nodes.set(node.id, { ...this.nodes.get(node.id), ...node });
  }

  node(id: string): NodeRecord | undefined {
    return this.nodes.get(id);
  }

  addRel(rel: RelRecord): void {
    const key = `${rel.from}|${rel.type}|${rel.to}|${JSON.stringify(rel.props.key ?? '')}`;
    if (this.rels.has(key)) return;
    this.rels.set(key, rel);
    for (const [id, dir] of [[rel.from, 'out'], [rel.to, 'in']] as const) {
      const k = `${id}|${rel.type}|${dir}`;
      const list = this.adjacency.get(k);
      if (list) list.push(rel);
      else this.adjacency.set(k, [rel]);
    }
  }

  markLoaded(id: string, types: Iterable<RelationshipType>): void {
    let set = this.loaded.get(id);
    if (!set) this.loaded.set(id, (set = new Set()));
    for (const t of types) set.add(t);
  }

  complete(id: string, type: RelationshipType): boolean {
    return this.loaded.get(id)?.has(type) ?? false;
  }

  /** The relationships of `type` at `id` in `direction`, each with the node at the other end. */
  neighbours(id: string, type: RelationshipType, direction: Direction): Array<{ rel: RelRecord; node: NodeRecord }> {
    const out: Array<{ rel: RelRecord; node: NodeRecord }> = [];
    for (const rel of this.adjacency.get(`${id}|${type}|${direction}`) ?? []) {
      const node = this.nodes.get(direction === 'out' ? rel.to : rel.from);
      if (node) out.push({ rel, node });
    }
    return out;
  }

  allNodes(): IterableIterator<NodeRecord> {
    return this.nodes.values();
  }

  allRels(): IterableIterator<RelRecord> {
    return this.rels.values();
  }
}
