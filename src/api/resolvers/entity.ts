import type { IResolvers } from '@graphql-tools/utils';
import { datePrecision, decodeSource, kindDefinition, kindNames, relationships, relationshipTypes, type Source } from '../../model/index.js';
import type { Value } from '../../store/types.js';
import type { NodeRecord, RelRecord } from '../graph/subgraph.js';
import { hasProperties, relationFields, relationPropertyField, relationTypeName, type RelationField } from '../schema/relation-fields.js';
import type { ApiContext } from './context.js';
import { connectionOf, pageOf } from './paging.js';

/** A relationship as a GraphQL object, with the entity at the far end from the field's owner. */
export interface RelationObject { rel: RelRecord; other: NodeRecord }

/** Decoded sources; a stored source that does not decode is left out rather than failing the query. */
export function sourcesOf(value: Value | undefined): Source[] {
  if (!Array.isArray(value)) return [];
  const out: Source[] = [];
  for (const s of value) {
    if (typeof s !== 'string') continue;
    try { out.push(decodeSource(s)); } catch { /* skip */ }
  }
  return out;
}

const byNameThenId = (a: NodeRecord, b: NodeRecord) =>
  String(a.name ?? '').localeCompare(String(b.name ?? ''), 'sv') || a.id.localeCompare(b.id);

const byDateThenParagraph = (a: NodeRecord, b: NodeRecord) =>
  String(a.date ?? '').localeCompare(String(b.date ?? '')) || Number(a.paragraph ?? 0) - Number(b.paragraph ?? 0) || a.id.localeCompare(b.id);

/** True when a date of any precision may fall on or after `from` (or on or before `to`). */
export function dateWithin(date: string, from: string | null | undefined, to: string | null | undefined): boolean {
  const cut = (a: string, b: string) => [a.slice(0, b.length), b.slice(0, a.length)] as const;
  if (from) { const [d, f] = cut(date, from); if (d < f) return false; }
  if (to) { const [d, t] = cut(date, to); if (d > t) return false; }
  return true;
}

interface ConnectionArgs { first?: number | null; after?: string | null; from?: string | null; to?: string | null }

function relationResolver(f: RelationField) {
  return async (parent: NodeRecord, args: ConnectionArgs, ctx: ApiContext) => {
    const found = (await ctx.graph.neighbours(parent.id, f.relationship, f.direction)).filter((x) => (f.targets as readonly string[]).includes(x.node.kind));
    switch (f.shape) {
      case 'one': return found.map((x) => x.node).sort(byNameThenId)[0] ?? null;
      case 'list': return found.map((x) => x.node).sort(byNameThenId);
      case 'relation': return found
        .sort((a, b) => byNameThenId(a.node, b.node) || String(a.rel.props.key ?? '').localeCompare(String(b.rel.props.key ?? '')))
        .map((x): RelationObject => ({ rel: x.rel, other: x.node }));
      case 'connection': {
        const page = pageOf(args.first, args.after, ctx.limits.maxPage, `${f.name}.`);
        const all = found.map((x) => x.node).filter((n) => dateWithin(String(n.date ?? ''), args.from, args.to)).sort(byDateThenParagraph);
        return connectionOf(all.slice(page.skip, page.skip + page.limit), all.length, page);
      }
    }
  };
}

function endpoint(id: string, ctx: ApiContext) {
  return ctx.graph.entity(id);
}

/** Resolvers for every kind's type, the Entity interface, Source and the relationship types. */
export function entityResolvers(): IResolvers<unknown, ApiContext> {
  const resolvers: IResolvers<unknown, ApiContext> = {
    Entity: { __resolveType: (n: NodeRecord) => n.kind },
    Source: { document: (s: Source, _: unknown, ctx: ApiContext) => ctx.graph.entity(s.document) },
  };
  for (const kind of kindNames) {
    const fields: Record<string, unknown> = { sources: (n: NodeRecord) => sourcesOf(n.sources) };
    if ('date' in kindDefinition(kind).properties.shape) {
      fields.datePrecision = (n: NodeRecord) => (typeof n.date === 'string' ? datePrecision(n.date) : null);
    }
    for (const f of relationFields.get(kind) ?? []) fields[f.name] = relationResolver(f);
    resolvers[kind] = fields as IResolvers<unknown, ApiContext>[string];
  }
  for (const type of relationshipTypes.filter(hasProperties)) {
    const fields: Record<string, unknown> = {
      from: (o: RelationObject, _: unknown, ctx: ApiContext) => endpoint(o.rel.from, ctx),
      to: (o: RelationObject, _: unknown, ctx: ApiContext) => endpoint(o.rel.to, ctx),
      node: (o: RelationObject) => o.other,
      sources: (o: RelationObject) => sourcesOf(o.rel.props.sources),
    };
    for (const prop of Object.keys(relationships[type].properties.shape)) fields[relationPropertyField(type, prop)] = (o: RelationObject) => o.rel.props[prop] ?? null;
    resolvers[relationTypeName(type)] = fields as IResolvers<unknown, ApiContext>[string];
  }
  return resolvers;
}
