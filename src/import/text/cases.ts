/** Case numbers (diarienummer): "RS/2485/2017", "dnr CF 485/97", "Dnr 109-7-2017", "KS 2019/0123". */
import type { CaseCitation } from './types.js';

/** Prefix/number/year: "RS/2485/2017". */
const SLASHED = /(?<![\p{L}\p{N}/])([A-ZÅÄÖ]{1,6})\/(\d{1,6})\/(\d{4})(?![\d/])/gu;
/** After "dnr" or "diarienummer": "dnr CF 485/97", "Dnr 109-7-2017", "Diarienummer RS 1938-2013". */
const AFTER_DNR = /(?<![\p{L}])(?:[Dd]nr|DNR|[Dd]iarienummer|DIARIENUMMER|[Dd]iarienr|[Vv]år beteckning)\.?:?\s{1,3}(?:\d{4}-\d{2}-\d{2}\s{1,3})?((?:[A-ZÅÄÖ]{1,6}[\s-]?)?\d{1,10}(?:[-/.]\d{1,10}){0,3})(?![\p{L}\d])/gu;
/** Board prefix, year and serial: "KS 2019/0123", "HSN 2009/326". */
const PREFIX_YEAR = /(?<![\p{L}\p{N}/])([A-ZÅÄÖ]{2,6}) ((?:19|20)\d{2})\/(\d{2,6})(?![\d/])/gu;
/** Government offices: "S2010/4889/FS". */
const MINISTRY = /(?<![\p{L}\p{N}/])([A-Z]{1,2}(?:19|20)\d{2}\/\d{2,6}\/[A-Z]{1,4})(?![\p{L}\d/])/gu;
/** Prefixes that name something other than a case: an ombudsman's report, a government bill. */
const NOT_CASES = new Set(['JO', 'SOU', 'SFS', 'Prop', 'AFS', 'NR']);

export function findCases(scan: string, text: string): CaseCitation[] {
  const out: CaseCitation[] = [];
  const add = (start: number, end: number, number: string, span = end) =>
    out.push({ type: 'case', number: number.replace(/\s+/g, ' ').trim(), start, end: span, text: text.slice(start, span) });
  for (const m of scan.matchAll(SLASHED)) if (!NOT_CASES.has(m[1]!)) add(m.index, m.index + m[0].length, m[0]);
  for (const m of scan.matchAll(AFTER_DNR)) {
    const number = m[1]!;
    if (!/\d[-/.]?\d|\d{3}/.test(number)) continue;
    add(m.index, m.index + m[0].length, number);
  }
  for (const m of scan.matchAll(PREFIX_YEAR)) if (!NOT_CASES.has(m[1]!)) add(m.index, m.index + m[0].length, m[0]);
  for (const m of scan.matchAll(MINISTRY)) add(m.index, m.index + m[0].length, m[1]!);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // The same number found by two patterns ("Dnr RS/2485/2017") is one citation.
  const kept: CaseCitation[] = [];
  for (const c of out) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  return kept;
}
