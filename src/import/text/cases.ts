/** Case numbers (diarienummer): "RS/2485/2017", "dnr CF 485/97", "Dnr 109-7-2017", "KS 2019/0123". */
import { startsWord } from './chars.js';
import type { CaseCitation } from './types.js';
import { longestNonOverlapping } from './spans.js';

// Patterns start at the slash or keyword; prefixes before them are read in code.
/** "/2485/2017" after a prefix: "RS/2485/2017". */
const SLASHED = /\/(\d{1,6})\/(\d{4})(?![\d/])/g;
const PREFIX = /(?:^|[^\p{L}\p{N}/])([A-ZÅÄÖ]{1,6})$/u;
/** After "dnr" or "diarienummer": "dnr CF 485/97", "Dnr 109-7-2017", "Diarienummer RS 1938-2013". */
const AFTER_DNR = /(?:[Dd]nr|DNR|[Dd]iarienummer|DIARIENUMMER|[Dd]iarienr|[Vv]år beteckning)\.?:?\s{1,3}(?:\d{4}-\d{2}-\d{2}\s{1,3})?((?:[A-ZÅÄÖ]{1,6}[\s-]?)?\d{1,10}(?:[-/.]\d{1,10}){0,3})(?![\p{L}\d])/gu;
/** Board prefix, year and serial: "KS 2019/0123", "HSN 2009/326". */
const YEAR_SERIAL = / ((?:19|20)\d{2})\/(\d{2,6})(?![\d/])/g;
const BOARD_PREFIX = /(?:^|[^\p{L}\p{N}/])([A-ZÅÄÖ]{2,6})$/u;
/** Government offices: "S2010/4889/FS". */
const MINISTRY = /((?:19|20)\d{2}\/\d{2,6}\/[A-Z]{1,4})(?![\p{L}\d/])/gu;
const MINISTRY_PREFIX = /(?:^|[^\p{L}\p{N}/])([A-Z]{1,2})$/u;
/** Prefixes that name something other than a case: an ombudsman's report, a government bill. */
const NOT_CASES = new Set(['JO', 'SOU', 'SFS', 'Prop', 'AFS', 'NR']);

export function findCases(scan: string, text: string): CaseCitation[] {
  const out: CaseCitation[] = [];
  const add = (start: number, end: number, number: string, span = end) =>
    out.push({ type: 'case', number: number.replace(/\s+/g, ' ').trim(), start, end: span, text: text.slice(start, span) });
  const prefixBefore = (re: RegExp, at: number) => re.exec(scan.slice(Math.max(0, at - 8), at))?.[1] ?? null;
  for (const m of scan.matchAll(SLASHED)) {
    const prefix = prefixBefore(PREFIX, m.index);
    if (prefix && !NOT_CASES.has(prefix)) add(m.index - prefix.length, m.index + m[0].length, `${prefix}${m[0]}`);
  }
  for (const m of scan.matchAll(AFTER_DNR)) {
    // A date after "Vår beteckning" is the letter's date, not its number.
    if (!startsWord(scan, m.index) || !/\d[-/.]?\d|\d{3}/.test(m[1]!) || /^\d{4}-\d{2}-\d{2}$/.test(m[1]!)) continue;
    add(m.index, m.index + m[0].length, m[1]!);
  }
  for (const m of scan.matchAll(YEAR_SERIAL)) {
    const prefix = prefixBefore(BOARD_PREFIX, m.index);
    if (prefix && !NOT_CASES.has(prefix)) add(m.index - prefix.length, m.index + m[0].length, `${prefix}${m[0]}`);
  }
  for (const m of scan.matchAll(MINISTRY)) {
    const prefix = prefixBefore(MINISTRY_PREFIX, m.index);
    if (prefix) add(m.index - prefix.length, m.index + m[0].length, `${prefix}${m[1]}`);
  }
  // The same number found by two patterns ("Dnr RS/2485/2017") is one citation.
  return longestNonOverlapping(out);
}
