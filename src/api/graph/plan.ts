import {
  getNamedType, isCompositeType, Kind,
  type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLResolveInfo,
  type GraphQLSchema, type SelectionSetNode,
} from '../graphql.js';
import type { RelationshipType } from '../../model/index.js';
import { relationField } from '../schema/relation-fields.js';

/**
 * What a root field's selection needs beyond the entities its own statement returns: for each level
 * of nested relationship fields, the relationship types used there, and whether any source's
 * document is asked for. One `api-expand` round trip then reads all of it.
 */
export interface ExpansionPlan {
  levels: Array<Set<RelationshipType>>;
  documents: boolean;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  plan: ExpansionPlan;
}

function typeNamed(schema: GraphQLSchema, name: string | undefined, fallback: GraphQLCompositeType): GraphQLCompositeType {
  const t = name ? schema.getType(name) : undefined;
  return t && isCompositeType(t) ? t : fallback;
}

function walkSelection(w: Walk, set: SelectionSetNode, parent: GraphQLCompositeType, level: number, seen: Set<string>): void {
  for (const sel of set.selections) {
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      walkSelection(w, sel.selectionSet, typeNamed(w.schema, sel.typeCondition?.name.value, parent), level, seen);
    } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const frag = w.fragments[sel.name.value];
      if (!frag || seen.has(frag.name.value)) continue;
      walkSelection(w, frag.selectionSet, typeNamed(w.schema, frag.typeCondition.name.value, parent), level, new Set([...seen, frag.name.value]));
    } else {
      walkField(w, sel, parent, level, seen);
    }
  }
}

function walkField(w: Walk, field: FieldNode, parent: GraphQLCompositeType, level: number, seen: Set<string>): void {
  if (!field.selectionSet || !('getFields' in parent)) return;
  const def = parent.getFields()[field.name.value];
  if (!def) return;
  const child = getNamedType(def.type);
  if (!isCompositeType(child)) return;
  const rel = relationField(parent.name, field.name.value);
  let next = level;
  if (rel) {
    while (w.plan.levels.length <= level) w.plan.levels.push(new Set());
    w.plan.levels[level]!.add(rel.relationship);
    next = level + 1;
  }
  if (parent.name === 'Source' && field.name.value === 'document') w.plan.documents = true;
  walkSelection(w, field.selectionSet, child, next, seen);
}

/** The plan for the field being resolved, from its selection set (fragments included). */
export function planFor(info: GraphQLResolveInfo): ExpansionPlan {
  const w: Walk = { schema: info.schema, fragments: info.fragments, plan: { levels: [], documents: false } };
  const returned = getNamedType(info.returnType);
  if (!isCompositeType(returned)) return w.plan;
  for (const node of info.fieldNodes) if (node.selectionSet) walkSelection(w, node.selectionSet, returned, 0, new Set());
  return w.plan;
}
