import { Random } from './random.js';
import type { Authority } from './structure.js';
import { counties } from '../model/sweden.js';
import { laws } from './vocabulary.js';
import type { ImportFileWriter } from './writer.js';

/** What decisions can cite: laws and provisions by popularity, agreements and programmes. */
export interface Citables {
  /** Law and provision ids, the most cited first. */
  legal: string[];
  agreements: string[];
  programmes: string[];
}

/** Writes the laws and their provisions; returns their ids ordered by how often decisions cite them. */
export function writeLaws(out: ImportFileWriter): string[] {
  const pinned: string[] = [];
  const rest: string[] = [];
  for (const l of laws) {
    const lawId = out.node({ kind: 'Law', name: l.name, designation: l.designation, ...(l.shortName ? { shortName: l.shortName } : {}), lawType: l.lawType });
    rest.push(lawId);
    l.chapters.forEach((sections, c) => {
      for (let s = 1; s <= sections; s++) {
        const id = out.node({ kind: 'Provision', law: lawId, ...(l.hasChapters ? { chapter: c + 1 } : {}), section: String(s) });
        // The executive board's duty of supervision is what everything in local government rests on.
        if (l.designation === 'SFS 2017:725' && c + 1 === 6 && s === 1) pinned.push(id);
        else rest.push(id);
      }
    });
  }
  // Popularity is a property of the world, not of the corpus seed: a fixed shuffle.
  const shuffle = new Random(725);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = shuffle.below(i + 1);
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  return [...pinned, ...rest];
}

interface National { government: string; skr: string }

function programme(out: ImportFileWriter, name: string, programmeType: string, start?: string, end?: string): string {
  return out.node({ kind: 'Programme', name, programmeType, ...(start ? { start } : {}), ...(end ? { end } : {}) });
}

/** National programmes and agreements between the state and SKR, with the counties' participation. */
function writeNationalAgreements(out: ImportFileWriter, nation: National, countyIds: Map<string, string>, random: Random): { agreements: string[]; programmes: string[] } {
  const rehab = programme(out, 'Rehabiliteringsgarantin', 'nationell satsning', '2008');
  const nara = programme(out, 'God och nära vård', 'nationell satsning', '2018');
  const inhyrd = programme(out, 'Oberoende av inhyrd personal', 'projekt', '2016', '2019');
  const screening = programme(out, 'Screening för tjocktarmscancer', 'studie', '2014');
  const programmes = [rehab, nara, inhyrd, screening];
  const state = (name: string, agreementType: 'överenskommelse' | 'tilläggsöverenskommelse', start: string, amountSek?: number) => {
    const id = out.node({ kind: 'Agreement', name, agreementType, start, ...(amountSek ? { amountSek } : {}) });
    out.relationship({ type: 'PARTY_TO', from: nation.government, to: id, role: 'staten' });
    out.relationship({ type: 'PARTY_TO', from: nation.skr, to: id });
    return id;
  };
  const rehabAgreement = state('Överenskommelse om rehabiliteringsgarantin 2011', 'överenskommelse', '2011', 1_100_000_000);
  const naraAgreement = state('Överenskommelse om god och nära vård 2021', 'överenskommelse', '2021', 3_000_000_000);
  const testing = state('Överenskommelse om nationell testning för covid-19', 'överenskommelse', '2020-06');
  const defence = state('Grundöverenskommelse om civilt försvar 2022', 'överenskommelse', '2022');
  const medicines = state('Tilläggsöverenskommelse om läkemedelsförsörjning 2022', 'tilläggsöverenskommelse', '2022');
  out.relationship({ type: 'SUPPLEMENTS', from: medicines, to: defence });
  out.relationship({ type: 'FUNDS', from: rehabAgreement, to: rehab, amountSek: 1_100_000_000, period: '2011' });
  out.relationship({ type: 'FUNDS', from: naraAgreement, to: nara, amountSek: 3_000_000_000, period: '2021' });
  for (const [, countyId] of countyIds) {
    for (const year of [2009, 2010, 2011]) {
      const mmrTreatments = random.between(50, 2500);
      const kbtTreatments = random.between(200, 6000);
      out.relationship({
        type: 'PARTICIPATES_IN', from: countyId, to: rehab, year, mmrTreatments, kbtTreatments,
        mmrPer1000: Math.round(mmrTreatments / random.between(50, 1500) * 100) / 100,
        kbtPer1000: Math.round(kbtTreatments / random.between(50, 1500) * 100) / 100,
      });
    }
  }
  return { agreements: [rehabAgreement, naraAgreement, testing, defence, medicines], programmes };
}

/** Per county: agreements between the region and its municipalities, and the region's own programmes. */
function writeRegionalAgreements(out: ImportFileWriter, authorities: Authority[], countyIds: Map<string, string>, cooperationLaw: string): { agreements: string[]; programmes: string[] } {
  const agreements: string[] = [];
  const programmes: string[] = [];
  for (const c of counties) {
    const countyId = countyIds.get(c.code)!;
    const region = authorities.find((a) => a.countyId === countyId && a.code.length === 2)!;
    const members = authorities.filter((a) => a.countyId === countyId);
    const home = out.node({ kind: 'Agreement', name: `Hemsjukvårdsavtal i ${c.name}`, agreementType: 'avtal', start: '2018-01-01' });
    const annex = out.node({ kind: 'Agreement', name: `Ramavtal om läkares medverkan i hemsjukvården i ${c.name}`, agreementType: 'bilaga', start: '2018-01-01' });
    const discharge = out.node({ kind: 'Agreement', name: `Överenskommelse om samverkan vid utskrivning i ${c.name}`, agreementType: 'överenskommelse', start: '2019' });
    out.relationship({ type: 'SUPPLEMENTS', from: annex, to: home });
    out.relationship({ type: 'CITES', from: discharge, to: cooperationLaw });
    for (const a of members) {
      for (const agreement of [home, discharge]) out.relationship({ type: 'PARTY_TO', from: a.id, to: agreement, role: a === region ? 'region' : 'kommun' });
    }
    const strategy = programme(out, `Regional utvecklingsstrategi för ${c.name}`, 'strategi', '2021', '2030');
    const traffic = programme(out, `Trafikförsörjningsprogram för ${c.name}`, 'program', '2021', '2026');
    for (const p of [strategy, traffic]) out.relationship({ type: 'PARTICIPATES_IN', from: region.id, to: p, role: 'ansvarig' });
    agreements.push(home, annex, discharge);
    programmes.push(strategy, traffic);
  }
  return { agreements, programmes };
}

export function writeAgreements(out: ImportFileWriter, nation: National, authorities: Authority[], countyIds: Map<string, string>, cooperationLaw: string, random: Random): Omit<Citables, 'legal'> {
  const national = writeNationalAgreements(out, nation, countyIds, random);
  const regional = writeRegionalAgreements(out, authorities, countyIds, cooperationLaw);
  return { agreements: [...national.agreements, ...regional.agreements], programmes: [...national.programmes, ...regional.programmes] };
}
