/**
 * Deciding bodies in every inflection and abbreviation, resolved to the canonical name the body uses
 * of itself (nominative, definite, singular). "Nämnden" alone means the document's own committee.
 */

export type BoardType = 'assembly' | 'executive' | 'committee' | 'presidium' | 'auditors' | 'joint' | 'cooperation' | 'company-board';

export interface BodyEntry {
  canonical: string;
  boardType: BoardType;
  abbreviation?: string;
  /** Lowercase regex sources for the full forms, matched case-insensitively. */
  forms: string[];
  /** Abbreviations, matched case-sensitively ("RS", "HSN:s"). */
  abbreviations?: string[];
  /** A body of another organization than the document's own. */
  organization?: { name: string; orgType: 'federation' | 'association' | 'company' | 'other' };
}

const DEF = '(?:en|ens|s)?'; // nämnd, nämnden, nämndens, nämnds
export const bodyLexicon: BodyEntry[] = [
  { canonical: 'Fullmäktiges presidium', boardType: 'presidium',
    forms: ['(?:region|landstings)?fullmäktiges presidium', 'presidiet (?:för|i) (?:region|landstings)?fullmäktige', '(?:region)?fullmäktigepresidiet'] },
  { canonical: 'Regionfullmäktige', boardType: 'assembly', abbreviation: 'RF',
    forms: ['regionfullmäktige(?:s)?', 'landstingsfullmäktige(?:s)?', 'fullmäktige(?:s)?', '(?:region|landstings)?fullmäktigebeslut(?:et|en)?'], abbreviations: ['RF'] },
  { canonical: 'Regionstyrelsen', boardType: 'executive', abbreviation: 'RS',
    forms: ['regionstyrelse(?:n|ns|s)?', 'landstingsstyrelse(?:n|ns|s)?', 'styrelse(?:n|ns)(?! för)', 'styrelsebeslut(?:et)?'], abbreviations: ['RS', 'LS'] },
  { canonical: 'Hälso- och sjukvårdsnämnden', boardType: 'committee', abbreviation: 'HSN',
    forms: [`hälso-? ?och sjukv{1,2}årdsnämnd${DEF}`], abbreviations: ['HSN'] },
  { canonical: 'Regionala utvecklingsnämnden', boardType: 'committee', abbreviation: 'RUN',
    forms: [`regionala utvecklingsnämnd${DEF}`, `utvecklingsnämnd${DEF}`], abbreviations: ['RUN'] },
  { canonical: 'Krisledningsnämnden', boardType: 'committee', forms: [`krisledningsnämnd${DEF}`] },
  { canonical: 'Patientnämnden', boardType: 'committee', forms: [`patientnämnd${DEF}`] },
  { canonical: 'Revisorerna', boardType: 'auditors', forms: ['revisorerna(?:s)?', '(?:regionens|landstingets) revisorer'] },
  { canonical: 'SVOM', boardType: 'joint', abbreviation: 'SVOM',
    forms: ['sociala vård-? ?och omsorgsgrupp(?:en|ens|s)?'], abbreviations: ['SVOM'] },
  { canonical: 'SOSAM', boardType: 'joint', abbreviation: 'SOSAM', forms: [], abbreviations: ['SOSAM'] },
  { canonical: 'Ledningsgruppen för myndighetssamverkan', boardType: 'cooperation',
    forms: ['ledningsgrupp(?:en)? (?:för )?myndighetssamverkan'] },
  { canonical: 'Norrlandstingens Regionförbund', boardType: 'cooperation', abbreviation: 'NRF',
    forms: ['norrlandstingens regionförbund(?:s)?'], abbreviations: ['NRF'],
    organization: { name: 'Norrlandstingens Regionförbund', orgType: 'federation' } },
];

/** Compounds in -nämnden / -styrelsen that are state agencies, not bodies of the organization. */
const NOT_BODIES = new Set(['socialstyrelsen', 'länsstyrelsen', 'skolstyrelsen', 'riksdagsstyrelsen', 'trafikstyrelsen', 'exportkreditnämnden', 'nämnden']);

