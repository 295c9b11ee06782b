import { z } from 'zod';
import { partialDate } from './dates.js';
import { amount, count, text, textList } from './fields.js';
import type { KindName } from './kinds.js';

/** The closed set of relationship types. Cypher takes types only from here, never from input text. */
export const relationshipTypes = [
  'PART_OF', 'DECIDED_BY', 'AT_MEETING', 'HELD_BY', 'IN_CASE',
  'PROPOSES', 'PREPARES', 'EXTENDS', 'AMENDS', 'SUPERSEDES', 'REPEALS', 'ANSWERS', 'REPORTS_BACK_ON', 'ASSIGNS', 'CITES',
  'ACCOUNTABLE_TO', 'SUPERVISES', 'AUDITS', 'DELEGATES_TO', 'SUBSTITUTED_BY',
  'OWNS', 'PARTY_TO', 'FUNDS', 'SUPPLEMENTS', 'COVERS', 'IN_COUNTY', 'PARTICIPATES_IN', 'SUCCEEDS',
  'MEMBER_OF', 'AUTHORED', 'SUBMITTED_TO', 'EXAMINES', 'CONDUCTED_BY', 'REGISTERED_BY', 'ISSUED_BY',
] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

export interface RelationshipDefinition {
  type: RelationshipType;
  description: string;
  from: readonly KindName[];
  to: readonly KindName[];
  properties: z.ZodObject<z.ZodRawShape>;
  /**
   * Properties that tell two relationships of this type between the same pair apart (a county's
   * participation per year). They form the relationship's `key`; without them the pair is the key.
   */
  keyProperties?: readonly string[];
}

const ORGS = ['Region', 'Municipality', 'Organization'] as const;
const ACTORS = [...ORGS, 'Board', 'Office', 'Person', 'County'] as const;
const CITABLE = ['Law', 'Provision', 'Case', 'Agreement', 'Programme', 'Document', 'Decision', 'Motion', 'Audit'] as const;
const none = z.strictObject({});
const basis = z.strictObject({ basis: text.optional() });

function define(
  type: RelationshipType, description: string, from: readonly KindName[], to: readonly KindName[],
  properties: z.ZodObject<z.ZodRawShape> = none, keyProperties?: readonly string[],
): RelationshipDefinition {
  return { type, description, from, to, properties, ...(keyProperties ? { keyProperties } : {}) };
}

const lineage = (type: RelationshipType, description: string) => define(type, description, ['Decision'], ['Decision']);

