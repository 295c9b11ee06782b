import {
  getNamedType, getNullableType, isCompositeType, isListType, Kind, valueFromAST,
  type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField,
  type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from '../graphql.js';

/** How a list without a `first` argument is assumed to multiply the cost of what it contains. */
export const LIST_SIZE_GUESS = 5;

export interface QueryMeasure { depth: number; cost: number; aliases: number }

interface Measuring {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** Fields directly selected in `set`, fragments flattened, each with the type it is selected on. */
function fieldsOf(m: Measuring, set: SelectionSetNode, parent: GraphQLCompositeType, seen: Set<string>): Array<{ node: FieldNode; parent: GraphQLCompositeType }> {
  const out: Array<{ node: FieldNode; parent: GraphQLCompositeType }> = [];
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) out.push({ node: sel, parent });
    else {
      const frag = sel.kind === Kind.FRAGMENT_SPREAD ? m.fragments.get(sel.name.value) : sel;
      if (!frag || (sel.kind === Kind.FRAGMENT_SPREAD && seen.has(sel.name.value))) continue;
      const condition = frag.typeCondition ? m.schema.getType(frag.typeCondition.name.value) : parent;
      const next = sel.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, sel.name.value]) : seen;
      out.push(...fieldsOf(m, frag.selectionSet, condition && isCompositeType(condition) ? condition : parent, next));
    }
  }
  return out;
}

function multiplier(m: Measuring, def: GraphQLField<unknown, unknown>, node: FieldNode, parent: GraphQLCompositeType): number {
  const firstArg = def.args.find((a) => a.name === 'first');
  if (firstArg) {
    const given = node.arguments?.find((a) => a.name.value === 'first');
    const value = given ? valueFromAST(given.value, firstArg.type, m.variables as Record<string, unknown>) : firstArg.defaultValue;
    return typeof value === 'number' && value > 0 ? value : 1;
  }
  if (parent.name.endsWith('Connection')) return 1; // `edges`: already counted by the connection's `first`
  return isListType(getNullableType(def.type)) ? LIST_SIZE_GUESS : 1;
}

function measureSet(m: Measuring, set: SelectionSetNode, parent: GraphQLCompositeType, seen: Set<string>): QueryMeasure {
  let depth = 0;
  let cost = 0;
  let aliases = 0;
  for (const { node, parent: on } of fieldsOf(m, set, parent, seen)) {
    if (node.name.value.startsWith('__')) continue; // introspection is neither deep nor costly to answer
    if (node.alias) aliases++;
    const def = 'getFields' in on ? on.getFields()[node.name.value] : undefined;
    const child = def ? getNamedType(def.type) : undefined;
    let inner: QueryMeasure = { depth: 0, cost: 0, aliases: 0 };
    if (node.selectionSet && def && child && isCompositeType(child)) inner = measureSet(m, node.selectionSet, child, seen);
    depth = Math.max(depth, 1 + inner.depth);
    cost += 1 + (def ? multiplier(m, def, node, on) : 1) * inner.cost;
    aliases += inner.aliases;
  }
  return { depth, cost, aliases };
}

/** Depth, estimated cost and alias count of the operation about to run. */
export function measureOperation(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: FragmentDefinitionNode[], variables: Record<string, unknown>): QueryMeasure {
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return { depth: 0, cost: 0, aliases: 0 };
  const m: Measuring = { schema, fragments: new Map(fragments.map((f) => [f.name.value, f])), variables };
  return measureSet(m, operation.selectionSet, root, new Set());
}
