/**
 * Sweden's public authorities — the 290 municipalities and the 21 regions — with their codes and
 * counties, and the lookup that turns the names texts use ("Mölndals stad", "Göteborgs kommun",
 * "Västra Götalandsregionen", "Landstinget i Kalmar län") into the one node each is.
 */
import { makeId } from './ids.js';
import { kinds } from './kinds.js';
import { foldText } from './search.js';
import { counties, genitive, municipalities, type CountyData, type MunicipalityData } from './sweden.js';

export { counties, municipalities, type CountyData, type MunicipalityData } from './sweden.js';

export interface MunicipalityAuthority {
  kind: 'Municipality';
  /** The node's id: `municipality:<SCB code>`. */
  id: string;
  /** The place name the node carries: "Mölndal". */
  name: string;
  /** The name the authority goes by: "Mölndals stad", "Högsby kommun". */
  officialName: string;
  /** The four-digit SCB municipality code. */
  code: string;
  county: CountyData;
}

export interface RegionAuthority {
  kind: 'Region';
  /** The node's id: `region:<slug of the name>`. */
  id: string;
  name: string;
  county: CountyData;
  /** The landsting it was, in the name SKL's 2011 report gives. */
  landsting?: string;
}

export type Authority = MunicipalityAuthority | RegionAuthority;

function countyOf(code: string): CountyData {
  const county = counties.find((c) => c.code === code);
  if (!county) throw new Error(`no county with SCB code ${code}`);
  return county;
}

function municipalityAuthority(m: MunicipalityData): MunicipalityAuthority {
  const id = makeId(kinds.Municipality.prefix, kinds.Municipality.key({ name: m.name, code: m.code }));
  return { kind: 'Municipality', id, name: m.name, officialName: m.officialName, code: m.code, county: countyOf(m.county) };
}

function regionAuthority(c: CountyData): RegionAuthority {
  const id = makeId(kinds.Region.prefix, kinds.Region.key({ name: c.region }));
  return { kind: 'Region', id, name: c.region, county: c, ...(c.landsting ? { landsting: c.landsting } : {}) };
}

export const municipalityAuthorities: readonly MunicipalityAuthority[] = municipalities.map(municipalityAuthority);
export const regionAuthorities: readonly RegionAuthority[] = counties.map(regionAuthority);
export const authorities: readonly Authority[] = [...regionAuthorities, ...municipalityAuthorities];

/** "Jönköpings län" → "Jönköping": the county's name as region and landsting names use it. */
function countyStem(county: CountyData): string {
  return county.name.replace(/ län$/, '').replace(/s$/, '');
}

/** Every name an authority goes by, as written; lookup keys are made from these. */
function namesOf(a: Authority): string[] {
  if (a.kind === 'Municipality') return [a.name, a.officialName, `${genitive(a.name)} kommun`];
  const stem = countyStem(a.county);
  const county = a.county.name;
  return [
    a.name, `Region ${stem}`, `Region ${county}`, `${genitive(stem)}regionen`,
    `Landstinget i ${county}`, `Landstinget i ${stem}`, `Landstinget ${stem}`, `${county}s landsting`, `${genitive(stem)} landsting`,
    ...(a.landsting ? [a.landsting] : []),
  ];
}

/** Lowercase, letters and digits only, one space between words; `fold` also removes diacritics. */
function normalise(name: string, fold: boolean): string {
  const lower = fold ? foldText(name) : name.normalize('NFC').toLowerCase();
  return lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Two indexes: names as written (lowercased), and folded. Håbo and Habo fold to one key, so a
 * folded key two authorities share answers nothing: only the exact spelling tells them apart.
 */
interface Index {
  exact: Map<string, Authority>;
  folded: Map<string, Authority | null>;
}

function buildIndex(): Index {
  const exact = new Map<string, Authority>();
  const folded = new Map<string, Authority | null>();
  // Regions first: "Region Gotland" is the region, though Gotland's municipality goes by it too.
  for (const a of authorities) {
    for (const name of namesOf(a)) {
      const e = normalise(name, false);
      if (!exact.has(e)) exact.set(e, a);
      const f = normalise(name, true);
      const known = folded.get(f);
      if (known === undefined) folded.set(f, a);
      else if (known !== null && known !== a && known.kind === a.kind) folded.set(f, null);
    }
  }
  return { exact, folded };
}

let index: Index | undefined;

/** The keys to try for a normalised name: itself, without "kommun"/"stad", without a genitive -s. */
function candidates(name: string): string[] {
  const out = [name];
  const bare = /^(.+?) (?:kommun|kommuns|kommunen|stad|stads|staden)$/.exec(name)?.[1];
  if (bare) out.push(bare);
  for (const n of [...out]) if (n.endsWith('s')) out.push(n.slice(0, -1));
  return out;
}

/**
 * The municipality or region a name denotes, in any form texts use: "Mölndal", "Mölndals stad",
 * "Mölndals kommun", "Göteborgs Stad", "Region Jämtland Härjedalen", "Region Jämtland/Härjedalen",
 * "Västra Götalandsregionen", "Region Västra Götaland", a genitive ("Region Skånes"), a landsting's
 * name (its region today: "Landstinget i Kalmar län" → Region Kalmar län), in any case, with or
 * without diacritics. Undefined for anything else, and for a folded name two authorities share.
 */
export function findAuthority(name: string): Authority | undefined {
  index ??= buildIndex();
  for (const key of candidates(normalise(name, false))) {
    const a = index.exact.get(key);
    if (a) return a;
  }
  for (const key of candidates(normalise(name, true))) {
    const a = index.folded.get(key);
    if (a !== undefined) return a ?? undefined;
  }
  return undefined;
}

/** A name of an authority found in running text: where it stands and what it denotes. */
export interface AuthorityMention {
  authority: Authority;
  start: number;
  end: number;
  text: string;
}

let mentionPattern: RegExp | undefined;

/**
 * Every name that marks itself as an authority's — "Mölndals stad", "Högsby kommun", "Region Skåne",
 * "Västra Götalandsregionen", "Landstinget i Kalmar län", in any case and inflected with -s — as one
 * pattern, longest first. A bare place name ("Mölndal") is left out: in running text it is a place.
 */
function buildMentionPattern(): RegExp {
  const names = new Set<string>();
  for (const a of authorities) for (const n of namesOf(a)) if (a.kind === 'Region' || n !== a.name) names.add(n);
  const alternatives = [...names].sort((x, y) => y.length - x.length)
    .map((n) => n.split(/[\s/–-]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s/–-]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`, 'giu');
}

/** The authorities a text names by a name that marks itself as one ("Kommunstyrelsen i Mölndals stad"), in text order. */
export function authorityMentions(text: string): AuthorityMention[] {
  mentionPattern ??= buildMentionPattern();
  const out: AuthorityMention[] = [];
  for (const m of text.matchAll(mentionPattern)) {
    const authority = findAuthority(m[0]);
    if (authority) out.push({ authority, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The authority with this node id (`municipality:1481`, `region:region-skane`). */
export function authorityById(id: string): Authority | undefined {
  return authorities.find((a) => a.id === id);
}

/**
 * The import-format statement of an authority's node, with exactly the fields the reference file
 * gives it, so a document that names the authority meets the reference node without a conflict.
 */
export function authorityNode(a: Authority): { kind: Authority['kind']; name: string; code?: string } {
  return a.kind === 'Municipality' ? { kind: a.kind, name: a.name, code: a.code } : { kind: a.kind, name: a.name };
}
