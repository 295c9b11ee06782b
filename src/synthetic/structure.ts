import { entityId, type ImportFileWriter } from './writer.js';
import { slug } from '../model/index.js';
import { counties, type MunicipalityData, municipalities } from '../model/sweden.js';
import { type BoardTemplate, firstNames, lastNames, municipalityBoards, parties, regionBoards } from './vocabulary.js';
import type { Random } from './random.js';

/** A deciding body and where it sits. */
export interface Body {
  id: string;
  template: BoardTemplate;
  authority: Authority;
}

/** A region or municipality with its bodies, offices and politicians. */
export interface Authority {
  id: string;
  name: string;
  /** SCB code: two digits for a region (its county's), four for a municipality. */
  code: string;
  countyId: string;
  bodies: Body[];
  assembly: Body;
  executive: Body;
  committees: Body[];
  subcommittee: Body;
  director: string;
  politicians: string[];
}

const POLITICIANS_PER_AUTHORITY = 6;
const KL_SUPERVISION = '6 kap. 1 § kommunallagen (2017:725)';

/**
 * A municipality's node name. Håbo and Habo fold to one slug; the model keys municipalities by SCB
 * code, but the companies and search results named after them would still meet, so names that
 * collide carry their county.
 */
export function municipalityName(m: MunicipalityData): string {
  const collides = municipalities.some((o) => o !== m && slug(o.name) === slug(m.name));
  return collides ? `${m.name} kommun (${counties.find((c) => c.code === m.county)?.name})` : `${m.name} kommun`;
}

/** Writes counties, regions and municipalities; returns the county ids by SCB code. */
export function writeGeography(out: ImportFileWriter): Map<string, string> {
  const countyIds = new Map<string, string>();
  for (const c of counties) {
    const countyId = out.node({ kind: 'County', name: c.name, code: c.code, iso: c.iso });
    countyIds.set(c.code, countyId);
    const regionId = out.node({ kind: 'Region', name: c.region });
    out.relationship({ type: 'COVERS', from: regionId, to: countyId });
  }
  for (const m of municipalities) out.node({ kind: 'Municipality', name: municipalityName(m), code: m.code, officialName: m.officialName, county: countyIds.get(m.county) });
  return countyIds;
}

/** The national actors that sign agreements and supervise: government, SKR, agencies. */
export function writeNationalActors(out: ImportFileWriter): { government: string; skr: string; agencies: string[] } {
  const government = out.node({ kind: 'Organization', name: 'Regeringen', orgType: 'government', country: 'SE' });
  const skr = out.node({ kind: 'Organization', name: 'Sveriges Kommuner och Regioner', shortName: 'SKR', orgType: 'association', country: 'SE' });
  const agencies = ['Socialstyrelsen', 'Inspektionen för vård och omsorg', 'Folkhälsomyndigheten', 'Läkemedelsverket']
    .map((name) => out.node({ kind: 'Organization', name, orgType: 'agency', country: 'SE' }));
  out.node({ kind: 'Organization', name: 'Socialdepartementet', orgType: 'government', country: 'SE', parent: government });
  return { government, skr, agencies };
}

function writeBodies(out: ImportFileWriter, authority: Omit<Authority, 'bodies' | 'assembly' | 'executive' | 'committees' | 'subcommittee'>, templates: readonly BoardTemplate[]): Body[] {
  return templates.map((template) => ({
    id: out.node({ kind: 'Board', name: template.name, organization: authority.id, boardType: template.boardType, abbreviation: template.abbreviation }),
    template,
    authority: authority as Authority,
  }));
}

/** Accountability, supervision and audit inside one authority, as the Local Government Act sets them. */
function writeHierarchy(out: ImportFileWriter, a: Authority, bodies: Body[]): void {
  const auditors = bodies.find((b) => b.template.boardType === 'auditors');
  for (const b of bodies) {
    if (b === a.assembly) continue;
    const over = b.template.boardType === 'subcommittee' ? a.executive : a.assembly;
    out.relationship({ type: 'ACCOUNTABLE_TO', from: b.id, to: over.id });
    if (b.template.boardType === 'committee') out.relationship({ type: 'SUPERVISES', from: a.executive.id, to: b.id, basis: KL_SUPERVISION });
    if (auditors && b !== auditors && b.template.boardType !== 'presidium') {
      out.relationship({ type: 'AUDITS', from: auditors.id, to: b.id, basis: '12 kap. 1 § kommunallagen (2017:725)' });
    }
  }
}

