import { z } from 'zod';
import { partialDate } from './dates.js';
import { amount, longText, positiveInt, reference, text, textList } from './fields.js';
import { caseKey, keyOf, slug } from './ids.js';
import type { RelationshipType } from './relationships.js';

/**
 * The entity kinds of the governance graph. Everything else (import validation, the Cypher schema,
 * the GraphQL types) is derived from these definitions.
 */
export const kindNames = [
  'Region', 'County', 'Municipality', 'Organization', 'Board', 'Person', 'Party', 'Office',
  'Meeting', 'Decision', 'Case', 'Motion', 'Programme', 'Agreement', 'Audit', 'Law', 'Provision',
  'Document',
] as const;
export type KindName = (typeof kindNames)[number];

/** A property that names another node; the importer turns it into a relationship. */
export interface ReferenceField {
  kinds: readonly KindName[];
  relationship: RelationshipType;
  /** `out`: (this)-[rel]->(target); `in`: (target)-[rel]->(this). */
  direction: 'out' | 'in';
}

export interface KindDefinition<Shape extends z.ZodRawShape = z.ZodRawShape> {
  name: KindName;
  /** The id prefix: `decision` in `decision:…`. */
  prefix: string;
  description: string;
  properties: z.ZodObject<Shape>;
  references: Partial<Record<keyof Shape & string, ReferenceField>>;
  /** The natural key, from validated properties whose references are already resolved to ids. */
  key: (p: z.infer<z.ZodObject<Shape>>) => string;
  /** The display name where the properties carry none; `nameOf` looks up a referenced node's name. */
  displayName?: (p: z.infer<z.ZodObject<Shape>>, nameOf: (id: string) => string) => string;
}

function defineKind<Shape extends z.ZodRawShape>(def: KindDefinition<Shape>): KindDefinition<Shape> {
  return def;
}

const named = { name: text };
const organizationLike = ['Region', 'Municipality', 'Organization'] as const;

