import {
  datePrecision, encodeSource, kindDefinition, keyOf, makeId, relationships as relationshipDefs, type ReferenceField,
  type KindName, type RelationshipType, type Source,
} from '../model/index.js';
import { storeIsEmpty } from '../store/stats.js';
import type { GraphStore, Value } from '../store/types.js';
import { issueAt, readEnvelope, zodIssues, type NodeStatement, type Origin, type RelationshipStatement } from './envelope.js';
import type { ImportInput } from './files.js';
import type { ImportIssue } from './issues.js';
import { describe, mergeFields } from './merge.js';
import { References } from './references.js';

/** Source lists may be shared between statements; they are replaced, never changed in place. */
export interface PlannedNode {
  id: string;
  kind: KindName;
  fields: Record<string, Value>;
  /** Reference fields, resolved to ids; written as relationships, not properties. */
  links: Record<string, string>;
  sources: readonly Source[];
  origin: Origin;
}

export interface PlannedRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  key: string;
  fields: Record<string, Value>;
  sources: readonly Source[];
  origin: Origin;
}

/** A whole import, validated and resolved: what will be written. */
export interface ImportPlan {
  nodes: Map<string, PlannedNode>;
  relationships: Map<string, PlannedRelationship>;
  /** Ids of the plan's nodes that the store already holds. */
  existing: Set<string>;
}

interface ValidNode { statement: NodeStatement; fields: Record<string, Value> }

export function relationshipKey(type: RelationshipType, from: string, to: string, key: string): string {
  return `${type}\u0000${from}\u0000${to}\u0000${key}`;
}

/** Validates and resolves all inputs together. Returns every issue found, or the plan. */
export async function planImport(inputs: ImportInput[], store: GraphStore | null): Promise<{ plan: ImportPlan; issues: ImportIssue[] }> {
  const issues: ImportIssue[] = [];
  const refs = new References();
  const nodeStatements: NodeStatement[] = [];
  const relationshipStatements: RelationshipStatement[] = [];
  for (const input of inputs) {
    const { nodes, relationships } = readEnvelope(input, issues);
    nodeStatements.push(...nodes);
    relationshipStatements.push(...relationships);
  }

  // Each node's own fields, against its kind's schema.
  const valid: ValidNode[] = [];
  for (const statement of nodeStatements) {
    if (statement.ref !== undefined && !refs.declare(statement.ref)) {
      issues.push(issueAt(statement.origin, `ref "${statement.ref}" is declared twice in this import`, ['ref']));
      continue;
    }
    const parsed = kindDefinition(statement.kind).properties.safeParse(statement.fields);
    if (!parsed.success) {
      issues.push(...zodIssues(statement.origin, parsed.error));
      if (statement.ref !== undefined) refs.fail(statement.ref);
      continue;
    }
    if (statement.kind !== 'Document' && !statement.sources) {
      issues.push(issueAt(statement.origin, 'no provenance: give `sources` on the node or at the top of the file'));
    }
    valid.push({ statement, fields: stripUndefined(parsed.data) });
  }

  const nodes = resolveNodes(valid, refs, issues);
  const relationships = new Map<string, PlannedRelationship>();
  for (const node of nodes.values()) deriveRelationships(node, nodes, relationships, issues);
  for (const statement of relationshipStatements) addStatedRelationship(statement, refs, relationships, issues);
  resolveSources(nodes, relationships, refs, issues);

  // Endpoints and source documents outside the import must already be in the store.
  const outside = new Set<string>();
  const noteOutside = (id: string) => { if (!nodes.has(id)) outside.add(id); };
  for (const r of relationships.values()) { noteOutside(r.from); noteOutside(r.to); }
  for (const items of [nodes.values(), relationships.values()]) for (const n of items) for (const s of n.sources) noteOutside(s.document);
  const stored = store && !(await storeIsEmpty(store)) ? await lookup(store, [...outside, ...nodes.keys()]) : new Map<string, { kind: string; name: string }>();
  const known = (id: string) => nodes.has(id) || stored.has(id);
  if (outside.size > 0) {
    for (const r of relationships.values()) {
      if (!known(r.from)) issues.push(issueAt(r.origin, `${r.from} is neither in this import nor in the store`, ['from']));
      if (!known(r.to)) issues.push(issueAt(r.origin, `${r.to} is neither in this import nor in the store`, ['to']));
    }
    for (const items of [nodes.values(), relationships.values()]) {
      for (const n of items) {
        n.sources.forEach((s, i) => {
          if (!known(s.document)) issues.push(issueAt(n.origin, `source document ${s.document} is neither in this import nor in the store`, ['sources', i, 'document']));
        });
      }
    }
  }

  nameNodes(nodes, stored);
  const existing = new Set<string>();
  if (stored.size > 0) for (const id of nodes.keys()) if (stored.has(id)) existing.add(id);
  return { plan: { nodes, relationships, existing }, issues };
}

