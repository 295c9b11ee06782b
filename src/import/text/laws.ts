/**
 * Law citations: "6 kap 1 § kommunallagen (2017:725)", "10 kap. 2-6 §§ KL", "TF 2 kap. 15-16 §§",
 * "KL 6:25", "SFS 2010:1065", "förordningen (2017:583) om regionalt tillväxtarbete", "LVFS 2012:8".
 * One citation per provision, ranges expanded. A bare name resolves to the number the document gave
 * it earlier, else to the table of well-known laws.
 */
import { endsWord, startsWord, wordStartBefore } from './chars.js';
import { upperBound } from './sorted.js';
import { definiteLawName, hasLawEnding, isStopWord, lawByAbbreviation, lawByName, lawBySfs } from './lawNames.js';
import type { LawCitation } from './types.js';
import { longestNonOverlapping } from './spans.js';

interface LawRef {
  start: number;
  end: number;
  sfs: string | null;
  name: string;
  /** An abbreviation alone ("KL"), which cites the law only next to a provision or as "enligt KL". */
  abbreviationOnly: boolean;
}

// Every pattern starts with a literal ("(", "SFS", "§", "lagen"); the word before it is read in code.
const NUMBER_IN_PARENS = /\((?:SFS\s?)?(\d{4}):(\d{1,4})\)/g;
const OM_AFTER = /\s(?:om|för|med|i)(?:\s[\p{Ll}-]{1,30}){1,7}/uy;
const ABBREVIATION_IN_PARENS = / \(([A-ZÅÄÖ][A-Za-zÅÄÖ]{1,6})\)/g;
const SFS = /SFS\s?(\d{4}):(\d{1,4})(?!\d)/g;
const AGENCY = /FS\s?(\d{4}):(\d{1,4})(?!\d)/g;
const AGENCY_PREFIX = /(?:^|[^\p{L}\p{N}-])([A-ZÅÄÖ]{1,6}-?)$/u;
const BARE = /(?:lagen|förordningen|balken|regeringsformen)/gi;
const AND_PREFIX = /(\p{L}{2,30}-\s?och\s)$/u;
const LAW_OM = /(lagen|förordningen)\s(om|för)((?:\s[\p{Ll}-]{1,30}){1,8})/gu;
const PROVISION_BEFORE = /(?:(\d{1,2})\s?kap\.?\s{1,3})?(\d{1,3}(?: ?[a-z](?![\p{L}]))?)(?:\s?[-–]\s?(\d{1,3}(?: ?[a-z](?![\p{L}]))?))?\s?$/u;
const NOT_BEFORE_PROVISION = /[\p{L}\p{N}:.,/-]/u;
const COLON_AFTER = /^\s?(\d{1,2}):(\d{1,3}(?: ?[a-z](?![\p{L}]))?)(?![\d:])/u;
const COLON_BEFORE = /(?:^|[^\d:.])(\d{1,2}):(\d{1,3}(?: ?[a-z])?)\s?$/u;
const TRAILING = /\s(?:och|samt|som|att|eller|ska|skall|enligt|har|är|kan|får|gäller|ger)(?:\s.*)?$/u;
const MAX_SECTIONS = 60;
const KNOWN_NAMES = [...lawByName.keys()];

function nameOf(word: string, om: string | undefined, sfs: string | null): string {
  const known = sfs ? lawBySfs.get(sfs) : undefined;
  if (known) return known.name;
  return om ? `${definiteLawName(word)}${om.replace(TRAILING, '').trimEnd()}` : definiteLawName(word);
}

/** The word that ends at `end`, allowing one space between: "Läkemedelslag (2015:315)". */
function wordBefore(scan: string, end: number): { word: string; start: number } | null {
  const e = scan[end - 1] === ' ' ? end - 1 : end;
  const start = wordStartBefore(scan, e, 41);
  if (start === e || !startsWord(scan, start)) return null;
  return { word: scan.slice(start, e), start };
}

