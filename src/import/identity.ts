import { foldText, kindDefinition } from '../model/index.js';
import { issueAt, type ImportIssue } from './issues.js';
import type { PlannedNode } from './plan.js';

/** Text as an id sees it, less what slugging drops anyway: case, accents, spaces and punctuation. */
const spelling = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether `field` is one the node's id is made from: a different value would give another id.
 * The kind's own key function is asked, so this follows the model as it changes.
 */
function isKeyField(node: PlannedNode, field: string, value: string, key: string): boolean {
  const key2 = kindDefinition(node.kind).key({ ...node.fields, [field]: `${value}x` } as never);
  return key2 !== key;
}

/**
 * A stored node that an import would give another name or natural key under the same id: two
 * different things whose names slug alike (or both to a hash of nothing). Merging them would
 * rename the stored one and mix their sources, so it is a conflict, as it is within one import.
 * Spellings that differ only in case, accents or punctuation are the same name.
 */
export function identityConflicts(node: PlannedNode, stored: Readonly<Record<string, unknown>>): ImportIssue[] {
  const def = kindDefinition(node.kind);
  let key: string | undefined;
  const issues: ImportIssue[] = [];
  for (const [field, value] of Object.entries(node.fields)) {
    const before = stored[field];
    if (typeof value !== 'string' || typeof before !== 'string' || def.references[field] !== undefined) continue;
    if (before === value || spelling(before) === spelling(value)) continue;
    key ??= def.key(node.fields as never);
    if (!isKeyField(node, field, value, key)) continue;
    issues.push(issueAt(node.origin,
      `${node.id} is stored with ${field} ${JSON.stringify(before)}, and this import gives it ${JSON.stringify(value)}: ` +
      'two names that give one id. If they are one thing, use the stored name; if not, tell them apart in the name', [field]));
  }
  return issues;
}
