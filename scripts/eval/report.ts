/** Pooled figures and the printed report of an evaluation, with the aims the extractor is held to. */
import type { ContextField } from './gold.js';
import { KINDS, type CitationKind } from './keys.js';
import { emptyTally, type Tally } from './score.js';
import type { EvalReport, RunResult } from './evaluate.js';
import { MEETING_AIMS, MEETING_ELEMENTS, type MeetingScore } from './meeting.js';

type Docs = RunResult['documents'];

/** The aims on organisations never seen, per citation kind. */
export const AIMS: Partial<Record<CitationKind, { precision?: number; recall?: number }>> = {
  decision: { precision: 0.95, recall: 0.9 },
  law: { recall: 0.9 },
  provision: { recall: 0.85 },
  case: { recall: 0.9 },
};
/** Document context: organisation, body and date each right for at least 9 of 10 documents. */
export const CONTEXT_AIM = 0.9;

export function pool(docs: Docs): Record<CitationKind | 'all', Tally> {
  const out = Object.fromEntries([...KINDS, 'all'].map((k) => [k, emptyTally()])) as Record<CitationKind | 'all', Tally>;
  for (const d of docs) {
    for (const k of KINDS) {
      for (const t of [out[k], out.all]) {
        t.gold += d.byKind[k].gold; t.found += d.byKind[k].found; t.right += d.byKind[k].right; t.rightIgnoringOrg += d.byKind[k].rightIgnoringOrg;
      }
    }
  }
  return out;
}

export function contextTally(docs: Docs): Record<ContextField, { right: number; total: number }> {
  const fields: ContextField[] = ['organization', 'body', 'date'];
  return Object.fromEntries(fields.map((f) => {
    const judged = docs.map((d) => d.context[f]).filter((v): v is boolean => v !== null);
    return [f, { right: judged.filter(Boolean).length, total: judged.length }];
  })) as Record<ContextField, { right: number; total: number }>;
}

export const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const fmt = (v: number | null) => (v === null ? '   –' : v.toFixed(2));

function aimText(k: CitationKind | 'all'): string {
  const a = k === 'all' ? undefined : AIMS[k];
  if (!a) return '';
  return [a.precision !== undefined ? `P ≥ ${a.precision.toFixed(2)}` : '', a.recall !== undefined ? `R ≥ ${a.recall.toFixed(2)}` : ''].filter(Boolean).join(', ');
}

function pooledTable(docs: Docs, title: string): string[] {
  const p = pool(docs);
  const orgs = new Set(docs.map((d) => d.organization ?? d.file)).size;
  const lines = [`${title} (${docs.length} documents, ${orgs} organisations)`,
    `  ${'type'.padEnd(11)} ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'right'.padStart(6)}  precision  recall  recall-if-org-ignored  aim`];
  for (const k of [...KINDS, 'all'] as const) {
    const t = p[k];
    lines.push(`  ${k.padEnd(11)} ${String(t.gold).padStart(5)} ${String(t.found).padStart(6)} ${String(t.right).padStart(6)}  ${fmt(ratio(t.right, t.found)).padStart(9)}  ${fmt(ratio(t.right, t.gold)).padStart(6)}  ${fmt(ratio(t.rightIgnoringOrg, t.gold)).padStart(21)}  ${aimText(k)}`);
  }
  return lines;
}

function documentTable(docs: Docs): string[] {
  const shown: CitationKind[] = ['decision', 'law', 'provision', 'case', 'motion', 'assignment'];
  const lines = [`  ${'document'.padEnd(46)} ${'org'.padEnd(6)} ${shown.map((k) => k.slice(0, 10).padStart(10)).join(' ')}   all P   all R`,
    `  ${''.padEnd(53)} ${shown.map(() => 'right/gold'.padStart(10)).join(' ')}`];
  for (const d of docs) {
    const all = KINDS.reduce((t, k) => ({ gold: t.gold + d.byKind[k].gold, found: t.found + d.byKind[k].found, right: t.right + d.byKind[k].right }), { gold: 0, found: 0, right: 0 });
    const cells = shown.map((k) => `${d.byKind[k].right}/${d.byKind[k].gold}${d.byKind[k].found > d.byKind[k].right ? `+${d.byKind[k].found - d.byKind[k].right}` : ''}`.padStart(10));
    lines.push(`  ${d.file.replace(/\.txt$/u, '').slice(0, 46).padEnd(46)} ${(d.seen ? 'seen' : 'unseen').padEnd(6)} ${cells.join(' ')}   ${fmt(ratio(all.right, all.found)).padStart(5)}   ${fmt(ratio(all.right, all.gold)).padStart(5)}`);
  }
  lines.push('  (right/gold, then +N for citations found that are not in the gold)');
  return lines;
}

