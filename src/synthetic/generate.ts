import { type Citables, writeAgreements, writeLaws } from './references.js';
import { Random } from './random.js';
import { Calendar, decisionsPerYear, isMeetingWeek, rhythm } from './schedule.js';
import { type Authority, writeAuthorities, writeGeography, writeNationalActors } from './structure.js';
import { DecisionWriter } from './decisions.js';
import { entityId, ImportFileWriter, type CorpusCounts } from './writer.js';
import { textHash } from '../model/index.js';

export interface GenerateOptions {
  decisions: number;
  seed: number;
  out: string;
  /** Decisions per import file. */
  perFile?: number;
  startYear?: number;
}

export interface CorpusSummary extends CorpusCounts {
  decisions: number;
  seed: number;
  /** Authorities whose bodies take decisions; all 311 exist in the graph either way. */
  activeAuthorities: number;
  firstDate: string;
  lastDate: string;
}

/**
 * How many authorities take decisions: enough for `decisions` in about a year at real meeting rates,
 * so that a small corpus still has a year of follow-ups (extensions, report-backs, answered motions)
 * and a large one runs over several years of the whole country.
 */
function activeAuthorities(all: Authority[], decisions: number, random: Random): Authority[] {
  const perYear = all.reduce((sum, a) => sum + decisionsPerYear(a.bodies.map((b) => b.template)), 0) / all.length;
  const count = Math.min(all.length, Math.max(1, Math.ceil(decisions / perYear)));
  const order = [...all];
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, count);
}

/** Writes a synthetic national corpus as import files in `out`; deterministic for a seed. */
export function generateCorpus(options: GenerateOptions): CorpusSummary {
  const perFile = options.perFile ?? 1000;
  const random = new Random(options.seed);
  // The corpus has no text but its description, which identifies it: every seed's corpus is one source.
  const description = 'Generated test data: real regions, municipalities and laws; invented meetings, decisions, cases and motions.';
  const corpus = { kind: 'Document' as const, name: 'Syntetisk beslutskorpus', docType: 'other', description, textHash: textHash(description) };
  const out = new ImportFileWriter(options.out, entityId(corpus));
  const documentId = out.node(corpus);
  const countyIds = writeGeography(out);
  out.flush('0000-geography.json', 'synthetic geography');
  const nation = writeNationalActors(out);
  const authorities = writeAuthorities(out, countyIds, nation.skr, random);
  out.flush('0001-bodies.json', 'synthetic bodies');
  const legal = writeLaws(out);
  out.flush('0002-laws.json', 'synthetic laws');
  const cooperationLaw = 'law:sfs-2017-612';
  const citables: Citables = { legal, ...writeAgreements(out, nation, authorities, countyIds, cooperationLaw, random) };
  out.flush('0003-agreements.json', 'synthetic agreements');

  let fileNo = 0;
  let firstInFile = 1;
  const flushDecisions = () => {
    out.flush(`decisions-${String(fileNo++).padStart(6, '0')}.json`, `synthetic records ${firstInFile}–${decisions.written}`);
    firstInFile = decisions.written + 1;
  };
  const decisions: DecisionWriter = new DecisionWriter(out, random, citables, documentId, () => {
    if (decisions.written % perFile === 0) flushDecisions();
  });
  const active = activeAuthorities(authorities, options.decisions, random);
  const bodies = active.flatMap((a) => a.bodies);
  const calendar = new Calendar(options.startYear ?? 2015);
  let firstDate = '';
  let lastDate = '';
  for (let week = 0; decisions.written < options.decisions; week++) {
    if (!isMeetingWeek(calendar.weekOfYear(week))) continue;
    for (let b = 0; b < bodies.length && decisions.written < options.decisions; b++) {
      const body = bodies[b]!;
      const r = rhythm[body.template.boardType];
      if ((week + b) % r.period !== 0) continue;
      const date = calendar.date(week, b % 5);
      firstDate ||= date;
      lastDate = date;
      decisions.meeting(body, date, Math.min(random.between(r.min, r.max), options.decisions - decisions.written));
    }
  }
  if (out.pendingNodes > 0) flushDecisions();
  return { ...out.counts, decisions: decisions.written, seed: options.seed, activeAuthorities: active.length, firstDate, lastDate };
}
