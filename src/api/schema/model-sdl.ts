import type { z } from 'zod';
import {
  kindDefinition, kindNames, partialDate, relationships, relationshipTypes,
  type KindName, type RelationshipType,
} from '../../model/index.js';
import { hasProperties, relationFields, relationPropertyField, relationTypeName, type RelationField } from './relation-fields.js';

/**
 * The model-derived half of the GraphQL schema (graphql/model.graphql): the EntityKind enum, one
 * object type per kind with its properties and relationship fields, and one type per relationship
 * type that carries properties. `npm run gen:graphql` writes it; a test keeps the file current.
 */

interface ZodInternals { _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType } }; isInt?: boolean }

/** The GraphQL type of a model property, nullable unless the model requires it. */
export function graphqlTypeOf(schema: z.ZodType): string {
  let s = schema as unknown as ZodInternals;
  let optional = false;
  while (s._zod.def.type === 'optional' || s._zod.def.type === 'default') {
    optional = true;
    s = s._zod.def.innerType as unknown as ZodInternals;
  }
  const base = ((): string => {
    if ((s as unknown) === partialDate) return 'String';
    switch (s._zod.def.type) {
      case 'number': return s.isInt ? 'Int' : 'Float';
      case 'boolean': return 'Boolean';
      case 'array': return `[${graphqlTypeOf(s._zod.def.element as z.ZodType).replace(/!?$/, '!')}]`;
      default: return 'String'; // strings, enums and patterned text
    }
  })();
  return optional ? base : `${base}!`;
}

const entityTypeOf = (kinds: readonly KindName[]) => (kinds.length === 1 ? kinds[0]! : 'Entity');

function description(text: string, indent = ''): string {
  return `${indent}"""${text.replace(/"""/g, "'''")}"""\n`;
}

function relationFieldLine(f: RelationField): string {
  switch (f.shape) {
    case 'one': return `${f.name}: ${entityTypeOf(f.targets)}`;
    case 'list': return `${f.name}: [${entityTypeOf(f.targets)}!]!`;
    case 'relation': return `${f.name}: [${relationTypeName(f.relationship)}!]!`;
    case 'connection': return `${f.name}(first: Int = 20, after: String, from: String, to: String): DecisionConnection!`;
  }
}

function propertyLines(shape: Record<string, z.ZodType>, skip: Set<string>, rename: (name: string) => string = (n) => n): string[] {
  return Object.entries(shape).filter(([name]) => !skip.has(name)).map(([name, s]) => `${rename(name)}: ${graphqlTypeOf(s)}`);
}

function kindType(kind: KindName): string {
  const def = kindDefinition(kind);
  const shape = def.properties.shape as Record<string, z.ZodType>;
  const skip = new Set(['name', ...Object.keys(def.references)]);
  const lines = [
    'id: ID!', 'kind: EntityKind!', 'name: String!', 'sources: [Source!]!',
    ...propertyLines(shape, skip),
    ...('date' in shape ? ['"""How much of `date` the sources state: a year, a month or a day."""\n  datePrecision: DatePrecision'] : []),
  ];
  const rels = (relationFields.get(kind) ?? []).map((f) => `${description(f.description, '  ')}  ${relationFieldLine(f)}`);
  return `${description(def.description)}type ${kind} implements Entity {\n${lines.map((l) => `  ${l}`).join('\n')}\n${rels.join('\n')}\n}\n`;
}

function relationType(type: RelationshipType): string {
  const def = relationships[type];
  const props = propertyLines(def.properties.shape as Record<string, z.ZodType>, new Set(), (p) => relationPropertyField(type, p));
  const lines = [
    `from: ${entityTypeOf(def.from)}!`,
    `to: ${entityTypeOf(def.to)}!`,
    '"""The entity at the other end, seen from the entity whose field this is."""\n  node: Entity!',
    ...props,
    'sources: [Source!]!',
  ];
  return `${description(`A ${type} relationship: ${def.description}`)}type ${relationTypeName(type)} {\n${lines.map((l) => `  ${l}`).join('\n')}\n}\n`;
}

export function modelSdl(): string {
  const header = '# Generated from src/model by `npm run gen:graphql`; a test checks that it is up to date.\n';
  const kindEnum = `${description('The kinds of entity in the graph.')}enum EntityKind {\n${kindNames.map((k) => `  ${k}`).join('\n')}\n}\n`;
  const relTypeEnum = `${description('The relationship types of the graph.')}enum RelationshipType {\n${relationshipTypes.map((t) => `  ${t}`).join('\n')}\n}\n`;
  const types = kindNames.map(kindType);
  const relTypes = relationshipTypes.filter(hasProperties).map(relationType);
  return [header, kindEnum, relTypeEnum, ...types, ...relTypes].join('\n');
}