function contextLines(docs: Docs, title: string): string[] {
  const c = contextTally(docs);
  const cell = (f: ContextField) => `${f} ${c[f].right}/${c[f].total} (${fmt(ratio(c[f].right, c[f].total))})`;
  return [`  ${title}: ${cell('organization')}, ${cell('body')}, ${cell('date')}   aim ≥ ${CONTEXT_AIM.toFixed(2)} each`];
}

function details(docs: Docs): string[] {
  const lines: string[] = [];
  for (const d of docs) {
    const wrong = (['organization', 'body', 'date'] as const).filter((f) => d.context[f] === false);
    if (d.missed.length === 0 && d.extra.length === 0 && wrong.length === 0) continue;
    lines.push(`  ${d.file}`);
    if (wrong.length) lines.push(`    context wrong: ${wrong.join(', ')} (read: ${[d.foundContext.org, d.foundContext.body, d.foundContext.date].map((v) => v ?? '–').join(' / ')})`);
    for (const m of d.missed) lines.push(`    missed ${m.kind} ${m.key}  «${m.anchor}»`);
    for (const e of d.extra) lines.push(`    extra  ${e.kind} ${e.key}  «${e.text}»`);
  }
  return lines;
}

function runLines(run: RunResult, verbose: boolean): string[] {
  const unseen = run.documents.filter((d) => !d.seen);
  const seen = run.documents.filter((d) => d.seen);
  const lines = [run.withFlags ? '== With --org/--body/--date from the gold context ==' : '== Without context flags (as a new user runs it) ==', '', ...documentTable(run.documents), ''];
  lines.push(...pooledTable(unseen, 'Pooled, organisations never seen (the figures that count)'), '');
  lines.push(...pooledTable(seen, 'Pooled, organisations rules were written against, and the seed texts'), '');
  if (!run.withFlags) {
    lines.push('Document context (fields the text does not state are left out):');
    lines.push(...contextLines(unseen, 'never seen'), ...contextLines(seen, 'seen      '), '');
  }
  if (verbose) lines.push('Misses and extras:', ...details(run.documents), '');
  return lines;
}

function meetingTable(scores: MeetingScore[], title: string): string[] {
  const lines = [`${title} (${scores.length} protokoll, ${new Set(scores.map((s) => s.organization)).size} organisations)`,
    `  ${'element'.padEnd(13)} ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'right'.padStart(6)}  precision  recall  aim`];
  for (const e of MEETING_ELEMENTS) {
    const t = scores.reduce((a, s) => ({ gold: a.gold + s.byElement[e].gold, found: a.found + s.byElement[e].found, right: a.right + s.byElement[e].right }), { gold: 0, found: 0, right: 0 });
    const aim = MEETING_AIMS[e];
    lines.push(`  ${e.padEnd(13)} ${String(t.gold).padStart(5)} ${String(t.found).padStart(6)} ${String(t.right).padStart(6)}  ${fmt(ratio(t.right, t.found)).padStart(9)}  ${fmt(ratio(t.right, t.gold)).padStart(6)}  ${aim ? `P ≥ ${aim.precision.toFixed(2)}, R ≥ ${aim.recall.toFixed(2)}` : ''}`);
  }
  return lines;
}

function meetingLines(report: EvalReport): string[] {
  if (report.meeting.length === 0) return [];
  return ['== The meeting record (eval/gold-meeting/, without flags) ==', '',
    ...meetingTable(report.meeting.filter((m) => !m.seen), 'Pooled, organisations never seen'), '',
    ...meetingTable(report.meeting.filter((m) => m.seen), 'Pooled, organisations rules were written against'), ''];
}

export function formatReport(report: EvalReport, verbose = false): string {
  const head = [
    `Extractor against hand-annotated gold (eval/gold/, texts in eval/corpus/).`,
    `Organisations rules were written against (${report.devOrganisationsFrom === 'file' ? 'eval/dev-organisations.json' : 'default list; eval/dev-organisations.json is absent'}): ${report.devOrganisations.join(', ')}.`,
    ...(report.skipped.length ? [`Skipped (seed texts not found; set SEEDS_DIR): ${report.skipped.join(', ')}.`] : []),
    '',
  ];
  return [...head, ...runLines(report.runs[0], verbose), ...runLines(report.runs[1], verbose), ...meetingLines(report)].join('\n');
}
