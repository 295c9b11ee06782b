/**
 * Deciding bodies in every inflection and abbreviation, resolved to the canonical name the body uses
 * of itself (nominative, definite, singular). "Nämnden" alone means the document's own committee.
 */

import { endsWord, isWordChar, startsWord, wordStartBefore } from './chars.js';
import { longestNonOverlapping } from './spans.js';

export type BoardType = 'assembly' | 'executive' | 'committee' | 'presidium' | 'chair' | 'auditors' | 'joint' | 'cooperation' | 'preparatory' | 'company-board' | 'subcommittee';

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
  { canonical: 'Regionstyrelsens arbetsutskott', boardType: 'subcommittee',
    forms: ['(?:region|landstings)styrelsens arbetsutskott(?:s)?'] },
  { canonical: 'Regionstyrelsen', boardType: 'executive', abbreviation: 'RS',
    // "styrelsen för/i/hos X" is X's board, not the region's.
    forms: ['regionstyrelse(?:n|ns|s)?', 'landstingsstyrelse(?:n|ns|s)?', 'styrelse(?:n|ns)(?! (?:för|i|hos) )', 'styrelsebeslut(?:et)?'], abbreviations: ['RS', 'LS'] },
  // A chair deciding for the board (ordförandebeslut) is a body of its own.
  { canonical: 'Hälso- och sjukvårdsnämndens ordförande', boardType: 'chair',
    forms: ['hälso-? ?och sjukv{1,2}årdsnämndens ordförande', 'HSN:s ordförande'] },
  { canonical: 'Regionstyrelsens ordförande', boardType: 'chair', forms: ['regionstyrelsens ordförande'] },
  { canonical: 'Hälso- och sjukvårdsnämnden', boardType: 'committee', abbreviation: 'HSN',
    forms: [`hälso-? ?och sjukv{1,2}årdsnämnd${DEF}`], abbreviations: ['HSN'] },
  { canonical: 'Regionala utvecklingsnämnden', boardType: 'committee', abbreviation: 'RUN',
    forms: [`regionala utvecklingsnämnd${DEF}`, `utvecklingsnämnd${DEF}`], abbreviations: ['RUN'] },
  { canonical: 'Krisledningsnämnden', boardType: 'committee', forms: [`krisledningsnämnd${DEF}`] },
  { canonical: 'Patientnämnden', boardType: 'committee', forms: [`patientnämnd${DEF}`] },
  { canonical: 'Regionens revisorer', boardType: 'auditors', forms: ['revisorerna(?:s)?', '(?:regionens|landstingets) revisorer(?:s)?'] },
  { canonical: 'SVOM', boardType: 'joint', abbreviation: 'SVOM',
    forms: ['sociala vård-? ?och omsorgsgrupp(?:en|ens|s)?'], abbreviations: ['SVOM'] },
  { canonical: 'SOSAM', boardType: 'joint', forms: [], abbreviations: ['SOSAM'], organization: { name: 'SOSAM', orgType: 'other' } },
  { canonical: 'Ledningsgruppen för myndighetssamverkan', boardType: 'cooperation',
    forms: ['ledningsgrupp(?:en)? (?:för )?myndighetssamverkan'] },
  { canonical: 'Norrlandstingens Regionförbund', boardType: 'joint', abbreviation: 'NRF',
    forms: ['norrlandstingens regionförbund(?:s)?'], abbreviations: ['NRF'],
    organization: { name: 'Norrlandstingens Regionförbund', orgType: 'federation' } },
  { canonical: 'Central samverkan', boardType: 'cooperation', abbreviation: 'CS',
    forms: ['central samverkan(?:s)?'], abbreviations: ['CS'],
    organization: { name: 'Vårdsamverkan Skåne', orgType: 'other' } },
  { canonical: 'Central tjänstemannaberedning', boardType: 'preparatory', abbreviation: 'Ctjb',
    forms: ['central tjänstemannaberedning(?:en|ens|s)?'], abbreviations: ['Ctjb', 'CTJB'],
    organization: { name: 'Vårdsamverkan Skåne', orgType: 'other' } },
];

/** Compounds in -nämnden / -styrelsen that are state agencies, not bodies of the organization. */
const NOT_BODIES = new Set(['socialstyrelsen', 'länsstyrelsen', 'skolstyrelsen', 'riksdagsstyrelsen', 'trafikstyrelsen', 'exportkreditnämnden', 'nämnden']);

export interface BodyMention {
  start: number;
  end: number;
  canonical: string;
  entry: BodyEntry;
}

