import { caseKey, refines } from '../model/index.js';
import type { Value } from '../store/types.js';

const DATE_FIELDS = new Set(['date', 'dateEnd', 'start', 'end', 'due', 'submitted', 'formed', 'established', 'dissolved', 'answerDue', 'since', 'until', 'asOf']);

function same(a: Value | undefined, b: Value | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Merges `incoming` into `target`. Returns the fields whose values conflict. A date that refines
 * another ("2020-05-19" and "2020-05") is no conflict: the precise one wins.
 */
export function mergeFields(target: Record<string, Value>, incoming: Record<string, Value>): string[] {
  const conflicts: string[] = [];
  for (const [field, value] of Object.entries(incoming)) {
    const current = target[field];
    if (current === undefined) {
      target[field] = value;
    } else if (!same(current, value)) {
      if (DATE_FIELDS.has(field) && typeof current === 'string' && typeof value === 'string' && (refines(current, value) || refines(value, current))) {
        target[field] = current.length >= value.length ? current : value;
      } else if (field === 'number' && typeof current === 'string' && typeof value === 'string' && caseKey(current) === caseKey(value)) {
        // "KS 2022/456" and "ks 2022/456" are one case number written two ways: the first spelling stays.
      } else {
        conflicts.push(field);
      }
    }
  }
  return conflicts;
}

export function describe(value: Value | undefined): string {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
