import {
  datePrecision, encodeSource, kindDefinition, keyOf, makeId, relationships as relationshipDefs, type ReferenceField,
  type KindName, type RelationshipType, type Source,
} from '../model/index.js';
import { storeIsEmpty } from '../store/stats.js';
import type { GraphStore, Value } from '../store/types.js';
import { issueAt, type ImportIssue, type Origin } from './issues.js';
import { identityConflicts } from './identity.js';
import { describe, mergeFields } from './merge.js';
import { References } from './references.js';
import type { Statements, ValidatedInput, ValidNode, ValidRelationship } from './validate.js';

/** Source lists may be shared between statements; they are replaced, never changed in place. */
export interface PlannedNode {
  id: string;
  kind: KindName;
  /** Reference fields (a decision's body) hold ids here; they are written as relationships, not properties. */
  fields: Record<string, Value>;
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
  /** Each relationship once. */
  relationships: PlannedRelationship[];
  /** Ids of the plan's nodes that the store already holds. */
  existing: Set<string>;
}

/** A valid statement with its sources settled (its own or its file's) and its place in the input. */
type Stated<T> = Omit<T, 'at' | 'sources'> & { sources: readonly Source[]; origin: Origin };

function relationshipKey(type: RelationshipType, from: string, to: string, key: string): string {
  return `${type}\u0000${from}\u0000${to}\u0000${key}`;
}

/** Nodes and the refs of invalid nodes, in file order: a ref declared twice is reported where it is declared again. */
function declarations(s: Statements): Array<ValidNode | { ref: string; at: number }> {
  return s.failedRefs.length === 0 ? s.nodes : [...s.nodes, ...s.failedRefs].sort((a, b) => a.at - b.at);
}

/** Resolves the checked statements of all files together. Returns every issue found, or the plan. */
export async function planImport(files: ValidatedInput[], store: GraphStore | null): Promise<{ plan: ImportPlan; issues: ImportIssue[] }> {
  const issues: ImportIssue[] = [];
  const refs = new References();
  const { valid, stated } = gatherStatements(files, refs, issues);
  const nodes = resolveNodes(valid, refs, issues);
  const statedByKey = new Map<string, PlannedRelationship>();
  for (const statement of stated) addStatedRelationship(statement, refs, statedByKey, issues);
  const relationships = deriveRelationships(nodes, statedByKey);
  for (const r of statedByKey.values()) relationships.push(r);
  const documents = resolveSources(nodes, relationships, refs, issues);

  const outside = outsideIds(nodes, statedByKey.values(), documents);
  // A stored node the import also states must keep its name and natural key (identityConflicts).
  const checkStored = (id: string, props: Record<string, unknown>) => {
    const node = nodes.get(id);
    if (node) for (const issue of identityConflicts(node, props)) issues.push(issue);
  };
  const stored = store && !(await storeIsEmpty(store)) ? await lookup(store, [...outside, ...nodes.keys()], checkStored) : new Map<string, { kind: string; name: string }>();
  if (outside.size > 0) reportMissing(nodes, relationships, stored, issues);

  nameNodes(nodes, stored);
  const existing = new Set<string>();
  if (stored.size > 0) for (const id of nodes.keys()) if (stored.has(id)) existing.add(id);
  return { plan: { nodes, relationships, existing }, issues };
}