// Entries that are prefixes of others ("fullmäktiges presidium") come first.
const FULL = new RegExp(`(?:${bodyLexicon.flatMap((e) => e.forms).join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
const formsOf = bodyLexicon.map((e) => new RegExp(`^(?:${e.forms.join('|') || '(?!)'})$`, 'iu'));
/** Which entry a matched form belongs to, remembered per spelling. */
const entryOfForm = new Map<string, BodyEntry>();
function entryFor(form: string): BodyEntry {
  const key = form.toLowerCase();
  let entry = entryOfForm.get(key);
  if (!entry) {
    entry = bodyLexicon[formsOf.findIndex((re) => re.test(form))]!;
    if (entryOfForm.size < 10_000) entryOfForm.set(key, entry);
  }
  return entry;
}
/** Every full form holds one of these stems; the full forms are tried only in a window around a stem. */
const STEMS = /nämnd|styrelse|utskott|fullmäktig|revisor|omsorgsgrupp|regionförbund|myndighetssamverkan|presidi|samverkan|beredning/gi;
const abbrs = bodyLexicon.flatMap((e, i) => (e.abbreviations ?? []).map((a) => ({ a, i })));
/** An abbreviation is not a body inside a case number ("RS/2485/2017") or as a case prefix ("KS 2019/0123"). */
const ABBR = new RegExp(`(${abbrs.map(({ a }) => a).join('|')})(?::s|s)?(?![A-Za-zÅÄÖåäöÉé0-9]|\\/|-\\d| \\d{4}\\/| \\d{1,6}-\\d{4}(?!-))`, 'g');
const abbrIndex = new Map(abbrs.map(({ a, i }) => [a, i]));
/** Other committees and boards, read from the word around a stem: "kulturnämnden". */
const GENERIC_WORD = /^[\p{L}][\p{Ll}-]{2,30}(?:nämnd(?:en|ens)|styrelse(?:n|ns)|utskott(?:et|ets))$/u;
/** "Landstingsbostäder AB:s styrelse": the owner before ":s styrelse". */
const FOREIGN_OWNER = /((?:[A-ZÅÄÖ][\p{L}-]{1,20} ){0,3}(?:[A-ZÅÄÖ][\p{L}-]{0,20}|AB))$/u;
/** Owners named by abbreviation in "SKL:s styrelse". */
const KNOWN_OWNERS: Record<string, NonNullable<BodyEntry['organization']>> = {
  SKL: { name: 'Sveriges Kommuner och Landsting', orgType: 'association' },
  SKR: { name: 'Sveriges Kommuner och Regioner', orgType: 'association' },
};

/** How far back a bare "nämnden" looks for the committee it stands for. */
const ANAPHORA_REACH = 600;
/** A full form starts at most this many words before its stem ("sociala vård- och omsorgsgruppen"). */
const WORDS_BEFORE_STEM = 3;

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "kulturnämndens" → "kulturnämnden". */
function nominative(word: string): string {
  const lower = word.toLowerCase();
  return /(?:nämndens|styrelsens|utskottets)$/.test(lower) ? lower.slice(0, -1) : lower;
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
  const seen = new Set<number>();
  const add = (start: number, end: number, entry: BodyEntry) => {
    if (seen.has(start)) return;
    seen.add(start);
    found.push({ start, end, canonical: entry.canonical, entry });
  };
  let covered = -1;
  for (const stem of scan.matchAll(STEMS)) {
    if (stem.index >= covered) {
      // Try the full forms only where one could start: the stem's word and the few words before it.
      for (const start of wordStarts(scan, stem.index)) {
        FULL.lastIndex = start;
        const m = FULL.exec(scan);
        if (!m || m.index + m[0].length <= stem.index || !endsWord(scan, m.index + m[0].length)) continue;
        add(start, start + m[0].length, entryFor(m[0]));
        covered = start + m[0].length;
        break;
      }
    }
    // A stem inside a form just read ("hälso- och sjukvårdsnämnden") is no body of its own.
    if (stem.index >= covered && /^(?:nämnd|styrelse|utskott)$/i.test(stem[0])) genericAt(scan, stem.index, add);
  }
  for (const m of scan.matchAll(ABBR)) if (startsWord(scan, m.index)) add(m.index, m.index + m[0].length, bodyLexicon[abbrIndex.get(m[1]!)!]!);
  for (const m of scan.matchAll(/:s styrelse/g)) {
    if (!endsWord(scan, m.index + m[0].length)) continue;
    const owner = FOREIGN_OWNER.exec(scan.slice(Math.max(0, m.index - 90), m.index));
    if (!owner) continue;
    const name = owner[1]!;
    const company = /AB$/.test(name);
    const org = KNOWN_OWNERS[name] ?? { name, orgType: company ? 'company' as const : 'other' as const };
    add(m.index - name.length, m.index + m[0].length, genericEntry(`${name}:s styrelse`, company ? 'company-board' : 'executive', org));
  }
  return longestNonOverlapping(found);
}

/** Where the word holding `at` starts, and where the words before it start, earliest first. */
function wordStarts(scan: string, at: number): number[] {
  const starts: number[] = [];
  let start = wordStartBefore(scan, at, 40);
  starts.push(start);
  for (let k = 0; k < WORDS_BEFORE_STEM; k++) {
    let i = start;
    while (i > 0 && start - i < 4 && (scan[i - 1] === ' ' || scan[i - 1] === '-')) i--;
    if (i === start || i === 0 || !isWordChar(scan[i - 1])) break;
    start = wordStartBefore(scan, i, 40);
    starts.push(start);
  }
  return starts.filter((s) => startsWord(scan, s)).reverse();
}

/** A committee or board outside the lexicon, from the whole word around a "nämnd"/"styrelse" stem. */
function genericAt(scan: string, stemAt: number, add: (start: number, end: number, entry: BodyEntry) => void): void {
  const start = wordStartBefore(scan, stemAt, 40);
  let end = stemAt;
  while (end < scan.length && end - stemAt < 14 && isWordChar(scan[end])) end++;
  const word = scan.slice(start, end);
  if (!GENERIC_WORD.test(word) || !startsWord(scan, start)) return;
  const nom = nominative(word);
  if (NOT_BODIES.has(nom)) return;
  add(start, end, genericEntry(capitalise(nom), nom.endsWith('nämnden') ? 'committee' : nom.endsWith('utskottet') ? 'subcommittee' : 'executive'));
}

/**
 * Adds the bare "nämnden"/"nämndens" mentions: the committee named last within the few sentences
 * before ("Regionala utvecklingsnämnden … Nämnden har tidigare …"), else the document's own committee.
 */
export function withOwnBody(scan: string, mentions: BodyMention[], ownBody: BodyEntry | null): BodyMention[] {
  const own = ownBody?.boardType === 'committee' ? ownBody : null;
  const bare: BodyMention[] = [];
  let k = 0;
  let lastCommittee: BodyMention | null = null;
  for (const m of scan.matchAll(/nämnd(?:en|ens)/gi)) {
    if (!startsWord(scan, m.index) || scan[m.index - 1] === '-' || !endsWord(scan, m.index + m[0].length)) continue;
    for (; k < mentions.length && mentions[k]!.start < m.index; k++) if (mentions[k]!.entry.boardType === 'committee') lastCommittee = mentions[k]!;
    const entry = lastCommittee && m.index - lastCommittee.end < ANAPHORA_REACH ? lastCommittee.entry : own;
    if (entry) bare.push({ start: m.index, end: m.index + m[0].length, canonical: entry.canonical, entry });
  }
  return bare.length ? longestNonOverlapping([...mentions, ...bare]) : mentions;
}

/** A body named as the receiver, not the actor: "till regionstyrelsen", "föreslå regionfullmäktige". */
const RECEIVER_BEFORE = /(?:till|åt|föreslå|föreslår|föreslås|föreslog|föreslagit|hos)\s{1,3}$/i;

export function isReceiver(scan: string, m: BodyMention): boolean {
  return RECEIVER_BEFORE.test(scan.slice(Math.max(0, m.start - 12), m.start));
}

/** "föreslå regionfullmäktige", "föreslår regionstyrelsen": the body a proposal goes to. */
const PROPOSED_TO = /föresl(?:å|år|ås|og|agit)\s{1,3}$/i;

export function isProposedTo(scan: string, m: BodyMention): boolean {
  return PROPOSED_TO.test(scan.slice(Math.max(0, m.start - 12), m.start));
}


/** The body a whole name stands for ("HSN", "regionstyrelsen"), or null when it names none. */
export function bodyNamed(name: string): BodyEntry | null {
  const m = findBodies(name)[0];
  return m && m.start === 0 && m.end >= name.trim().length ? m.entry : null;
}

/** The lexicon entry for a name given on the command line, in any inflection; else a body of that name. */
export function bodyByName(name: string): BodyEntry {
  return bodyNamed(name) ?? genericEntry(name.trim(), /nämnd/i.test(name) ? 'committee' : /styrelse/i.test(name) ? 'executive' : 'joint');
}