function writeOffices(out: ImportFileWriter, a: Authority, isRegion: boolean): string {
  const title = isRegion ? 'Regiondirektör' : 'Kommundirektör';
  const director = out.node({ kind: 'Office', name: title, organization: a.id });
  const deputy = out.node({ kind: 'Office', name: isRegion ? 'Hälso- och sjukvårdsdirektör' : 'Biträdande kommundirektör', organization: a.id });
  const finance = out.node({ kind: 'Office', name: 'Ekonomidirektör', organization: a.id });
  out.relationship({ type: 'SUBSTITUTED_BY', from: director, to: deputy, when: 'i brådskande ärenden vid förfall' });
  out.relationship({ type: 'DELEGATES_TO', from: a.executive.id, to: director, matters: ['brådskande investeringar', 'personalärenden'], basis: '6 kap. 37 § kommunallagen (2017:725)' });
  out.relationship({ type: 'DELEGATES_TO', from: a.executive.id, to: finance, matters: ['upplåning inom beslutad ram'] });
  const health = a.committees[0];
  if (isRegion && health) out.relationship({ type: 'DELEGATES_TO', from: health.id, to: deputy, matters: ['avtal om vårdplatser'] });
  return director;
}

/** Municipal and regional companies: owned in full and supervised by the executive board. */
function writeCompanies(out: ImportFileWriter, a: Authority, names: string[]): void {
  for (const name of names) {
    const company = out.node({ kind: 'Organization', name, orgType: 'company', country: 'SE' });
    out.relationship({ type: 'OWNS', from: a.id, to: company, sharePercent: 100 });
    out.relationship({ type: 'SUPERVISES', from: a.executive.id, to: company, basis: `${KL_SUPERVISION}; 10 kap. 2–6 §§` });
  }
}

function writePoliticians(out: ImportFileWriter, a: Authority, first: number, random: Random, partyIds: string[]): string[] {
  const ids: string[] = [];
  for (let i = 0; i < POLITICIANS_PER_AUTHORITY; i++) {
    const n = first + i;
    // Index arithmetic keeps every name unique (40 × 50 combinations), so no two people merge.
    const name = `${firstNames[n % firstNames.length]} ${lastNames[Math.floor(n / firstNames.length) % lastNames.length]}`;
    ids.push(out.node({ kind: 'Person', name, party: random.pick(partyIds), role: `ledamot i ${a.assembly.template.name}, ${a.name}` }));
  }
  return ids;
}

/** Writes every region's and municipality's bodies, offices, companies and politicians. */
export function writeAuthorities(out: ImportFileWriter, countyIds: Map<string, string>, skr: string, random: Random): Authority[] {
  const partyIds = parties.map((p) => out.node({ kind: 'Party', name: p.name, abbreviation: p.abbreviation }));
  const authorities: Authority[] = [];
  const specs = [
    ...counties.map((c) => ({ kind: 'Region' as const, name: c.region, code: c.code, county: c.code, companies: [`Länstrafiken i ${c.name} AB`] })),
    ...municipalities.map((m) => {
      const name = municipalityName(m);
      const short = name.replace(' kommun', '');
      return { kind: 'Municipality' as const, name, code: m.code, county: m.county, companies: [`${short} Bostäder AB`, `${short} Energi AB`] };
    }),
  ];
  for (const spec of specs) {
    const isRegion = spec.kind === 'Region';
    // The region and municipality nodes themselves are in the geography file.
    const base = { id: entityId({ kind: spec.kind, name: spec.name, code: spec.code }), name: spec.name, code: spec.code, countyId: countyIds.get(spec.county) ?? '', director: '', politicians: [] as string[] };
    const bodies = writeBodies(out, base, isRegion ? regionBoards : municipalityBoards);
    const a = Object.assign(base as Authority, {
      bodies,
      assembly: bodies[0]!,
      executive: bodies[1]!,
      committees: bodies.filter((b) => b.template.boardType === 'committee'),
      subcommittee: bodies.find((b) => b.template.boardType === 'subcommittee')!,
    });
    writeHierarchy(out, a, bodies);
    a.director = writeOffices(out, a, isRegion);
    writeCompanies(out, a, spec.companies);
    out.relationship({ type: 'MEMBER_OF', from: a.id, to: skr });
    a.politicians = writePoliticians(out, a, authorities.length * POLITICIANS_PER_AUTHORITY, random, partyIds);
    authorities.push(a);
  }
  return authorities;
}
