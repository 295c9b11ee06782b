import { z } from 'zod';
import { isKindName, isRelationshipType, kindDefinition, relationships as relationshipDefs, source, type KindName, type RelationshipType, type Source } from '../model/index.js';
import type { Value } from '../store/types.js';
import { isIssue, readFiles, type ImportInput, type InputFile } from './files.js';
import { issueAt, zodIssues, type ImportIssue, type Origin } from './issues.js';

/**
 * One file's statements, each checked on its own: the file's envelope, every node against its
 * kind's schema, every relationship against its type's. What needs the other files (refs, ids,
 * merging) is left to the plan. It holds none of the parsed file, which can be freed once checked.
 */
export interface Statements {
  /** The file's `sources`: the statements that give none of their own share this list. */
  sources?: Source[] | undefined;
  nodes: ValidNode[];
  relationships: ValidRelationship[];
  /** Refs declared by nodes that are invalid: references to them are not reported again. */
  failedRefs: Array<{ ref: string; at: number }>;
  issues: ImportIssue[];
}

/** A node statement whose fields passed its kind's schema; `at` is its index in `nodes`. */
export interface ValidNode {
  at: number;
  kind: KindName;
  ref?: string | undefined;
  id?: string | undefined;
  fields: Record<string, Value>;
  sources?: Source[] | undefined;
}

/** A relationship statement whose properties passed its type's schema; `at` is its index in `relationships`. */
export interface ValidRelationship {
  at: number;
  type: RelationshipType;
  from: string;
  to: string;
  fields: Record<string, Value>;
  sources?: Source[] | undefined;
}

/**
 * An import checks every statement against its kind's or type's schema, so each schema is compiled
 * once, on first use, with zod's z.compile: the same results and messages, several times faster.
 */
const compiled = new Map<z.ZodType, z.ZodType>();
function compiledSchema<T extends z.ZodType>(schema: T): T {
  let c = compiled.get(schema);
  if (!c) compiled.set(schema, (c = z.compile(schema)));
  return c as T;
}

const sourcesSchema = z.array(source).min(1, 'must list at least one source').max(100);
const fileSchema = z.compile(z.strictObject({
  version: z.literal(1, { message: 'expected `version: 1` (the only format version)' }),
  sources: sourcesSchema.optional(),
  // Statements are checked one by one below; a schema for them here would copy every one of them.
  nodes: z.array(z.unknown()).max(1_000_000).optional(),
  relationships: z.array(z.unknown()).max(5_000_000).optional(),
}));
const nodeHead = z.compile(z.object({
  kind: z.string(),
  ref: z.string().trim().min(1).max(300).regex(/^[^:\s]+$/, 'a ref is a local name without ":" or spaces').optional(),
  id: z.string().max(300).optional(),
  sources: sourcesSchema.optional(),
}));
const relationshipHead = z.compile(z.object({
  type: z.string(),
  from: z.string().trim().min(1).max(300),
  to: z.string().trim().min(1).max(300),
  sources: sourcesSchema.optional(),
}));

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function stripUndefined(o: Record<string, unknown>): Record<string, Value> {
  for (const key in o) if (o[key] === undefined) return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, Value>;
  return o as Record<string, Value>;
}

/** Checks one parsed file statement by statement. Every issue found is in the result. */
export function validateInput(input: ImportInput): Statements {
  const out: Statements = { nodes: [], relationships: [], failedRefs: [], issues: [] };
  const { issues } = out;
  const top: Origin = { file: input, path: [] };
  if (!isMapping(input.data)) {
    issues.push(issueAt(top, 'expected a mapping with `version: 1`, `nodes` and `relationships`'));
    return out;
  }
  const file = fileSchema.safeParse(input.data);
  if (!file.success) {
    issues.push(...zodIssues(top, file.error));
    return out;
  }
  out.sources = file.data.sources;
  const hasSources = file.data.sources !== undefined;
  if ((file.data.nodes?.length ?? 0) + (file.data.relationships?.length ?? 0) === 0) {
    issues.push(issueAt(top, 'the file states no nodes and no relationships'));
  }
  file.data.nodes?.forEach((raw, at) => {
    const origin: Origin = { file: input, path: ['nodes', at] };
    if (!isMapping(raw)) return void issues.push(issueAt(origin, 'expected a mapping with `kind` and the fields of that kind'));
    const head = nodeHead.safeParse(raw);
    if (!head.success) return void issues.push(...zodIssues(origin, head.error));
    const { kind, ref, id, sources } = head.data;
    if (!isKindName(kind)) return void issues.push(issueAt(origin, `unknown kind "${kind}"`, ['kind']));
    const { kind: _k, ref: _r, id: _i, sources: _s, ...rawFields } = raw;
    const fields = compiledSchema(kindDefinition(kind).properties).safeParse(rawFields);
    if (!fields.success) {
      issues.push(...zodIssues(origin, fields.error));
      if (ref !== undefined) out.failedRefs.push({ ref, at });
      return;
    }
    if (kind !== 'Document' && !sources && !hasSources) {
      issues.push(issueAt(origin, 'no provenance: give `sources` on the node or at the top of the file'));
    }
    out.nodes.push({ at, kind, ref, id, fields: stripUndefined(fields.data), sources });
  });
  file.data.relationships?.forEach((raw, at) => {
    const origin: Origin = { file: input, path: ['relationships', at] };
    if (!isMapping(raw)) return void issues.push(issueAt(origin, 'expected a mapping with `type`, `from` and `to`'));
    const head = relationshipHead.safeParse(raw);
    if (!head.success) return void issues.push(...zodIssues(origin, head.error));
    const { type, from, to, sources } = head.data;
    if (!isRelationshipType(type)) return void issues.push(issueAt(origin, `unknown relationship type "${type}"`, ['type']));
    const { type: _t, from: _f, to: _to, sources: _s, ...rawFields } = raw;
    const fields = compiledSchema(relationshipDefs[type].properties).safeParse(rawFields);
    if (!fields.success) return void issues.push(...zodIssues(origin, fields.error));
    if (!sources && !hasSources) issues.push(issueAt(origin, 'no provenance: give `sources` on the relationship or at the top of the file'));
    out.relationships.push({ at, type, from, to, fields: stripUndefined(fields.data), sources });
  });
  return out;
}

/** A file and its statements, each checked on its own: what the plan is made from. */
export interface ValidatedInput {
  file: InputFile;
  statements: Statements;
}

export function validateInputs(inputs: ImportInput[]): ValidatedInput[] {
  return inputs.map((input) => ({ file: input, statements: validateInput(input) }));
}

/** Reads import files and directories and checks each file's statements. Unreadable or unparsable files come back as issues. */
export async function validatePaths(paths: string[]): Promise<{ files: ValidatedInput[]; issues: ImportIssue[] }> {
  const files: ValidatedInput[] = [];
  const issues: ImportIssue[] = [];
  for await (const input of readFiles(paths)) {
    if (isIssue(input)) issues.push(input);
    // The parsed file is not kept, only its statements and what messages need of it.
    else files.push({ file: { name: input.name, lineOf: input.lineOf }, statements: validateInput(input) });
  }
  return { files, issues };
}
