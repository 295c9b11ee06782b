/**
 * Scores one document: which of the extractor's citations meet a gold citation (same kind, same
 * normalised key, spans overlapping the gold anchor), and whether it read the document's own context.
 * The extractor's output is read as the flat records of `extract --citations`, by field name, so
 * fields it may add later (an `organization` per citation) are used when present.
 */
import type { ContextField, GoldCitation, GoldDocument } from './gold.js';
import { bodyKey, caseKey, fold, KINDS, lawKind, orgKey, sectionKey, type CitationKind } from './keys.js';

/** One citation as `extract --citations` prints it. */
export type FoundRecord = Record<string, unknown> & { type: string; start: number; end: number; text?: string };

/** What the extractor says about one document. */
export interface ExtractorOutput { org: string | null; body: string | null; date: string | null; citations: FoundRecord[]; meeting?: unknown }

export interface Tally { gold: number; found: number; right: number; rightIgnoringOrg: number }
export const emptyTally = (): Tally => ({ gold: 0, found: 0, right: 0, rightIgnoringOrg: 0 });

export interface DocumentScore {
  name: string;
  file: string;
  organization: string | null;
  byKind: Record<CitationKind, Tally>;
  /** Per context field: null when the gold has no context or the text does not state it. */
  context: Record<ContextField, boolean | null>;
  /** What the extractor read as the document's own context. */
  foundContext: { org: string | null; body: string | null; date: string | null };
  missed: Array<{ kind: CitationKind; key: string; anchor: string }>;
  extra: Array<{ kind: CitationKind; key: string; text: string }>;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function kindOf(c: { type: string; chapter?: unknown; section?: unknown }): CitationKind | null {
  if (c.type === 'law') return lawKind(c);
  return (KINDS as string[]).includes(c.type) ? (c.type as CitationKind) : null;
}

/** The citation's organisation: its own field when the extractor gives one, else the document's. */
function orgOf(c: Record<string, unknown>, docOrg: string | null): string | null {
  return orgKey(str(c.organization) ?? str(c.organisation) ?? str(c.org) ?? docOrg);
}

/** The identifying key without organisation, and the organisation separately. */
function keyOf(c: Record<string, unknown>, kind: CitationKind): string {
  switch (kind) {
    case 'decision': return `${bodyKey(String(c.body ?? ''))}|${c.date ?? ''}|${c.paragraph ?? ''}`;
    case 'case': return caseKey(String(c.number ?? ''));
    case 'law': case 'provision': return `${str(c.sfs) ?? fold(String(c.name ?? ''))}|${c.chapter ?? ''}|${sectionKey(c.section as string | null)}`;
    case 'document': return `${fold(String(c.series ?? '')).replace(/\.$/u, '')}|${c.number ?? ''}`;
    case 'motion': return `${fold(String(c.author ?? ''))}|${c.motionType ?? ''}`;
    case 'assignment': return fold(String(c.to ?? ''));
  }
}

function sameThing(g: GoldCitation, kind: CitationKind, found: Record<string, unknown>): boolean {
  const fk = keyOf(found, kind);
  if (kind === 'motion' && g.type === 'motion') {
    const authors = (g.authors ?? [g.author]).map(fold);
    return authors.some((a) => fk === `${a}|${g.motionType}`);
  }
  if (kind === 'assignment' && g.type === 'assignment') {
    const gt = fold(g.to);
    return fk === gt || (fk.length >= 4 && (fk.endsWith(gt) || gt.endsWith(fk)));
  }
  return fk === keyOf(g as Record<string, unknown>, kind);
}

/** Organisations are compared only where the gold names one (decisions and cases). */
function sameOrg(g: GoldCitation, found: Record<string, unknown>, docOrg: string | null): boolean {
  if (!('organization' in g) || g.organization === undefined) return true;
  return orgKey(g.organization) === orgOf(found, docOrg);
}

function contextScore(doc: GoldDocument, out: ExtractorOutput): Record<ContextField, boolean | null> {
  const ctx = doc.gold.context;
  const judge = (field: ContextField, right: boolean): boolean | null => (!ctx || ctx.unstated.includes(field) ? null : right);
  return {
    organization: judge('organization', !!ctx && orgKey(out.org) === orgKey(ctx.organization)),
    body: judge('body', !!ctx && ctx.body !== null && out.body !== null && bodyKey(out.body) === bodyKey(ctx.body)),
    date: judge('date', !!ctx && out.date === ctx.date),
  };
}

export function scoreDocument(doc: GoldDocument, out: ExtractorOutput): DocumentScore {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, emptyTally()])) as Record<CitationKind, Tally>;
  const goldKinds = doc.gold.citations.map((g) => kindOf(g)!);
  goldKinds.forEach((k) => { byKind[k].gold++; });
  const matched = new Set<number>();
  const matchedIgnoringOrg = new Set<number>();
  const extra: DocumentScore['extra'] = [];
  for (const c of out.citations) {
    const kind = kindOf(c);
    if (!kind) continue;
    byKind[kind].found++;
    const candidates = doc.gold.citations
      .map((g, i) => i)
      .filter((i) => goldKinds[i] === kind && c.start < doc.spans[i]![1] && doc.spans[i]![0] < c.end && sameThing(doc.gold.citations[i]!, kind, c));
    const loose = candidates.find((i) => !matchedIgnoringOrg.has(i));
    if (loose !== undefined) { matchedIgnoringOrg.add(loose); byKind[kind].rightIgnoringOrg++; }
    const hit = candidates.find((i) => !matched.has(i) && sameOrg(doc.gold.citations[i]!, c, out.org));
    if (hit !== undefined) { matched.add(hit); byKind[kind].right++; continue; }
    extra.push({ kind, key: `${keyOf(c, kind)} @${orgOf(c, out.org) ?? '?'}`, text: String(c.text ?? '').replace(/\s+/gu, ' ').slice(0, 90) });
  }
  const missed = doc.gold.citations.flatMap((g, i) => (matched.has(i) ? [] : [{
    kind: goldKinds[i]!, key: `${keyOf(g as Record<string, unknown>, goldKinds[i]!)}${'organization' in g && g.organization ? ` @${orgKey(g.organization)}` : ''}`, anchor: g.anchor.replace(/\s+/gu, ' '),
  }]));
  return {
    name: doc.name, file: doc.gold.file, organization: doc.gold.context?.organization ?? null,
    byKind, context: contextScore(doc, out), foundContext: { org: out.org, body: out.body, date: out.date }, missed, extra,
  };
}
