/**
 * Law citations: "6 kap 1 § kommunallagen (2017:725)", "10 kap. 2-6 §§ KL", "TF 2 kap. 15-16 §§",
 * "KL 6:25", "SFS 2010:1065", "förordningen (2017:583) om regionalt tillväxtarbete", "LVFS 2012:8".
 * One citation per provision, ranges expanded. A bare name resolves to the number the document gave
 * it earlier, else to the table of well-known laws.
 */
import { definiteLawName, hasLawEnding, isStopWord, lawByAbbreviation, lawByName, lawBySfs } from './lawNames.js';
import type { LawCitation } from './types.js';

interface LawRef {
  start: number;
  end: number;
  sfs: string | null;
  name: string;
  /** An abbreviation alone ("KL"), which cites the law only next to a provision or as "enligt KL". */
  abbreviationOnly: boolean;
}

const WORD = String.raw`[\p{L}][\p{L}-]{0,40}`;
const NAMED_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}])(${WORD})\s?\((?:SFS\s?)?(\d{4}):(\d{1,4})\)((?:\s(?:om|för|med|i)(?:\s[\p{Ll}-]{1,30}){1,7}))?`, 'gu');
const NAMED_ABBREVIATION = new RegExp(String.raw`(?<![\p{L}\p{N}])(${WORD})\s\(([A-ZÅÄÖ][A-Za-zÅÄÖ]{1,6})\)`, 'gu');
const SFS = /(?<![\p{L}])SFS\s?(\d{4}):(\d{1,4})(?!\d)/gu;
const AGENCY = /(?<![\p{L}\p{N}-])([A-ZÅÄÖ]{1,6}-?FS)\s?(\d{4}):(\d{1,4})(?!\d)/gu;
const BARE = new RegExp(String.raw`(?<![\p{L}\p{N}-])((?:\p{L}{2,30}-\s?och\s)?${WORD}(?:lagen|förordningen|balken|regeringsformen))(?![\p{L}\p{N}])`, 'giu');
const LAW_OM = /(?<![\p{L}])(lagen|förordningen)\s(om|för)((?:\s[\p{Ll}-]{1,30}){1,8})/gu;
const PROVISION = /(?<![\p{L}\p{N}:.,/-])(?:(\d{1,2})\s?kap\.?\s{1,3})?(\d{1,3}(?: ?[a-z](?![\p{L}]))?)(?:\s?[-–]\s?(\d{1,3}(?: ?[a-z](?![\p{L}]))?))?\s?§§?/gu;
const COLON = /(?<![\d:.])(\d{1,2}):(\d{1,3}(?: ?[a-z](?![\p{L}]))?)(?![\d:])/gu;
const TRAILING = /\s(?:och|samt|som|att|eller|ska|skall|enligt|har|är|kan|får|gäller|ger)(?:\s.*)?$/u;
const MAX_SECTIONS = 60;

function nameOf(word: string, om: string | undefined, sfs: string | null): string {
  const known = sfs ? lawBySfs.get(sfs) : undefined;
  if (known) return known.name;
  return om ? `${definiteLawName(word)}${om.replace(TRAILING, '').trimEnd()}` : definiteLawName(word);
}

/** Every reference to a law (without provisions), in document order, overlaps removed. */
function findLawRefs(scan: string): LawRef[] {
  const refs: LawRef[] = [];
  const seen = new Map<string, string>(); // name → sfs, from this document
  const abbreviations = new Map<string, { sfs: string | null; name: string }>();
  for (const [abbr, law] of lawByAbbreviation) abbreviations.set(abbr, { sfs: law.sfs, name: law.name });
  for (const m of scan.matchAll(NAMED_NUMBER)) {
    if (!hasLawEnding(m[1]!)) continue;
    const sfs = `${m[2]}:${m[3]}`;
    const name = nameOf(m[1]!, m[4], sfs);
    seen.set(definiteLawName(m[1]!), sfs);
    seen.set(name, sfs);
    const om = m[4] ? m[4].replace(TRAILING, '').trimEnd() : '';
    refs.push({ start: m.index, end: m.index + m[0].length - (m[4]?.length ?? 0) + om.length, sfs, name, abbreviationOnly: false });
  }
  for (const m of scan.matchAll(SFS)) refs.push({ start: m.index, end: m.index + m[0].length, sfs: `${m[1]}:${m[2]}`, name: lawBySfs.get(`${m[1]}:${m[2]}`)?.name ?? `SFS ${m[1]}:${m[2]}`, abbreviationOnly: false });
  for (const m of scan.matchAll(AGENCY)) refs.push({ start: m.index, end: m.index + m[0].length, sfs: `${m[1]} ${m[2]}:${m[3]}`, name: `${m[1]} ${m[2]}:${m[3]}`, abbreviationOnly: false });
  const resolve = (word: string): { sfs: string | null; name: string } => {
    const name = definiteLawName(word);
    const sfs = seen.get(name) ?? lawByName.get(name)?.sfs ?? null;
    return { sfs, name: sfs ? (lawBySfs.get(sfs)?.name ?? name) : name };
  };
  for (const m of scan.matchAll(NAMED_ABBREVIATION)) {
    if (!hasLawEnding(m[1]!) || isBareWord(m[1]!)) continue;
    const law = resolve(m[1]!);
    abbreviations.set(m[2]!, law);
    refs.push({ start: m.index, end: m.index + m[0].length, ...law, abbreviationOnly: false });
  }
  for (const m of scan.matchAll(LAW_OM)) {
    const phrase = `${m[1]!.toLowerCase()} ${m[2]}${m[3]}`.replace(TRAILING, '').trimEnd();
    const known = [...lawByName.keys()].find((n) => phrase.startsWith(n));
    const law = known ? lawByName.get(known)! : null;
    const name = law ? law.name : phrase.split(' ').slice(0, 6).join(' ');
    const length = law ? known!.length : name.length;
    refs.push({ start: m.index, end: m.index + length, sfs: law?.sfs ?? seen.get(name) ?? null, name, abbreviationOnly: false });
  }
  for (const m of scan.matchAll(BARE)) {
    if (!hasLawEnding(m[1]!) || isBareWord(m[1]!)) continue;
    refs.push({ start: m.index, end: m.index + m[0].length, ...resolve(m[1]!), abbreviationOnly: false });
  }
  if (abbreviations.size > 0) {
    const ABBR = new RegExp(String.raw`(?<![\p{L}\p{N}(])(${[...abbreviations.keys()].map(escape).join('|')})(?![\p{L}\p{N})])`, 'gu');
    for (const m of scan.matchAll(ABBR)) {
      const law = abbreviations.get(m[1]!)!;
      refs.push({ start: m.index, end: m.index + m[0].length, ...law, abbreviationOnly: true });
    }
  }
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: LawRef[] = [];
  for (const r of refs) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) continue;
    out.push(r);
  }
  return out;
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

/** The law reference right after `end` ("§ kommunallagen") or right before `start` ("TF 2 kap."). */
function adjacentRef(scan: string, refs: LawRef[], byStart: Map<number, LawRef>, byEnd: Map<number, LawRef>, start: number, end: number): LawRef | null {
  const after = /^\s{0,3}(?:i\s|enligt\s)?/.exec(scan.slice(end, end + 12))![0].length;
  const next = byStart.get(end + after);
  if (next) return next;
  const before = /\s{0,2}$/.exec(scan.slice(Math.max(0, start - 4), start))![0].length;
  const prev = byEnd.get(start - before);
  return prev && prev.abbreviationOnly ? prev : null;
}

export function findLaws(scan: string, text: string): LawCitation[] {
  const refs = findLawRefs(scan);
  const byStart = new Map(refs.map((r) => [r.start, r]));
  const byEnd = new Map(refs.map((r) => [r.end, r]));
  const used = new Set<LawRef>();
  const out: LawCitation[] = [];
  const cite = (law: LawRef, start: number, end: number, chapter: number | null, section: string | null) =>
    out.push({ type: 'law', sfs: law.sfs, name: law.name, chapter, section, start, end, text: text.slice(start, end) });
  for (const m of scan.matchAll(PROVISION)) {
    const end = m.index + m[0].length;
    const law = adjacentRef(scan, refs, byStart, byEnd, m.index, end);
    if (!law) continue;
    used.add(law);
    const s = Math.min(m.index, law.start);
    const e = Math.max(end, law.end);
    for (const sec of sections(m[2]!, m[3])) cite(law, s, e, m[1] ? Number(m[1]) : null, sec);
  }
  for (const m of scan.matchAll(COLON)) {
    const end = m.index + m[0].length;
    const law = adjacentRef(scan, refs, byStart, byEnd, m.index, end);
    if (!law) continue;
    used.add(law);
    cite(law, Math.min(m.index, law.start), Math.max(end, law.end), Number(m[1]), m[2]!.replace(/\s+/g, ' '));
  }
  for (const r of refs) {
    if (used.has(r)) continue;
    // An abbreviation alone is a citation only in "enligt KL" / "i KL"; elsewhere it may be anything.
    if (r.abbreviationOnly && !/(?:enligt|i|jfr|se)\s$/i.test(scan.slice(Math.max(0, r.start - 8), r.start))) continue;
    cite(r, r.start, r.end, null, null);
  }
  return out.sort((a, b) => a.start - b.start);
}