/** Every reference to a law (without provisions), in document order, overlaps removed. */
function findLawRefs(scan: string): LawRef[] {
  const refs: LawRef[] = [];
  const seen = new Map<string, string>(); // name → sfs, from this document
  const abbreviations = new Map<string, { sfs: string | null; name: string }>();
  for (const [abbr, law] of lawByAbbreviation) abbreviations.set(abbr, { sfs: law.sfs, name: law.name });
  for (const m of scan.matchAll(NUMBER_IN_PARENS)) {
    const w = wordBefore(scan, m.index);
    if (!w || !hasLawEnding(w.word)) continue;
    const sfs = `${m[1]}:${m[2]}`;
    OM_AFTER.lastIndex = m.index + m[0].length;
    const omMatch = OM_AFTER.exec(scan);
    const om = omMatch ? omMatch[0].replace(TRAILING, '').trimEnd() : '';
    const name = nameOf(w.word, om || undefined, sfs);
    seen.set(definiteLawName(w.word), sfs);
    seen.set(name, sfs);
    refs.push({ start: w.start, end: m.index + m[0].length + om.length, sfs, name, abbreviationOnly: false });
  }
  for (const m of scan.matchAll(SFS)) {
    if (!startsWord(scan, m.index)) continue;
    const sfs = `${m[1]}:${m[2]}`;
    refs.push({ start: m.index, end: m.index + m[0].length, sfs, name: lawBySfs.get(sfs)?.name ?? `SFS ${sfs}`, abbreviationOnly: false });
  }
  for (const m of scan.matchAll(AGENCY)) {
    const prefix = AGENCY_PREFIX.exec(scan.slice(Math.max(0, m.index - 8), m.index));
    if (!prefix) continue;
    const designation = `${prefix[1]}FS ${m[1]}:${m[2]}`;
    refs.push({ start: m.index - prefix[1]!.length, end: m.index + m[0].length, sfs: designation, name: designation, abbreviationOnly: false });
  }
  const resolve = (word: string): { sfs: string | null; name: string } => {
    const name = definiteLawName(word);
    const sfs = seen.get(name) ?? lawByName.get(name)?.sfs ?? null;
    return { sfs, name: sfs ? (lawBySfs.get(sfs)?.name ?? name) : name };
  };
  for (const m of scan.matchAll(ABBREVIATION_IN_PARENS)) {
    const w = wordBefore(scan, m.index + 1);
    if (!w || !hasLawEnding(w.word) || isBareWord(w.word)) continue;
    const law = resolve(w.word);
    abbreviations.set(m[1]!, law);
    refs.push({ start: w.start, end: m.index + m[0].length, ...law, abbreviationOnly: false });
  }
  for (const m of scan.matchAll(LAW_OM)) {
    if (!startsWord(scan, m.index)) continue;
    const phrase = `${m[1]!.toLowerCase()} ${m[2]}${m[3]}`.replace(TRAILING, '').trimEnd();
    const known = KNOWN_NAMES.find((n) => phrase.startsWith(n));
    const law = known ? lawByName.get(known)! : null;
    const name = law ? law.name : phrase.split(' ').slice(0, 6).join(' ');
    const length = law ? known!.length : name.length;
    refs.push({ start: m.index, end: m.index + length, sfs: law?.sfs ?? seen.get(name) ?? null, name, abbreviationOnly: false });
  }
  for (const m of scan.matchAll(BARE)) {
    const end = m.index + m[0].length;
    if (!endsWord(scan, end)) continue;
    let start = wordStartBefore(scan, end, 45);
    const and = scan.startsWith('och ', start - 4) ? AND_PREFIX.exec(scan.slice(Math.max(0, start - 40), start)) : null;
    if (and) start -= and[1]!.length;
    const word = scan.slice(start, end);
    if (!startsWord(scan, start) || !hasLawEnding(word) || isBareWord(word)) continue;
    refs.push({ start, end, ...resolve(word), abbreviationOnly: false });
  }
  if (abbreviations.size > 0) {
    const ABBR = new RegExp(`(?:${[...abbreviations.keys()].map(escape).join('|')})`, 'g');
    for (const m of scan.matchAll(ABBR)) {
      const end = m.index + m[0].length;
      if (!startsWord(scan, m.index) || !endsWord(scan, end) || scan[m.index - 1] === '(' || scan[end] === ')') continue;
      refs.push({ start: m.index, end, ...abbreviations.get(m[0])!, abbreviationOnly: true });
    }
  }
  return longestNonOverlapping(refs);
}