export interface BodyMention {
  start: number;
  end: number;
  canonical: string;
  entry: BodyEntry;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
// One named group per entry; entries that are prefixes of others ("fullmäktiges presidium") come first.
const FULL = new RegExp(`${B}(?:${bodyLexicon.map((e, i) => (e.forms.length ? `(?<e${i}>${e.forms.join('|')})` : '')).filter(Boolean).join('|')})${E}`, 'giu');
const abbrs = bodyLexicon.flatMap((e, i) => (e.abbreviations ?? []).map((a) => ({ a, i })));
/** An abbreviation is not a body inside a case number ("RS/2485/2017") or as a case prefix ("KS 2019/0123"). */
const ABBR = new RegExp(`${B}(${abbrs.map(({ a }) => a).join('|')})(?::s|s)?${E}(?!\\/|-\\d| \\d{4}\\/| \\d{1,6}-\\d{4}(?!-))`, 'gu');
const abbrIndex = new Map(abbrs.map(({ a, i }) => [a, i]));
/** Other committees and boards: "kulturnämnden", "Landstingsbostäder AB:s styrelse". */
const GENERIC = /(?<![\p{L}\p{N}])([\p{Ll}\p{Lu}][\p{Ll}-]{2,30}(?:nämnd|styrelse)(?:en|ens|n|ns))(?![\p{L}\p{N}])/gu;
const FOREIGN_BOARD = /(?<![\p{L}\p{N}])((?:[A-ZÅÄÖ][\p{L}-]{1,20} ){0,3}(?:[A-ZÅÄÖ][\p{L}-]{0,20}|AB)):s styrelse(?![\p{L}])/gu;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "kulturnämndens" → "kulturnämnden". */
function nominative(word: string): string {
  const lower = word.toLowerCase();
  return /(?:nämndens|styrelsens)$/.test(lower) ? lower.slice(0, -1) : lower;
}

const genericEntries = new Map<string, BodyEntry>();
function genericEntry(canonical: string, boardType: BoardType, organization?: BodyEntry['organization']): BodyEntry {
  const known = genericEntries.get(canonical);
  if (known) return known;
  const entry: BodyEntry = { canonical, boardType, forms: [], ...(organization ? { organization } : {}) };
  if (genericEntries.size < 10_000) genericEntries.set(canonical, entry);
  return entry;
}

/** Every named body mention in document order (a bare "nämnden" is left to `withOwnBody`). */
export function findBodies(scan: string): BodyMention[] {
  const found: BodyMention[] = [];
  const add = (start: number, end: number, entry: BodyEntry) => found.push({ start, end, canonical: entry.canonical, entry });
  for (const m of scan.matchAll(FULL)) {
    const key = Object.keys(m.groups!).find((k) => m.groups![k] !== undefined)!;
    add(m.index, m.index + m[0].length, bodyLexicon[Number(key.slice(1))]!);
  }
  for (const m of scan.matchAll(ABBR)) add(m.index, m.index + m[0].length, bodyLexicon[abbrIndex.get(m[1]!)!]!);
  for (const m of scan.matchAll(FOREIGN_BOARD)) {
    const owner = m[1]!;
    add(m.index, m.index + m[0].length, genericEntry(`${owner}:s styrelse`, 'company-board', { name: owner, orgType: /AB$/.test(owner) ? 'company' : 'other' }));
  }
  for (const m of scan.matchAll(GENERIC)) {
    const word = nominative(m[1]!);
    if (NOT_BODIES.has(word) || !/(?:nämnden|styrelsen)$/.test(word)) continue;
    add(m.index, m.index + m[0].length, genericEntry(capitalise(word), word.endsWith('nämnden') ? 'committee' : 'executive'));
  }
  return longestFirst(found);
}

/** Adds the bare "nämnden"/"nämndens" mentions, which mean the document's own committee. */
export function withOwnBody(scan: string, mentions: BodyMention[], ownBody: BodyEntry | null): BodyMention[] {
  if (!ownBody || ownBody.boardType !== 'committee') return mentions;
  const bare: BodyMention[] = [];
  for (const m of scan.matchAll(/(?<![\p{L}\p{N}-])nämnd(?:en|ens)(?![\p{L}\p{N}])/giu)) {
    bare.push({ start: m.index, end: m.index + m[0].length, canonical: ownBody.canonical, entry: ownBody });
  }
  return bare.length ? longestFirst([...mentions, ...bare]) : mentions;
}

/** Keeps the longest mention where several overlap ("fullmäktiges presidium" over "fullmäktiges"). */
function longestFirst(found: BodyMention[]): BodyMention[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: BodyMention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/** The lexicon entry for a name given on the command line, in any inflection. */
export function bodyByName(name: string): BodyEntry {
  const mentions = findBodies(name);
  const m = mentions[0];
  if (m && m.start === 0 && m.end >= name.trim().length) return m.entry;
  return genericEntry(name.trim(), /nämnd/i.test(name) ? 'committee' : /styrelse/i.test(name) ? 'executive' : 'joint');
}
