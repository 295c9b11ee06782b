import type { GraphQLResolveInfo } from '../graphql.js';
import type { Value } from '../../store/types.js';
import type { NodeRecord } from '../graph/subgraph.js';
import type { ApiContext } from './context.js';
import { sourcesOf } from './entity.js';
import { badInput } from './paging.js';
import { withNested } from './root.js';

/** A relationship of a lineage, path or chain: its ends as the statement gives them, its type and properties. */
export interface LinkObject {
  from: string;
  to: string;
  type: string;
  props: Record<string, Value>;
  depth: number;
}

const MAX_WALK = 10;

function linksOf(values: Value[] | undefined): LinkObject[] {
  return (values ?? []).map((v, i) => {
    const l = v as { from: string; to: string; type: string; props?: Record<string, Value> | null; depth?: number };
    return { from: l.from, to: l.to, type: l.type, props: l.props ?? {}, depth: typeof l.depth === 'number' ? l.depth : i + 1 };
  });
}

const sourcesOfLinks = (links: LinkObject[]): Value[] => links.map((l) => l.props.sources ?? null);

function checkWalk(argument: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_WALK) throw badInput(argument, `must be between 1 and ${MAX_WALK}`);
  return value;
}

const byDepth = (a: LinkObject, b: LinkObject) =>
  a.depth - b.depth || a.type.localeCompare(b.type) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to);

/** Each relationship once, at the least depth a walk reached it. */
function leastDepth(links: LinkObject[]): LinkObject[] {
  const best = new Map<string, LinkObject>();
  for (const l of links) {
    const key = `${l.from}|${l.type}|${l.to}|${String(l.props.key ?? '')}`;
    const known = best.get(key);
    if (!known || l.depth < known.depth) best.set(key, l);
  }
  return [...best.values()];
}

const directions: Record<string, boolean[]> = { UPSTREAM: [true], DOWNSTREAM: [false], BOTH: [true, false] };

export const chainResolvers = {
  async lineage(_: unknown, args: { id: string; direction: string; maxDepth: number }, ctx: ApiContext, info: GraphQLResolveInfo) {
    const maxDepth = checkWalk('maxDepth', args.maxDepth);
    const rows = await ctx.graph.reader.read('api-lineage', { id: args.id, directions: directions[args.direction] ?? [true, false], maxDepth });
    const [root] = ctx.graph.addNodes([rows[0]?.root ?? null]);
    if (!root) return null;
    const others = ctx.graph.addNodes(rows.flatMap((r) => (r.nodes as Value[]) ?? [])).filter((n) => n.id !== root.id);
    const nodes = [root, ...new Map(others.map((n) => [n.id, n])).values()].sort((a, b) => (a === root ? -1 : b === root ? 1 : a.id.localeCompare(b.id)));
    const steps = leastDepth(rows.flatMap((r) => linksOf(r.steps as Value[]))).sort(byDepth);
    return withNested(ctx, info, nodes, { root, nodes, steps }, sourcesOfLinks(steps));
  },

  async supervisionChain(_: unknown, { id }: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) {
    const [row] = await ctx.graph.reader.read('api-supervision', { id });
    const nodes = ctx.graph.addNodes((row?.nodes as Value[]) ?? []);
    const links = linksOf(row?.links as Value[]);
    return withNested(ctx, info, nodes, links, sourcesOfLinks(links));
  },

  async delegationChain(_: unknown, { id }: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) {
    const rows = await ctx.graph.reader.read('api-delegation', { id });
    const nodes = ctx.graph.addNodes(rows.flatMap((r) => [r.from ?? null, r.to ?? null]));
    const links = rows.map((r): LinkObject => ({
      from: (r.from as NodeRecord).id, to: (r.to as NodeRecord).id, type: String(r.type),
      props: (r.props as Record<string, Value>) ?? {}, depth: Number(r.depth),
    }));
    return withNested(ctx, info, nodes, links, sourcesOfLinks(links));
  },

  async path(_: unknown, args: { from: string; to: string; maxHops: number }, ctx: ApiContext, info: GraphQLResolveInfo) {
    const maxHops = checkWalk('maxHops', args.maxHops);
    if (args.from === args.to) {
      const node = await ctx.graph.entity(args.from);
      return node ? withNested(ctx, info, [node], { nodes: [node], steps: [] }) : null;
    }
    const [row] = await ctx.graph.reader.read('api-path', { from: args.from, to: args.to, maxHops });
    if (!row) return null;
    const nodes = ctx.graph.addNodes((row.nodes as Value[]) ?? []);
    const steps = linksOf(row.steps as Value[]);
    return withNested(ctx, info, nodes, { nodes, steps }, sourcesOfLinks(steps));
  },

  async caseHistory(_: unknown, { id }: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) {
    const history = await ctx.caseHistories.load(id);
    const nodes = history.steps.flatMap((s) => (s.body ? [s.decision, s.body] : [s.decision]));
    return withNested(ctx, info, nodes, history.steps);
  },
};

const end = (which: 'from' | 'to') => (l: LinkObject, _: unknown, ctx: ApiContext) => ctx.graph.entity(l[which]);

/** Resolvers of the objects the chain fields return. */
export const chainObjectResolvers = {
  LineageStep: {
    from: end('from'), to: end('to'),
    relation: (l: LinkObject) => l.type,
    sources: (l: LinkObject) => sourcesOf(l.props.sources),
  },
  ChainLink: {
    from: end('from'), to: end('to'),
    relation: (l: LinkObject) => l.type,
    basis: (l: LinkObject) => l.props.basis ?? null,
    matters: (l: LinkObject) => (Array.isArray(l.props.matters) ? l.props.matters : []),
    when: (l: LinkObject) => l.props.when ?? null,
    sources: (l: LinkObject) => sourcesOf(l.props.sources),
  },
  Case: {
    heldBy: async (c: NodeRecord, _: unknown, ctx: ApiContext) => (await ctx.caseHistories.load(c.id)).heldBy,
  },
};