function isBareWord(word: string): boolean {
  return /^(?:lag|lagen|förordning|förordningen|balk|balken)$/i.test(word);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/** Sections "2" to "6" of a range; letter sections ("2 a") stand alone. */
function sections(from: string, to: string | undefined): string[] {
  const a = from.replace(/\s+/g, ' ');
  if (!to) return [a];
  const x = Number(a);
  const y = Number(to);
  if (!Number.isInteger(x) || !Number.isInteger(y) || y < x || y - x > MAX_SECTIONS) return [a, to.replace(/\s+/g, ' ')];
  return Array.from({ length: y - x + 1 }, (_, k) => String(x + k));
}

/** The length of the spaces and "i "/"enligt " between a provision and the law it belongs to. */
function gapAfter(scan: string, end: number): number {
  let i = end;
  while (i < scan.length && i - end < 3 && scan[i] === ' ') i++;
  if (scan.startsWith('i ', i)) return i + 2 - end;
  if (scan.startsWith('enligt ', i)) return i + 7 - end;
  return i - end;
}

/** The law reference right after `end` ("§ kommunallagen") or right before `start` ("TF 2 kap."). */
function adjacentRef(scan: string, byStart: Map<number, LawRef>, byEnd: Map<number, LawRef>, start: number, end: number): LawRef | null {
  const next = byStart.get(end + gapAfter(scan, end));
  if (next) return next;
  // "TF 2 kap. 15-16 §§", "kommunallagen (2017:725) 6 kap. 1 §": the law just before.
  const before = /\s{0,2}$/.exec(scan.slice(Math.max(0, start - 4), start))![0].length;
  return byEnd.get(start - before) ?? null;
}

export function findLaws(scan: string, text: string): LawCitation[] {
  const refs = findLawRefs(scan);
  const byStart = new Map(refs.map((r) => [r.start, r]));
  const byEnd = new Map(refs.map((r) => [r.end, r]));
  const used = new Set<LawRef>();
  const out: LawCitation[] = [];
  const cite = (law: LawRef, start: number, end: number, chapter: number | null, section: string | null) =>
    out.push({ type: 'law', sfs: law.sfs, name: law.name, chapter, section, start, end, text: text.slice(start, end) });
  const ends = refs.map((r) => r.end);
  for (const sign of scan.matchAll(/§§?/g)) {
    // Most signs cite decisions: read the numbers before a sign only when a law is next to it.
    const lawBefore = upperBound(ends, sign.index) > upperBound(ends, sign.index - 32);
    if (!lawBefore && !byStart.has(sign.index + sign[0].length + gapAfter(scan, sign.index + sign[0].length))) continue;
    const from = Math.max(0, sign.index - 30);
    const m = PROVISION_BEFORE.exec(scan.slice(from, sign.index));
    if (!m) continue;
    const start = from + m.index;
    if (start > 0 && NOT_BEFORE_PROVISION.test(scan[start - 1]!)) continue;
    const end = sign.index + sign[0].length;
    const law = adjacentRef(scan, byStart, byEnd, start, end);
    if (!law) continue;
    used.add(law);
    const s = Math.min(start, law.start);
    const e = Math.max(end, law.end);
    for (const sec of sections(m[2]!, m[3])) cite(law, s, e, m[1] ? Number(m[1]) : null, sec);
  }
  // "KL 6:25" and "6:25 KL": chapter and section next to a law's name or abbreviation.
  const digitAt = (i: number) => i >= 0 && i < scan.length && scan.charCodeAt(i) >= 48 && scan.charCodeAt(i) <= 57;
  for (const r of refs) {
    if (!digitAt(r.end) && !digitAt(r.end + 1) && !digitAt(r.start - 1) && !digitAt(r.start - 2)) continue;
    const after = COLON_AFTER.exec(scan.slice(r.end, r.end + 12));
    const before = after ? null : COLON_BEFORE.exec(scan.slice(Math.max(0, r.start - 12), r.start));
    const m = after ?? before;
    if (!m) continue;
    used.add(r);
    const start = after ? r.start : r.start - (m[0].length - m[0].indexOf(m[1]!));
    const end = after ? r.end + m[0].length : r.end;
    cite(r, start, end, Number(m[1]), m[2]!.replace(/\s+/g, ' '));
  }
  for (const r of refs) {
    if (used.has(r)) continue;
    // An abbreviation alone is a citation only in "enligt KL" / "i KL"; elsewhere it may be anything.
    if (r.abbreviationOnly && !/(?:enligt|i|jfr|se)\s$/i.test(scan.slice(Math.max(0, r.start - 8), r.start))) continue;
    cite(r, r.start, r.end, null, null);
  }
  return out.sort((a, b) => a.start - b.start);
}