/** The valid statements of all files with their sources and origins settled; refs are declared on the way. */
function gatherStatements(files: ValidatedInput[], refs: References, issues: ImportIssue[]): { valid: Array<Stated<ValidNode>>; stated: Array<Stated<ValidRelationship>> } {
  const valid: Array<Stated<ValidNode>> = [];
  const stated: Array<Stated<ValidRelationship>> = [];
  for (const { file, statements } of files) {
    for (const issue of statements.issues) issues.push(issue);
    const fileSources = statements.sources ?? [];
    for (const n of declarations(statements)) {
      const origin: Origin = { file, path: ['nodes', n.at] };
      if (n.ref !== undefined && !refs.declare(n.ref)) {
        issues.push(issueAt(origin, `ref "${n.ref}" is declared twice in this import`, ['ref']));
        continue;
      }
      if (!('kind' in n)) refs.fail(n.ref);
      else valid.push({ kind: n.kind, ref: n.ref, id: n.id, fields: n.fields, sources: n.sources ?? fileSources, origin });
    }
    for (const r of statements.relationships) {
      stated.push({ type: r.type, from: r.from, to: r.to, fields: r.fields, sources: r.sources ?? fileSources, origin: { file, path: ['relationships', r.at] } });
    }
  }
  return { valid, stated };
}

/**
 * What the import names but does not hold, which must then be in the store: reference targets, the
 * ends of stated relationships and source documents. A derived relationship's ends are its node and
 * the target of its reference field, so only the target may be outside.
 */
function outsideIds(nodes: Map<string, PlannedNode>, stated: Iterable<PlannedRelationship>, documents: Set<string>): Set<string> {
  const outside = new Set<string>();
  const note = (id: string) => { if (!nodes.has(id)) outside.add(id); };
  for (const node of nodes.values()) {
    for (const [field] of referencesOf(node.kind)) {
      const target = node.fields[field];
      if (typeof target === 'string') note(target);
    }
  }
  for (const r of stated) { note(r.from); note(r.to); }
  for (const d of documents) note(d);
  return outside;
}

