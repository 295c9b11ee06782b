/**
 * What the page knows about the API's types, read by introspection once. The entity view and the
 * graph queries are built from it, so a field added to a GraphQL type shows up without a page change.
 */
import { gql } from './api.js';

const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const introspection = `query ExplorerSchema {
  __schema {
    types {
      name kind
      possibleTypes { name }
      fields { name args { name defaultValue type { ${typeRef} } } type { ${typeRef} } }
    }
  }
}`;

/** Field names kept out of generic listings: shown elsewhere or internal. */
const shownApart = new Set(['id', 'kind', 'name', 'sources']);
/** Fields that place a node on the lineage's time axis (an event's date, not a body's founding), in order of preference. */
const timeFields = ['date', 'submitted', 'start'];
const timeAlias = 'time_';
const titleAlias = 'decisionTitle';

/** The date that places a node fetched with `nodeSelection` (or a full entity) in time, if any. */
export function nodeTime(entity) {
  const aliased = Object.keys(entity).find((key) => key.startsWith(timeAlias));
  const value = aliased ? entity[aliased] : timeFields.map((f) => entity[f]).find((v) => typeof v === 'string' && v);
  return typeof value === 'string' && value ? value : null;
}

/** The title of a decision fetched with `nodeSelection` (or a full entity), if any. */
export function nodeTitle(entity) {
  const value = entity[titleAlias] ?? (entity.__typename === 'Decision' ? entity.title : null);
  return typeof value === 'string' && value ? value : null;
}

/** How many related entities one relationship list shows (the API refuses more than 100). */
export const relatedPageSize = 50;

let loading = null;

/** The schema, fetched once per page load. */
export function loadSchema() {
  loading ??= gql(introspection).then((data) => new Schema(data.__schema.types));
  return loading;
}

/** `[Foo!]!` → { name: 'Foo', kind: 'OBJECT', list: true } */
function unwrap(type) {
  let list = false;
  let t = type;
  while (t.kind === 'NON_NULL' || t.kind === 'LIST') {
    if (t.kind === 'LIST') list = true;
    t = t.ofType;
  }
  return { name: t.name, kind: t.kind, list };
}

export class Schema {
  constructor(types) {
    this.types = new Map(types.map((t) => [t.name, t]));
    this.entityTypes = new Set((this.types.get('Entity')?.possibleTypes ?? []).map((t) => t.name));
  }

  fields(typeName) {
    return (this.types.get(typeName)?.fields ?? []).map((f) => ({ name: f.name, args: f.args, type: unwrap(f.type) }));
  }

  isEntity(typeName) {
    return typeName === 'Entity' || this.entityTypes.has(typeName);
  }

  isConnection(typeName) {
    return this.fields(typeName).some((f) => f.name === 'edges');
  }

  /** Arguments the page fills in, or null when the field needs one it cannot give. */
  argsFor(field) {
    const given = [];
    for (const arg of field.args) {
      if (arg.name === 'first') given.push(`first: ${relatedPageSize}`);
      else if (arg.type.kind === 'NON_NULL' && arg.defaultValue === null) return null;
    }
    return given.length ? `(${given.join(', ')})` : '';
  }

  /** A selection naming an entity: id, kind and name, plus the field that places it in time. */
  nodeSelection() {
    const dated = [...this.entityTypes].flatMap((type) => {
      const field = timeFields.find((name) => this.fields(type).some((f) => f.name === name && isScalar(f.type)));
      // One alias per type: the same field may be `String!` on one type and `String` on another.
      return field ? [`... on ${type} { ${timeAlias}${type}: ${field} }`] : [];
    });
    // A decision's title tells apart two decisions of one body on one day, which share a name.
    const titled = this.fields('Decision').some((f) => f.name === 'title') ? `... on Decision { ${titleAlias}: title }` : '';
    return `__typename id kind name ${dated.join(' ')} ${titled}`;
  }

  /** The selection for a value of `typeName` one level below an entity: entities are named, objects shallow. */
  valueSelection(typeName) {
    if (this.isEntity(typeName)) return '{ __typename id kind name }';
    if (this.isConnection(typeName)) {
      const node = this.fields(typeName).find((f) => f.name === 'edges');
      const nodeType = this.fields(node.type.name).find((f) => f.name === 'node')?.type.name;
      if (!nodeType) return null;
      const inner = this.valueSelection(nodeType);
      const total = this.fields(typeName).some((f) => f.name === 'totalCount') ? 'totalCount ' : '';
      return inner ? `{ ${total}edges { node ${inner} } }` : null;
    }
    // An object that carries relationship properties: its scalars and the entities it names; where
    // it names "the other end" as `node`, that one alone.
    const fields = this.fields(typeName);
    const otherEnd = fields.find((f) => f.name === 'node' && this.isEntity(f.type.name));
    const parts = fields.flatMap((f) => {
      if (isScalar(f.type)) return [f.name];
      if (this.isEntity(f.type.name) && this.argsFor(f) === '' && (!otherEnd || f === otherEnd)) return [`${f.name} { __typename id kind name }`];
      return [];
    });
    return parts.length ? `{ __typename ${parts.join(' ')} }` : null;
  }

  /** The entity view's fields of one concrete type: scalar properties and relationships. */
  detailSelection(typeName) {
    const parts = [];
    for (const field of this.fields(typeName)) {
      if (shownApart.has(field.name) || field.name.startsWith('__')) continue;
      const args = this.argsFor(field);
      if (args === null) continue;
      if (isScalar(field.type)) parts.push(`${field.name}${args}`);
      else if (field.type.kind === 'OBJECT' || field.type.kind === 'INTERFACE') {
        const inner = this.valueSelection(field.type.name);
        if (inner) parts.push(`${field.name}${args} ${inner}`);
      }
    }
    return parts.join('\n');
  }

  /** Whether a type's field is a scalar property (as opposed to a relationship). */
  isProperty(typeName, fieldName) {
    const field = this.fields(typeName).find((f) => f.name === fieldName);
    return field ? isScalar(field.type) : false;
  }

  hasRootField(name) {
    const query = this.types.get('Query');
    return Boolean(query?.fields?.some((f) => f.name === name));
  }
}

function isScalar(type) {
  return type.kind === 'SCALAR' || type.kind === 'ENUM';
}
