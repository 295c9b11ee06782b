import type { GraphQLResolveInfo } from '../graphql.js';
import { foldText, kindNames, partialDate, relationshipTypes } from '../../model/index.js';
import type { Value } from '../../store/types.js';
import { planFor } from '../graph/plan.js';
import type { NodeRecord } from '../graph/subgraph.js';
import { searchTerms } from '../search/terms.js';
import type { ApiContext } from './context.js';
import { badInput, connectionOf, pageOf } from './paging.js';

/**
 * Reads what the rest of the query asks for around the entities a root field returns; `sources`
 * are the source lists of relationships the field returns itself (lineage steps, chain links).
 */
export async function withNested<T>(ctx: ApiContext, info: GraphQLResolveInfo, nodes: NodeRecord[], result: T, sources: Value[] = []): Promise<T> {
  await ctx.graph.expand(nodes.map((n) => n.id), planFor(info), sources);
  return result;
}

interface SearchArgs { text: string; kinds?: string[] | null; first?: number | null; after?: string | null }
interface DecisionFilter { body?: string | null; from?: string | null; to?: string | null; paragraph?: number | null; text?: string | null; cites?: string | null }

function checkDate(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!partialDate.safeParse(value).success) throw badInput(argument, `must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
  return value;
}

async function pageOfRows(ctx: ApiContext, info: GraphQLResolveInfo, row: Record<string, Value> | undefined, page: { skip: number; limit: number }) {
  const nodes = ctx.graph.addNodes((row?.page as Value[]) ?? []);
  return withNested(ctx, info, nodes, connectionOf(nodes, Number(row?.total ?? 0), page));
}

export const rootResolvers = {
  async entity(_: unknown, { id }: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) {
    const rows = await ctx.graph.reader.read('api-entities', { ids: [id] });
    const [node] = ctx.graph.addNodes(rows.map((r) => r.node ?? null));
    return node ? withNested(ctx, info, [node], node) : null;
  },

  async search(_: unknown, args: SearchArgs, ctx: ApiContext, info: GraphQLResolveInfo) {
    const page = pageOf(args.first, args.after, ctx.limits.maxPage);
    const terms = searchTerms(args.text);
    if (!terms) throw badInput('text', 'must contain a word to search for');
    const [row] = await ctx.graph.reader.read('api-search', {
      terms: terms.terms, phrase: terms.phrase, stem: terms.stem, kinds: args.kinds?.length ? args.kinds : null, skip: page.skip, limit: page.limit,
    });
    return pageOfRows(ctx, info, row, page);
  },

  async decisions(_: unknown, args: { filter?: DecisionFilter | null; first?: number | null; after?: string | null }, ctx: ApiContext, info: GraphQLResolveInfo) {
    const page = pageOf(args.first, args.after, ctx.limits.maxPage);
    const f = args.filter ?? {};
    const body = f.body?.trim() || null;
    const text = f.text === null || f.text === undefined ? null : searchTerms(f.text);
    if (f.text !== null && f.text !== undefined && !text) throw badInput('filter.text', 'must contain a word to search for');
    if (f.paragraph !== null && f.paragraph !== undefined && f.paragraph < 1) throw badInput('filter.paragraph', 'must be a positive paragraph number');
    const [row] = await ctx.graph.reader.read('api-decisions', {
      body,
      bodyPhrase: body ? foldText(body) : null,
      bodyStem: body ? (searchTerms(body)?.stem ?? null) : null,
      from: checkDate('filter.from', f.from),
      to: checkDate('filter.to', f.to),
      paragraph: f.paragraph ?? null,
      terms: text?.terms ?? null,
      cites: f.cites ?? null,
      skip: page.skip,
      limit: page.limit,
    });
    return pageOfRows(ctx, info, row, page);
  },

  async stats(_: unknown, __: unknown, ctx: ApiContext) {
    const rows = await ctx.graph.reader.read('api-stats', {});
    const count = (of: string, key: string) => Number(rows.find((r) => r.of === of && r.key === key)?.count ?? 0);
    const byKind = kindNames.map((kind) => ({ kind, count: count('kind', kind) }));
    const byRelationship = relationshipTypes.map((type) => ({ type, count: count('relationship', type) }));
    return {
      nodes: byKind.reduce((s, k) => s + k.count, 0),
      relationships: byRelationship.reduce((s, r) => s + r.count, 0),
      byKind,
      byRelationship,
    };
  },
};
