import {
  kindDefinition, kindNames, partialDate, relationships, relationshipTypes,
  type KindName, type RelationshipType,
} from '../../model/index.js';

/**
 * The GraphQL fields that follow relationships, derived from the model: every kind gets a field for
 * each relationship type it can take part in, in each direction it can take part in it. Reference
 * fields of the import format (a Decision's `body`) keep their names and return one entity; the
 * others return lists, named by the table below.
 */
export type Direction = 'out' | 'in';

export interface RelationField {
  /** The kind that owns the field. */
  kind: KindName;
  name: string;
  relationship: RelationshipType;
  direction: Direction;
  /** The kinds at the other end. */
  targets: readonly KindName[];
  /**
   * `one`: a single entity (a reference field); `list`: the entities; `relation`: the relationships
   * with their properties (for types that carry properties); `connection`: a paged DecisionConnection.
   */
  shape: 'one' | 'list' | 'relation' | 'connection';
  description: string;
}

/** Field names for the two directions of each type: [outgoing, incoming]. */
const names: Record<RelationshipType, readonly [string, string]> = {
  PART_OF: ['partOf', 'parts'],
  DECIDED_BY: ['body', 'decisions'],
  AT_MEETING: ['meeting', 'decisions'],
  HELD_BY: ['body', 'meetings'],
  IN_CASE: ['case', 'decisions'],
  PROPOSES: ['proposes', 'proposedBy'],
  PREPARES: ['prepares', 'preparedBy'],
  EXTENDS: ['extends', 'extendedBy'],
  AMENDS: ['amends', 'amendedBy'],
  SUPERSEDES: ['supersedes', 'supersededBy'],
  REPEALS: ['repeals', 'repealedBy'],
  ANSWERS: ['answers', 'answeredBy'],
  REPORTS_BACK_ON: ['reportsBackOn', 'reportedBackBy'],
  ASSIGNS: ['assigns', 'assignedBy'],
  CITES: ['cites', 'citedBy'],
  ACCOUNTABLE_TO: ['accountableTo', 'accountableBodies'],
  SUPERVISES: ['supervises', 'supervisedBy'],
  AUDITS: ['audits', 'auditedBy'],
  DELEGATES_TO: ['delegatesTo', 'delegatedBy'],
  SUBSTITUTED_BY: ['substitutedBy', 'substitutes'],
  OWNS: ['owns', 'owners'],
  PARTY_TO: ['agreements', 'parties'],
  FUNDS: ['funds', 'funders'],
  SUPPLEMENTS: ['supplements', 'supplementedBy'],
  COVERS: ['covers', 'coveredBy'],
  IN_COUNTY: ['county', 'municipalities'],
  PARTICIPATES_IN: ['programmes', 'participants'],
  SUCCEEDS: ['succeeds', 'succeededBy'],
  MEMBER_OF: ['memberOf', 'members'],
  AUTHORED: ['motions', 'authors'],
  SUBMITTED_TO: ['submittedTo', 'motions'],
  EXAMINES: ['examines', 'examinedBy'],
  CONDUCTED_BY: ['conductedBy', 'auditsConducted'],
  REGISTERED_BY: ['registeredBy', 'casesRegistered'],
  ISSUED_BY: ['issuedBy', 'documentsIssued'],
};

/** Incoming relationships from decisions that are paged rather than listed. */
const pagedDecisions: readonly RelationshipType[] = ['DECIDED_BY', 'AT_MEETING', 'IN_CASE'];

/** Narrower fields where one kind of the other end is what a reader asks for. */
const narrowed: ReadonlyArray<{ kind: KindName; name: string; relationship: RelationshipType; direction: Direction; targets: KindName[]; replaces?: boolean }> = [
  { kind: 'Law', name: 'provisions', relationship: 'PART_OF', direction: 'in', targets: ['Provision'], replaces: true },
  { kind: 'Programme', name: 'agreements', relationship: 'FUNDS', direction: 'in', targets: ['Agreement'] },
];

export function hasProperties(type: RelationshipType): boolean {
  return Object.keys(relationships[type].properties.shape).length > 0;
}

function referenceFields(kind: KindName): RelationField[] {
  const def = kindDefinition(kind);
  return Object.entries(def.references).flatMap(([name, ref]) => (ref ? [{
    kind, name, relationship: ref.relationship, direction: ref.direction, targets: ref.kinds,
    shape: 'one' as const, description: relationships[ref.relationship].description,
  }] : []));
}

function listShape(type: RelationshipType, direction: Direction): RelationField['shape'] {
  if (direction === 'in' && pagedDecisions.includes(type)) return 'connection';
  return hasProperties(type) ? 'relation' : 'list';
}

function derive(kind: KindName): RelationField[] {
  const fields = referenceFields(kind);
  const covered = new Set(fields.map((f) => `${f.relationship}/${f.direction}`));
  for (const type of relationshipTypes) {
    const def = relationships[type];
    for (const direction of ['out', 'in'] as const) {
      const here = direction === 'out' ? def.from : def.to;
      if (!here.includes(kind) || covered.has(`${type}/${direction}`)) continue;
      const targets = direction === 'out' ? def.to : def.from;
      const special = narrowed.filter((n) => n.kind === kind && n.relationship === type && n.direction === direction);
      for (const n of special) {
        fields.push({ kind, name: n.name, relationship: type, direction, targets: n.targets, shape: hasProperties(type) ? 'relation' : 'list', description: def.description });
      }
      if (special.some((n) => n.replaces)) continue;
      fields.push({ kind, name: names[type][direction === 'out' ? 0 : 1], relationship: type, direction, targets, shape: listShape(type, direction), description: def.description });
    }
  }
  const seen = new Set<string>();
  for (const f of fields) {
    if (seen.has(f.name)) throw new Error(`${kind}.${f.name} is derived twice; rename one in relation-fields.ts`);
    seen.add(f.name);
  }
  return fields;
}

export const relationFields: ReadonlyMap<KindName, readonly RelationField[]> = new Map(kindNames.map((k) => [k, derive(k)]));

const byTypeAndName = new Map<string, RelationField>();
for (const list of relationFields.values()) for (const f of list) byTypeAndName.set(`${f.kind}.${f.name}`, f);

/** The relation field `name` of the GraphQL type `typeName`, if it is one. */
export function relationField(typeName: string, name: string): RelationField | undefined {
  return byTypeAndName.get(`${typeName}.${name}`);
}

/** `PARTICIPATES_IN` → `ParticipatesInRelation`: the GraphQL type of a relationship with properties. */
export function relationTypeName(type: RelationshipType): string {
  return `${type.toLowerCase().split('_').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}Relation`;
}

/** Fields every relationship type has; a property of the same name would be renamed (`from` → `fromDate`). */
const endpointFields = new Set(['from', 'to', 'node', 'sources']);

/** The GraphQL field name of a relationship property. */
export function relationPropertyField(type: RelationshipType, property: string): string {
  if (!endpointFields.has(property)) return property;
  const schema = relationships[type].properties.shape[property] as unknown as { _zod: { def: { type: string; innerType?: unknown } } };
  const inner = schema._zod.def.type === 'optional' ? schema._zod.def.innerType : schema;
  return `${property}${inner === partialDate ? 'Date' : 'Value'}`;
}
