import { z } from 'zod';
import { isKindName, isRelationshipType, source, type KindName, type RelationshipType, type Source } from '../model/index.js';
import type { ImportInput } from './files.js';
import { formatPath, type ImportIssue } from './issues.js';

/** Where a statement stands in the input, for messages. */
export interface Origin {
  input: ImportInput;
  path: Array<string | number>;
}

export function issueAt(origin: Origin, message: string, subPath: Array<string | number | symbol> = []): ImportIssue {
  const path = [...origin.path, ...subPath.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  return { file: origin.input.name, line: origin.input.lineOf?.(path), path: formatPath(path), message };
}

export function zodIssues(origin: Origin, error: z.ZodError): ImportIssue[] {
  return error.issues.map((i) => {
    const keys = i.code === 'unrecognized_keys' ? ` (${i.keys.join(', ')})` : '';
    const message = i.code === 'unrecognized_keys' ? `unknown field${i.keys.length > 1 ? 's' : ''}${keys}` : i.message;
    return issueAt(origin, message, i.path as Array<string | number>);
  });
}

export interface NodeStatement {
  kind: KindName;
  ref?: string | undefined;
  id?: string | undefined;
  fields: Record<string, unknown>;
  sources: Source[] | undefined;
  origin: Origin;
}

export interface RelationshipStatement {
  type: RelationshipType;
  from: string;
  to: string;
  fields: Record<string, unknown>;
  sources: Source[] | undefined;
  origin: Origin;
}

const sourcesSchema = z.array(source).min(1, 'must list at least one source').max(100);
const fileSchema = z.strictObject({
  version: z.literal(1, { message: 'expected `version: 1` (the only format version)' }),
  sources: sourcesSchema.optional(),
  // Statements are checked one by one below; a schema for them here would copy every one of them.
  nodes: z.array(z.unknown()).max(1_000_000).optional(),
  relationships: z.array(z.unknown()).max(5_000_000).optional(),
});
const nodeHead = z.object({
  kind: z.string(),
  ref: z.string().trim().min(1).max(300).regex(/^[^:\s]+$/, 'a ref is a local name without ":" or spaces').optional(),
  id: z.string().max(300).optional(),
  sources: sourcesSchema.optional(),
});
const relationshipHead = z.object({
  type: z.string(),
  from: z.string().trim().min(1).max(300),
  to: z.string().trim().min(1).max(300),
  sources: sourcesSchema.optional(),
});

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Splits one parsed file into node and relationship statements, checking only the envelope. */
export function readEnvelope(input: ImportInput, issues: ImportIssue[]): { nodes: NodeStatement[]; relationships: RelationshipStatement[] } {
  const top: Origin = { input, path: [] };
  const nodes: NodeStatement[] = [];
  const relationships: RelationshipStatement[] = [];
  if (!isMapping(input.data)) {
    issues.push(issueAt(top, 'expected a mapping with `version: 1`, `nodes` and `relationships`'));
    return { nodes, relationships };
  }
  const file = fileSchema.safeParse(input.data);
  if (!file.success) {
    issues.push(...zodIssues(top, file.error));
    return { nodes, relationships };
  }
  const defaults = file.data.sources;
  if ((file.data.nodes?.length ?? 0) + (file.data.relationships?.length ?? 0) === 0) {
    issues.push(issueAt(top, 'the file states no nodes and no relationships'));
  }
  file.data.nodes?.forEach((raw, i) => {
    const origin: Origin = { input, path: ['nodes', i] };
    if (!isMapping(raw)) return void issues.push(issueAt(origin, 'expected a mapping with `kind` and the fields of that kind'));
    const head = nodeHead.safeParse(raw);
    if (!head.success) return void issues.push(...zodIssues(origin, head.error));
    if (!isKindName(head.data.kind)) return void issues.push(issueAt(origin, `unknown kind "${head.data.kind}"`, ['kind']));
    const { kind: _k, ref: _r, id: _i, sources: _s, ...fields } = raw;
    nodes.push({ kind: head.data.kind, ref: head.data.ref, id: head.data.id, fields, sources: head.data.sources ?? defaults, origin });
  });
  file.data.relationships?.forEach((raw, i) => {
    const origin: Origin = { input, path: ['relationships', i] };
    if (!isMapping(raw)) return void issues.push(issueAt(origin, 'expected a mapping with `type`, `from` and `to`'));
    const head = relationshipHead.safeParse(raw);
    if (!head.success) return void issues.push(...zodIssues(origin, head.error));
    if (!isRelationshipType(head.data.type)) return void issues.push(issueAt(origin, `unknown relationship type "${head.data.type}"`, ['type']));
    const { type: _t, from: _f, to: _to, sources: _s, ...fields } = raw;
    relationships.push({ type: head.data.type, from: head.data.from, to: head.data.to, fields, sources: head.data.sources ?? defaults, origin });
  });
  return { nodes, relationships };
}