function stripUndefined(o: Record<string, unknown>): Record<string, Value> {
  for (const key in o) if (o[key] === undefined) return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, Value>;
  return o as Record<string, Value>;
}

/** A kind's reference fields, listed once rather than for every node. */
const referencesOf = (() => {
  const cache = new Map<KindName, Array<[string, ReferenceField]>>();
  return (kind: KindName) => {
    let list = cache.get(kind);
    if (!list) cache.set(kind, (list = Object.entries(kindDefinition(kind).references).filter((e): e is [string, ReferenceField] => e[1] !== undefined)));
    return list;
  };
})();

/** Resolves reference fields in passes (a decision's id needs its body's id), computes ids and merges duplicates. */
function resolveNodes(valid: ValidNode[], refs: References, issues: ImportIssue[]): Map<string, PlannedNode> {
  const nodes = new Map<string, PlannedNode>();
  let pending = valid;
  while (pending.length > 0) {
    const next: ValidNode[] = [];
    for (const v of pending) {
      const { statement } = v;
      const def = kindDefinition(statement.kind);
      let waiting = false;
      let broken = false;
      // The fields are the schema's own copy: references are replaced by ids in place (an id
      // resolves to itself when a node waits for another pass).
      const fields = v.fields;
      for (const [field, spec] of referencesOf(statement.kind)) {
        const value = fields[field];
        if (typeof value !== 'string') continue;
        const r = refs.resolve(value);
        if (r.status === 'pending') waiting = true;
        else if (r.status === 'failed') broken = true;
        else if (r.status === 'unknown') { issues.push(issueAt(statement.origin, r.message, [field])); broken = true; }
        else if (!spec.kinds.includes(r.kind)) { issues.push(issueAt(statement.origin, `${field} must name a ${spec.kinds.join(' or ')}, not a ${r.kind} (${r.id})`, [field])); broken = true; }
        else fields[field] = r.id;
      }
      if (broken) { if (statement.ref !== undefined) refs.fail(statement.ref); continue; }
      if (waiting) { next.push(v); continue; }
      const id = makeId(def.prefix, def.key(fields as never));
      if (statement.id !== undefined && statement.id !== id) {
        issues.push(issueAt(statement.origin, `the id is computed from the natural key as ${id}, not ${statement.id}`, ['id']));
      }
      if (statement.ref !== undefined) refs.settle(statement.ref, id);
      addNode(nodes, { id, kind: statement.kind, fields, links: {}, sources: statement.sources ?? [], origin: statement.origin }, issues);
    }
    if (next.length === pending.length) {
      for (const v of next) issues.push(issueAt(v.statement.origin, 'its references form a cycle of refs that never resolves'));
      break;
    }
    pending = next;
  }
  return nodes;
}

function addNode(nodes: Map<string, PlannedNode>, node: PlannedNode, issues: ImportIssue[]): void {
  const existing = nodes.get(node.id);
  if (!existing) return void nodes.set(node.id, node);
  for (const field of mergeFields(existing.fields, node.fields)) {
    issues.push(issueAt(node.origin, `conflicting values for ${node.id}: ${describe(node.fields[field])} here, ${describe(existing.fields[field])} in ${existing.origin.input.name}`, [field]));
  }
  existing.sources = existing.sources.concat(node.sources);
}

function addRelationship(relationships: Map<string, PlannedRelationship>, r: PlannedRelationship, issues: ImportIssue[]): void {
  const k = relationshipKey(r.type, r.from, r.to, r.key);
  const existing = relationships.get(k);
  if (!existing) return void relationships.set(k, r);
  for (const field of mergeFields(existing.fields, r.fields)) {
    issues.push(issueAt(r.origin, `conflicting values for ${r.type} ${r.from} → ${r.to}: ${describe(r.fields[field])} here, ${describe(existing.fields[field])} in ${existing.origin.input.name}`, [field]));
  }
  existing.sources = existing.sources.concat(r.sources);
}

/** Reference fields become relationships; a decision with a full date also gets its meeting. */
function deriveRelationships(node: PlannedNode, nodes: Map<string, PlannedNode>, out: Map<string, PlannedRelationship>, issues: ImportIssue[]): void {
  for (const [field, spec] of referencesOf(node.kind)) {
    const target = node.fields[field];
    if (typeof target !== 'string') continue;
    delete node.fields[field];
    node.links[field] = target;
    const [from, to] = spec.direction === 'out' ? [node.id, target] : [target, node.id];
    addRelationship(out, { type: spec.relationship, from, to, key: '', fields: {}, sources: node.sources, origin: node.origin }, issues);
    if (node.kind === 'Decision' && field === 'body' && typeof node.fields.date === 'string' && datePrecision(node.fields.date) === 'day') {
      const meetingId = makeId('meeting', keyOf(target), node.fields.date);
      if (!nodes.has(meetingId)) {
        nodes.set(meetingId, { id: meetingId, kind: 'Meeting', fields: { date: node.fields.date }, links: { body: target }, sources: node.sources, origin: node.origin });
        addRelationship(out, { type: 'HELD_BY', from: meetingId, to: target, key: '', fields: {}, sources: node.sources, origin: node.origin }, issues);
      }
      addRelationship(out, { type: 'AT_MEETING', from: node.id, to: meetingId, key: '', fields: {}, sources: node.sources, origin: node.origin }, issues);
    }
  }
}

