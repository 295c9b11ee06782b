/**
 * The node and relationship lists of one import document, with `ref` aliases unique to the document
 * and each node stated once: mentions of the same thing add sources to one statement.
 */
import { slug } from '../../model/ids.js';
import type { RelationshipType } from '../../model/relationships.js';

export interface SourceRef {
  document: string;
  locator: string;
  quote?: string;
}

type Fields = Record<string, unknown>;
/** Provenance lists stay readable: a node cited a thousand times keeps its first fifty places. */
const MAX_SOURCES = 50;

export class GraphBuilder {
  readonly nodes: Fields[] = [];
  readonly relationships: Fields[] = [];
  private readonly byKey = new Map<string, Fields>();
  private readonly relByKey = new Map<string, Fields>();

  constructor(private readonly refPrefix: string) {}

  /** States a node once per `key`; returns its ref. Later mentions only add their source. */
  node(kind: string, key: string, fields: Fields, source?: SourceRef): string {
    const mapKey = `${kind}|${key}`;
    let node = this.byKey.get(mapKey);
    if (!node) {
      node = { kind, ref: `${this.refPrefix}-${kind.toLowerCase()}-${this.byKey.size}-${slug(key).slice(-40)}`, ...fields };
      if (source) node.sources = [];
      this.byKey.set(mapKey, node);
      this.nodes.push(node);
    }
    if (source) addSource(node, source);
    return node.ref as string;
  }

  /** The stated fields of a node, to refine them (a more precise date). */
  fieldsOf(kind: string, key: string): Fields | undefined {
    return this.byKey.get(`${kind}|${key}`);
  }

  relationship(type: RelationshipType, from: string, to: string, source: SourceRef, properties: Fields = {}): void {
    if (from === to) return;
    const key = `${type}|${from}|${to}|${JSON.stringify(properties)}`;
    let rel = this.relByKey.get(key);
    if (!rel) {
      rel = { type, from, to, ...properties, sources: [] };
      this.relByKey.set(key, rel);
      this.relationships.push(rel);
    }
    addSource(rel, source);
  }
}

function addSource(target: Fields, source: SourceRef): void {
  const list = target.sources as SourceRef[];
  if (list.length >= MAX_SOURCES) return;
  if (list.some((s) => s.locator === source.locator && s.document === source.document)) return;
  list.push(source);
}