export const kinds = {
  Region: defineKind({
    name: 'Region', prefix: 'region',
    description: 'A regional authority (formerly landsting) that runs health care and regional development.',
    properties: z.strictObject({ ...named, shortName: text.optional(), orgNumber: text.optional(), formed: partialDate.optional() }),
    references: {},
    key: (p) => slug(p.name),
  }),
  County: defineKind({
    name: 'County', prefix: 'county',
    description: 'A län: the geographic area a region covers, with its SCB and ISO 3166-2 codes.',
    properties: z.strictObject({
      ...named,
      code: z.string().regex(/^\d{2}$/, 'expected the two-digit SCB county code'),
      iso: z.string().regex(/^SE-[A-Z]{1,2}$/, 'expected an ISO 3166-2 code such as SE-Z'),
    }),
    references: {},
    key: (p) => p.code,
  }),
  Municipality: defineKind({
    name: 'Municipality', prefix: 'municipality',
    description: 'A kommun, in its county, identified by its SCB code.',
    properties: z.strictObject({
      ...named,
      code: z.string().regex(/^\d{4}$/, 'expected the four-digit SCB municipality code'),
      /** The authority's own name: "Mölndals stad", "Högsby kommun". */
      officialName: text.optional(),
      county: reference.optional(),
    }),
    references: { county: { kinds: ['County'], relationship: 'IN_COUNTY', direction: 'out' } },
    // The SCB code, not the name: Håbo and Habo fold to the same slug.
    key: (p) => p.code,
  }),
  Organization: defineKind({
    name: 'Organization', prefix: 'org',
    description: 'An agency, company, association, administrative unit, landsting, federation or foreign body.',
    properties: z.strictObject({
      ...named,
      orgType: z.enum(['agency', 'government', 'landsting', 'company', 'association', 'federation', 'administration', 'unit', 'foreign', 'other']),
      shortName: text.optional(),
      orgNumber: text.optional(),
      country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code').optional(),
      parent: reference.optional(),
      description: longText.optional(),
    }),
    references: { parent: { kinds: [...organizationLike], relationship: 'PART_OF', direction: 'out' } },
    key: (p) => slug(p.name),
  }),
  Board: defineKind({
    name: 'Board', prefix: 'board',
    description: 'Any deciding body: assembly, executive board, committee, presidium, auditors, joint or preparatory body.',
    properties: z.strictObject({
      ...named,
      organization: reference,
      boardType: z.enum(['assembly', 'executive', 'committee', 'subcommittee', 'presidium', 'chair', 'auditors', 'joint', 'preparatory', 'company-board', 'cooperation']),
      abbreviation: text.optional(),
      aliases: textList.optional(),
      established: partialDate.optional(),
      dissolved: partialDate.optional(),
      description: longText.optional(),
    }),
    references: { organization: { kinds: [...organizationLike], relationship: 'PART_OF', direction: 'out' } },
    key: (p) => `${keyOf(p.organization)}/${slug(p.name)}`,
  }),
  Person: defineKind({
    name: 'Person', prefix: 'person',
    description: 'A politician or official named in the sources.',
    properties: z.strictObject({ ...named, party: reference.optional(), role: text.optional() }),
    references: { party: { kinds: ['Party'], relationship: 'MEMBER_OF', direction: 'out' } },
    key: (p) => slug(p.name),
  }),
  Party: defineKind({
    name: 'Party', prefix: 'party',
    description: 'A political party, identified by its abbreviation (S, V, C, …).',
    properties: z.strictObject({ ...named, abbreviation: z.string().regex(/^[A-ZÅÄÖ]{1,4}$/, 'expected a party abbreviation such as S or MP') }),
    references: {},
    key: (p) => slug(p.abbreviation),
  }),
  Office: defineKind({
    name: 'Office', prefix: 'office',
    description: "An official's post with delegated power, such as regiondirektör.",
    properties: z.strictObject({ ...named, organization: reference }),
    references: { organization: { kinds: [...organizationLike], relationship: 'PART_OF', direction: 'out' } },
    key: (p) => `${keyOf(p.organization)}/${slug(p.name)}`,
  }),
  Meeting: defineKind({
    name: 'Meeting', prefix: 'meeting',
    description: 'A sammanträde of a body on a date.',
    properties: z.strictObject({ name: text.optional(), body: reference, date: partialDate }),
    references: { body: { kinds: ['Board'], relationship: 'HELD_BY', direction: 'out' } },
    key: (p) => `${keyOf(p.body)}/${p.date}`,
    displayName: (p, nameOf) => `${nameOf(p.body)} ${p.date}`,
  }),
  Decision: defineKind({
    name: 'Decision', prefix: 'decision',
    description: "A beslut: a paragraph (§) of a body's minutes. Paragraph numbers run per body per year.",
    properties: z.strictObject({
      name: text.optional(),
      body: reference,
      date: partialDate,
      /** The last day of a meeting that ran over several days. */
      dateEnd: partialDate.optional(),
      paragraph: positiveInt.optional(),
      /** The agenda item, where a decision has no paragraph number: it tells apart two such decisions of one meeting. */
      item: text.optional(),
      title: text.optional(),
      summary: longText.optional(),
      outcome: text.optional(),
      case: reference.optional(),
    }),
    references: {
      body: { kinds: ['Board'], relationship: 'DECIDED_BY', direction: 'out' },
      case: { kinds: ['Case'], relationship: 'IN_CASE', direction: 'out' },
    },
    // Body + year + § identifies a decision, so "i maj 2020, § 57" and "2020-05-19 § 57" are one node.
    key: (p) => (p.paragraph !== undefined
      ? `${keyOf(p.body)}/${p.date.slice(0, 4)}/${p.paragraph}`
      : `${keyOf(p.body)}/${p.date}${p.item !== undefined ? `/${slug(p.item)}` : ''}`),
    displayName: (p, nameOf) => `${nameOf(p.body)} ${p.date}${p.paragraph !== undefined ? ` § ${p.paragraph}` : p.item !== undefined ? `, ${p.item}` : ''}`,
  }),
  Case: defineKind({
    name: 'Case', prefix: 'case',
    description: 'An ärende with its diarienummer in the register of its organization; it collects the decisions of several bodies.',
    properties: z.strictObject({ name: text.optional(), number: text, organization: reference, title: text.optional() }),
    references: { organization: { kinds: [...organizationLike], relationship: 'REGISTERED_BY', direction: 'out' } },
    // A diarienummer is unique only in its organization's register: two municipalities both have a "KS 2022/456".
    key: (p) => `${keyOf(p.organization)}/${caseKey(p.number)}`,
    displayName: (p) => p.number,
  }),
  Motion: defineKind({
    name: 'Motion', prefix: 'motion',
    description: "A motion by an assembly member, or an initiativärende by a board member: a proposal a body must answer.",
    properties: z.strictObject({
      name: text.optional(),
      title: text,
      motionType: z.enum(['motion', 'initiativärende']),
      author: reference.optional(),
      submitted: partialDate.optional(),
      submittedTo: reference.optional(),
    }),
    references: {
      author: { kinds: ['Person'], relationship: 'AUTHORED', direction: 'in' },
      submittedTo: { kinds: ['Board'], relationship: 'SUBMITTED_TO', direction: 'out' },
    },
    key: (p) => (p.author ? `${keyOf(p.author)}/${slug(p.title)}` : slug(p.title)),
    displayName: (p) => p.title,
  }),
  Programme: defineKind({
    name: 'Programme', prefix: 'programme',
    description: 'A programme, project, strategy or national initiative.',
    properties: z.strictObject({ ...named, programmeType: text.optional(), start: partialDate.optional(), end: partialDate.optional(), description: longText.optional() }),
    references: {},
    key: (p) => slug(p.name),
  }),
  Agreement: defineKind({
    name: 'Agreement', prefix: 'agreement',
    description: 'An överenskommelse, avtal or avsiktsförklaring between parties, with a period and funding.',
    properties: z.strictObject({
      ...named,
      agreementType: z.enum(['överenskommelse', 'avtal', 'avsiktsförklaring', 'tilläggsöverenskommelse', 'ramavtal', 'bilaga', 'samverkan']),
      start: partialDate.optional(),
      end: partialDate.optional(),
      amountSek: amount.optional(),
      description: longText.optional(),
    }),
    references: {},
    key: (p) => slug(p.name),
  }),
  Audit: defineKind({
    name: 'Audit', prefix: 'audit',
    description: "A granskning of a board's area by the auditors or a state body, with recommendations to answer.",
    properties: z.strictObject({
      ...named,
      subject: reference.optional(),
      auditor: reference.optional(),
      date: partialDate.optional(),
      answerDue: partialDate.optional(),
      recommendations: textList.optional(),
    }),
    references: {
      subject: { kinds: ['Board', 'Organization', 'Region', 'Municipality'], relationship: 'EXAMINES', direction: 'out' },
      auditor: { kinds: ['Board', 'Organization'], relationship: 'CONDUCTED_BY', direction: 'out' },
    },
    key: (p) => slug(p.name),
  }),
  Law: defineKind({
    name: 'Law', prefix: 'law',
    description: 'A law, ordinance or regulation, identified by its designation (SFS 2017:725, LVFS 2012:8).',
    properties: z.strictObject({
      ...named,
      designation: z.string().regex(/^[A-ZÅÄÖ][A-ZÅÄÖa-z-]* \d{4}(?::\d+|\/\d+)?(?: s\. \d+)?$/, 'expected a designation such as "SFS 2017:725" or "LVFS 2012:8"'),
      shortName: text.optional(),
      lawType: z.enum(['lag', 'förordning', 'föreskrift', 'allmänna råd', 'utredning', 'beslut']).optional(),
    }),
    references: {},
    key: (p) => slug(p.designation),
  }),
  Provision: defineKind({
    name: 'Provision', prefix: 'provision',
    description: 'A provision of a law: chapter (where the law has chapters) and section.',
    properties: z.strictObject({
      name: text.optional(),
      law: reference,
      chapter: positiveInt.optional(),
      section: z.string().regex(/^\d+(?: ?[a-z])?$/, 'expected a section number such as "1" or "2 a"'),
    }),
    references: { law: { kinds: ['Law'], relationship: 'PART_OF', direction: 'out' } },
    key: (p) => `${keyOf(p.law)}/${p.chapter ?? 0}/${slug(p.section)}`,
    displayName: (p, nameOf) => `${p.chapter !== undefined ? `${p.chapter} kap. ` : ''}${p.section} § ${nameOf(p.law)}`,
  }),
  Document: defineKind({
    name: 'Document', prefix: 'document',
    description: 'A source: minutes, an agenda, a report, slides. Every fact links to the documents that state it.',
    properties: z.strictObject({
      ...named,
      docType: z.enum(['agenda', 'minutes', 'report', 'slides', 'agreement', 'reference', 'other']),
      publisher: text.optional(),
      /** The body whose minutes or agenda it is. */
      body: reference.optional(),
      date: partialDate.optional(),
      /** SHA-256 (hex) of the document's normalised text. */
      textHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected the SHA-256 of the normalised text, 64 hex digits').optional(),
      file: text.optional(),
      description: longText.optional(),
    }).refine((p) => p.docType === 'reference' || (p.body !== undefined && p.date !== undefined) || p.textHash !== undefined, {
      message: 'a document is identified by its body and date, or by the hash of its text (textHash), never by its title alone; only a reference work (docType: reference) goes by its title',
    }),
    references: { body: { kinds: ['Board'], relationship: 'ISSUED_BY', direction: 'out' } },
    key: documentKey,
  }),
} satisfies { [K in KindName]: KindDefinition<any> };

/**
 * A document's natural key: its body, date and kind ("HSN's minutes of 2020-12-17"), else the hash of
 * its text; a title like "Protokoll" names no one document. A reference work's title is its designation.
 */
function documentKey(p: { name: string; docType: string; body?: string | undefined; date?: string | undefined; textHash?: string | undefined }): string {
  if (p.body !== undefined && p.date !== undefined) return `${keyOf(p.body)}/${p.date}/${p.docType}`;
  if (p.textHash !== undefined) return `text-${p.textHash.slice(0, 16)}`;
  return slug(p.name);
}

export function kindDefinition(name: KindName): KindDefinition {
  return kinds[name] as unknown as KindDefinition;
}

export function isKindName(value: unknown): value is KindName {
  return typeof value === 'string' && (kindNames as readonly string[]).includes(value);
}

const kindByPrefix = new Map<string, KindName>(kindNames.map((k) => [kinds[k].prefix, k]));

/** The kind an id names by its prefix, if any. */
export function kindOfId(id: string): KindName | undefined {
  return kindByPrefix.get(id.slice(0, Math.max(0, id.indexOf(':'))));
}