/** Reports every relationship end and source document that is neither in the import nor in the store. */
function reportMissing(nodes: Map<string, PlannedNode>, relationships: PlannedRelationship[], stored: Map<string, unknown>, issues: ImportIssue[]): void {
  const known = (id: string) => nodes.has(id) || stored.has(id);
  for (const r of relationships) {
    if (!known(r.from)) issues.push(issueAt(r.origin, `${r.from} is neither in this import nor in the store`, ['from']));
    if (!known(r.to)) issues.push(issueAt(r.origin, `${r.to} is neither in this import nor in the store`, ['to']));
  }
  for (const items of [nodes.values(), relationships]) {
    for (const n of items) {
      n.sources.forEach((s, i) => {
        if (!known(s.document)) issues.push(issueAt(n.origin, `source document ${s.document} is neither in this import nor in the store`, ['sources', i, 'document']));
      });
    }
  }
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
function resolveNodes(valid: Array<Stated<ValidNode>>, refs: References, issues: ImportIssue[]): Map<string, PlannedNode> {
  const nodes = new Map<string, PlannedNode>();
  let pending = valid;
  while (pending.length > 0) {
    const next: Array<Stated<ValidNode>> = [];
    for (const statement of pending) {
      const def = kindDefinition(statement.kind);
      let waiting = false;
      let broken = false;
      // The fields are the schema's own copy: references are replaced by ids in place (an id
      // resolves to itself when a node waits for another pass).
      const { fields } = statement;
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
      if (waiting) { next.push(statement); continue; }
      const id = makeId(def.prefix, def.key(fields as never));
      if (statement.id !== undefined && statement.id !== id) {
        issues.push(issueAt(statement.origin, `the id is computed from the natural key as ${id}, not ${statement.id}`, ['id']));
      }
      if (statement.ref !== undefined) refs.settle(statement.ref, id);
      addNode(nodes, { id, kind: statement.kind, fields, sources: statement.sources, origin: statement.origin }, issues);
    }
    if (next.length === pending.length) {
      for (const v of next) issues.push(issueAt(v.origin, 'its references form a cycle of refs that never resolves'));
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
    issues.push(issueAt(node.origin, `conflicting values for ${node.id}: ${describe(node.fields[field])} here, ${describe(existing.fields[field])} in ${existing.origin.file.name}`, [field]));
  }
  existing.sources = existing.sources.concat(node.sources);
}

function addRelationship(relationships: Map<string, PlannedRelationship>, r: PlannedRelationship, issues: ImportIssue[]): void {
  const k = relationshipKey(r.type, r.from, r.to, r.key);
  const existing = relationships.get(k);
  if (!existing) return void relationships.set(k, r);
  for (const field of mergeFields(existing.fields, r.fields)) {
    issues.push(issueAt(r.origin, `conflicting values for ${r.type} ${r.from} → ${r.to}: ${describe(r.fields[field])} here, ${describe(existing.fields[field])} in ${existing.origin.file.name}`, [field]));
  }
  existing.sources = existing.sources.concat(r.sources);
}

/** Derived relationships have no properties of their own: they share one empty set, never changed. */
const NO_FIELDS: Record<string, Value> = Object.freeze({});

/**
 * Reference fields become relationships; a decision with a full date also gets its meeting (held by
 * its body). Each node derives its own, so they are unique without a map of millions of keys; only
 * one that is also stated is merged, into the stated one.
 */
function deriveRelationships(nodes: Map<string, PlannedNode>, stated: Map<string, PlannedRelationship>): PlannedRelationship[] {
  const out: PlannedRelationship[] = [];
  const statedFrom = new Map<RelationshipType, Set<string>>();
  for (const r of stated.values()) {
    let froms = statedFrom.get(r.type);
    if (!froms) statedFrom.set(r.type, (froms = new Set()));
    froms.add(r.from);
  }
  const add = (type: RelationshipType, from: string, to: string, node: PlannedNode) => {
    // A document needs no source, but what it says of itself (whose minutes it is) has one: itself.
    const sources = node.kind === 'Document' && node.sources.length === 0 ? [{ document: node.id, locator: 'the document itself' }] : node.sources;
    const same = statedFrom.get(type)?.has(from) ? stated.get(relationshipKey(type, from, to, '')) : undefined;
    if (same) same.sources = sources.concat(same.sources);
    else out.push({ type, from, to, key: '', fields: NO_FIELDS, sources, origin: node.origin });
  };
  const meetings = new Map<string, PlannedNode>();
  const derive = (node: PlannedNode) => {
    for (const [field, spec] of referencesOf(node.kind)) {
      const target = node.fields[field];
      if (typeof target !== 'string') continue;
      if (spec.direction === 'out') add(spec.relationship, node.id, target, node);
      else add(spec.relationship, target, node.id, node);
      if (node.kind === 'Decision' && field === 'body' && typeof node.fields.date === 'string' && datePrecision(node.fields.date) === 'day') {
        const meetingId = makeId('meeting', keyOf(target), node.fields.date);
        if (!nodes.has(meetingId) && !meetings.has(meetingId)) {
          meetings.set(meetingId, { id: meetingId, kind: 'Meeting', fields: { date: node.fields.date, body: target }, sources: node.sources, origin: node.origin });
        }
        add('AT_MEETING', node.id, meetingId, node);
      }
    }
  };
  for (const node of nodes.values()) derive(node);
  for (const meeting of meetings.values()) {
    nodes.set(meeting.id, meeting);
    derive(meeting);
  }
  return out;
}

function addStatedRelationship(statement: Stated<ValidRelationship>, refs: References, out: Map<string, PlannedRelationship>, issues: ImportIssue[]): void {
  const def = relationshipDefs[statement.type];
  const from = resolveEnd(statement, 'from', def.from, refs, issues);
  const to = from === null ? null : resolveEnd(statement, 'to', def.to, refs, issues);
  if (to === null) return;
  const { fields } = statement;
  const key = def.keyProperties ? def.keyProperties.map((p) => (fields[p] === undefined ? '' : String(fields[p]))).join('|') : '';
  addRelationship(out, { type: statement.type, from: from!, to, key, fields, sources: statement.sources, origin: statement.origin }, issues);
}

/** The id one end of a stated relationship names, or null when it names none that may be there (an issue says why, unless its node failed). */
function resolveEnd(statement: Stated<ValidRelationship>, end: 'from' | 'to', allowed: readonly KindName[], refs: References, issues: ImportIssue[]): string | null {
  const r = refs.resolve(statement[end]);
  if (r.status === 'failed') return null;
  if (r.status === 'pending') issues.push(issueAt(statement.origin, `ref "${statement[end]}" names a node whose id could not be computed`, [end]));
  else if (r.status === 'unknown') issues.push(issueAt(statement.origin, r.message, [end]));
  else if (!allowed.includes(r.kind)) issues.push(issueAt(statement.origin, `${statement.type} ${end === 'from' ? 'starts at' : 'ends at'} a ${allowed.join(', ')}, not a ${r.kind} (${r.id})`, [end]));
  else return r.id;
  return null;
}

/** Source documents may be named by ref; they must be Documents. Duplicate sources collapse. Returns the documents named. */
function resolveSources(nodes: Map<string, PlannedNode>, relationships: PlannedRelationship[], refs: References, issues: ImportIssue[]): Set<string> {
  const documents = new Set<string>();
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
    documents.add(out.document);
    return out;
  };
  // A node's derived relationships follow one another and share its list: a list met again in a
  // row, that resolved without an issue, comes out as it did the first time.
  let lastIn: readonly Source[] | null = null;
  let lastOut: readonly Source[] = [];
  for (const items of [nodes.values(), relationships]) {
    for (const item of items) {
      if (item.sources === lastIn) {
        item.sources = lastOut;
        continue;
      }
      const before = issues.length;
      const given: readonly Source[] = item.sources;
      const resolved: Source[] = [];
      const seen = given.length > 1 ? new Set<string>() : null;
      for (let i = 0; i < given.length; i++) {
        const source = resolveOne(given[i]!, item, i);
        if (!source) continue;
        const k = seen ? encodeSource(source) : '';
        if (seen?.has(k)) continue;
        seen?.add(k);
        resolved.push(source);
      }
      // Lists are shared (a file's sources, a node's with its derived relationships), never changed
      // in place: a changed list is a new one.
      if (resolved.length !== given.length || resolved.some((s, i) => s !== given[i])) item.sources = resolved;
      if (issues.length === before) [lastIn, lastOut] = [given, item.sources];
      else lastIn = null;
    }
  }
  return documents;
}

/** The kind and name of each stored node of `ids`; `visit` sees all its properties, which are not kept. */
async function lookup(store: GraphStore, ids: string[], visit: (id: string, props: Record<string, unknown>) => void): Promise<Map<string, { kind: string; name: string }>> {
  const out = new Map<string, { kind: string; name: string }>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 5_000) {
    const rows = await store.read({ statement: 'lookup-stored', params: { ids: unique.slice(i, i + 5_000) } });
    for (const row of rows) {
      const props = row.props as Record<string, unknown>;
      out.set(String(row.id), { kind: String(props.kind), name: String(props.name) });
      visit(String(row.id), props);
    }
  }
  return out;
}

/** Kinds without a stated name get one derived from their key fields ("Regionstyrelsen 2020-03-24 § 39"). */
function nameNodes(nodes: Map<string, PlannedNode>, stored: Map<string, { name: string }>): void {
  const nameOf = (id: string): string => {
    const n = nodes.get(id);
    return (n?.fields.name as string | undefined) ?? stored.get(id)?.name ?? id;
  };
  // Names are set once all are derived, so none is derived from another derived name.
  const named: PlannedNode[] = [];
  const names: string[] = [];
  for (const node of nodes.values()) {
    const def = kindDefinition(node.kind);
    if (node.fields.name === undefined && def.displayName) {
      named.push(node);
      names.push(def.displayName(node.fields as never, nameOf));
    }
  }
  named.forEach((node, i) => { node.fields.name = names[i]!; });
}