export const relationships: { [T in RelationshipType]: RelationshipDefinition } = {
  PART_OF: define('PART_OF', 'A body, office or unit belongs to its organization; a provision to its law.',
    ['Board', 'Office', 'Organization', 'Provision'], [...ORGS, 'Law']),
  DECIDED_BY: define('DECIDED_BY', 'The body that took a decision.', ['Decision'], ['Board']),
  AT_MEETING: define('AT_MEETING', 'The meeting at which a decision was taken.', ['Decision'], ['Meeting']),
  HELD_BY: define('HELD_BY', 'The body whose meeting it is.', ['Meeting'], ['Board']),
  IN_CASE: define('IN_CASE', 'The case (ärende) a decision belongs to.', ['Decision'], ['Case']),
  PROPOSES: define('PROPOSES', 'A decision proposes the decision a higher body then takes; it points at that body while its decision is not known.',
    ['Decision'], ['Decision', 'Board']),
  PREPARES: lineage('PREPARES', 'A decision prepares (bereder) a matter that another decision settles.'),
  EXTENDS: lineage('EXTENDS', 'A decision extends the period of an earlier decision.'),
  AMENDS: lineage('AMENDS', 'A decision amends or revises an earlier decision.'),
  SUPERSEDES: lineage('SUPERSEDES', 'A decision replaces an earlier decision.'),
  REPEALS: lineage('REPEALS', 'A decision repeals (upphäver) an earlier decision.'),
  ANSWERS: define('ANSWERS', 'A decision answers a motion, an initiativärende or an audit.', ['Decision'], ['Motion', 'Audit']),
  REPORTS_BACK_ON: lineage('REPORTS_BACK_ON', 'A decision receives the report back (återredovisning) on an earlier assignment.'),
  ASSIGNS: define('ASSIGNS', 'A decision gives an office or body a task (uppdrag), to report back by a date.',
    ['Decision'], ['Office', 'Board', ...ORGS, 'Person'],
    z.strictObject({ task: text, due: partialDate.optional() }), ['task']),
  CITES: define('CITES', 'A decision, document, agreement, motion or audit cites a law, provision, case, agreement, programme, document, decision, or the organization it concerns.',
    ['Decision', 'Document', 'Agreement', 'Motion', 'Audit', 'Programme'], [...CITABLE, 'Organization']),
  ACCOUNTABLE_TO: define('ACCOUNTABLE_TO', 'A body answers to a higher body (a committee to the assembly).',
    ['Board', ...ORGS], ['Board'], basis),
  SUPERVISES: define('SUPERVISES', 'A body has the duty of supervision (uppsiktsplikt) over another body, company or association.',
    ['Board', ...ORGS], ['Board', ...ORGS], basis),
  AUDITS: define('AUDITS', 'Auditors or a state body audit a board or organization.', ['Board', ...ORGS], ['Board', ...ORGS], basis),
  DELEGATES_TO: define('DELEGATES_TO', 'A body lets an office, its chair or another body decide matters of given types for it.',
    ['Board'], ['Office', 'Person', 'Board'],
    z.strictObject({ matters: textList.optional(), basis: text.optional(), since: partialDate.optional() })),
  SUBSTITUTED_BY: define('SUBSTITUTED_BY', 'An office is replaced by another when its holder cannot act.',
    ['Office'], ['Office'], z.strictObject({ when: text.optional() })),
  OWNS: define('OWNS', 'An organization owns a share of a company or association.',
    [...ORGS], ['Organization'], z.strictObject({ sharePercent: z.number().min(0).max(100).optional(), asOf: partialDate.optional() })),
  PARTY_TO: define('PARTY_TO', 'A party to an agreement.', [...ORGS, 'Board'], ['Agreement'], z.strictObject({ role: text.optional() })),
  FUNDS: define('FUNDS', 'An agreement or organization funds a programme.',
    ['Agreement', ...ORGS], ['Programme'], z.strictObject({ amountSek: amount.optional(), period: text.optional() }), ['period']),
  SUPPLEMENTS: define('SUPPLEMENTS', 'An agreement supplements (or is an annex to) another.', ['Agreement'], ['Agreement']),
  COVERS: define('COVERS', 'A region or landsting covers a county.', ['Region', 'Organization'], ['County'],
    z.strictObject({ since: partialDate.optional(), until: partialDate.optional() })),
  IN_COUNTY: define('IN_COUNTY', 'A municipality lies in a county.', ['Municipality'], ['County']),
  PARTICIPATES_IN: define('PARTICIPATES_IN', 'A county, region, municipality or body takes part in a programme, with yearly figures.',
    [...ACTORS], ['Programme'],
    z.strictObject({
      year: z.number().int().min(1800).max(2200).optional(),
      role: text.optional(),
      mmrTreatments: count.optional(),
      kbtTreatments: count.optional(),
      mmrPer1000: z.number().nonnegative().optional(),
      kbtPer1000: z.number().nonnegative().optional(),
    }), ['year']),
  SUCCEEDS: define('SUCCEEDS', 'An organization took over from an earlier one.', [...ORGS, 'Board'], [...ORGS, 'Board'],
    z.strictObject({ date: partialDate.optional() })),
  MEMBER_OF: define('MEMBER_OF', 'A person belongs to a party; an organization is a member of a joint body or association.',
    ['Person', ...ORGS], ['Party', 'Board', 'Organization'], z.strictObject({ role: text.optional() })),
  AUTHORED: define('AUTHORED', 'A person wrote a motion or initiativärende.', ['Person'], ['Motion']),
  SUBMITTED_TO: define('SUBMITTED_TO', 'The body a motion was submitted to.', ['Motion'], ['Board']),
  EXAMINES: define('EXAMINES', 'The board or organization an audit examines.', ['Audit'], ['Board', ...ORGS]),
  CONDUCTED_BY: define('CONDUCTED_BY', 'Who carried out an audit.', ['Audit'], ['Board', 'Organization']),
  REGISTERED_BY: define('REGISTERED_BY', 'The organization in whose register (diarium) a case is: its case number is unique there.', ['Case'], [...ORGS]),
  ISSUED_BY: define('ISSUED_BY', 'The body whose minutes, agenda or other document it is.', ['Document'], ['Board']),
};

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && (relationshipTypes as readonly string[]).includes(value);
}