function addStatedRelationship(statement: RelationshipStatement, refs: References, out: Map<string, PlannedRelationship>, issues: ImportIssue[]): void {
  const def = relationshipDefs[statement.type];
  const parsed = def.properties.safeParse(statement.fields);
  if (!parsed.success) return void issues.push(...zodIssues(statement.origin, parsed.error));
  const ends: string[] = [];
  for (const [end, allowed] of [['from', def.from], ['to', def.to]] as const) {
    const r = refs.resolve(statement[end]);
    if (r.status === 'failed') return;
    if (r.status === 'pending') return void issues.push(issueAt(statement.origin, `ref "${statement[end]}" names a node whose id could not be computed`, [end]));
    if (r.status === 'unknown') return void issues.push(issueAt(statement.origin, r.message, [end]));
    if (!allowed.includes(r.kind)) return void issues.push(issueAt(statement.origin, `${statement.type} ${end === 'from' ? 'starts at' : 'ends at'} a ${allowed.join(', ')}, not a ${r.kind} (${r.id})`, [end]));
    ends.push(r.id);
  }
  const fields = stripUndefined(parsed.data);
  const key = (def.keyProperties ?? []).map((p) => (fields[p] === undefined ? '' : String(fields[p]))).join('|');
  if (!statement.sources) issues.push(issueAt(statement.origin, 'no provenance: give `sources` on the relationship or at the top of the file'));
  addRelationship(out, { type: statement.type, from: ends[0]!, to: ends[1]!, key, fields, sources: statement.sources ?? [], origin: statement.origin }, issues);
}

/** Source documents may be named by ref; they must be Documents. Duplicate sources collapse. */
function resolveSources(nodes: Map<string, PlannedNode>, relationships: Map<string, PlannedRelationship>, refs: References, issues: ImportIssue[]): void {
  // Many statements share their file's sources, and derived relationships their node's: each
  // source is resolved once, and the same source comes out for the same source going in.
  const resolvedOf = new Map<Source, Source>();
  const resolveOne = (s: Source, item: PlannedNode | PlannedRelationship, i: number): Source | null => {
    const known = resolvedOf.get(s);
    if (known) return known;
    const r = refs.resolve(s.document);
    if (r.status === 'unknown') return void issues.push(issueAt(item.origin, r.message, ['sources', i, 'document'])), null;
    if (r.status !== 'id') return null;
    if (r.kind !== 'Document') return void issues.push(issueAt(item.origin, `a source must be a Document, not a ${r.kind} (${r.id})`, ['sources', i, 'document'])), null;
    const out = r.id === s.document ? s : { ...s, document: r.id };
    resolvedOf.set(s, out);
    return out;
  };
  for (const items of [nodes.values(), relationships.values()]) {
    for (const item of items) {
      const resolved: Source[] = [];
      const seen = item.sources.length > 1 ? new Set<string>() : null;
      item.sources.forEach((s, i) => {
        const source = resolveOne(s, item, i);
        if (!source) return;
        const k = seen ? encodeSource(source) : '';
        if (seen?.has(k)) return;
        seen?.add(k);
        resolved.push(source);
      });
      // Lists are shared (a file's sources, a node's with its derived relationships), never changed
      // in place: a changed list is a new one.
      if (resolved.length !== item.sources.length || resolved.some((s, i) => s !== item.sources[i])) item.sources = resolved;
    }
  }
}

async function lookup(store: GraphStore, ids: string[]): Promise<Map<string, { kind: string; name: string }>> {
  const out = new Map<string, { kind: string; name: string }>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 5_000) {
    const rows = await store.read({ statement: 'lookup-entities', params: { ids: unique.slice(i, i + 5_000) } });
    for (const row of rows) out.set(String(row.id), { kind: String(row.kind), name: String(row.name) });
  }
  return out;
}

/** Kinds without a stated name get one derived from their key fields ("Regionstyrelsen 2020-03-24 § 39"). */
function nameNodes(nodes: Map<string, PlannedNode>, stored: Map<string, { name: string }>): void {
  const nameOf = (id: string): string => {
    const n = nodes.get(id);
    return (n?.fields.name as string | undefined) ?? stored.get(id)?.name ?? id;
  };
  const derived = new Map<string, string>();
  for (const node of nodes.values()) {
    const def = kindDefinition(node.kind);
    if (node.fields.name === undefined && def.displayName) {
      derived.set(node.id, def.displayName({ ...node.fields, ...node.links } as never, nameOf));
    }
  }
  for (const [id, name] of derived) nodes.get(id)!.fields.name = name;
}
