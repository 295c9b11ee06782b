import type { Value } from '../../store/types.js';
import type { RequestGraph } from '../graph/context.js';
import type { NodeRecord } from '../graph/subgraph.js';

export type CaseRole = 'PREPARES' | 'PROPOSES' | 'DECIDES' | 'NOTES' | 'REPORTS_BACK';

export interface CaseStep {
  body: NodeRecord | null;
  decision: NodeRecord;
  date: string;
  role: CaseRole;
  deciding: boolean;
}

export interface CaseHistory {
  steps: CaseStep[];
  /** The body that holds the matter now; null once it is decided or when nothing is known. */
  heldBy: NodeRecord | null;
}

/** Outcomes that only take note of something (anmälan, läggs till handlingarna). */
const NOTING = /\b(anm[aä]l|noter|l[aä]gg(?:s|a|er)? till handlingarna)/i;

function roleOf(decision: NodeRecord, starts: string[]): CaseRole {
  if (starts.includes('PROPOSES')) return 'PROPOSES';
  if (starts.includes('PREPARES')) return 'PREPARES';
  if (starts.includes('REPORTS_BACK_ON')) return 'REPORTS_BACK';
  if (typeof decision.outcome === 'string' && NOTING.test(decision.outcome)) return 'NOTES';
  return 'DECIDES';
}

/** A decision is taken once its minutes record it: an outcome or a paragraph number. A proposed, pending one has neither. */
const isTaken = (d: NodeRecord) => d.outcome != null || d.paragraph != null;

/**
 * Orders one matter's decisions into steps. The deciding step is the last taken decision that
 * neither proposes, prepares nor reports back; while there is none, the matter is held by the body
 * the last step sent it to (a proposal to a board whose decision is not yet known), or else by the
 * body of the last step.
 */
interface StepRow { decision: NodeRecord; body: NodeRecord | null; starts: string[]; sentTo: NodeRecord[] }

export function historyOf(rows: StepRow[]): CaseHistory {
  const steps: CaseStep[] = rows.map((r) => ({
    body: r.body, decision: r.decision, date: String(r.decision.date ?? ''), role: roleOf(r.decision, r.starts), deciding: false,
  }));
  const deciding = steps.filter((s) => s.role === 'DECIDES' && isTaken(s.decision)).at(-1);
  if (deciding) deciding.deciding = true;
  const last = rows.at(-1);
  return { steps, heldBy: deciding || !last ? null : (last.sentTo[0] ?? last.body) };
}

/** One `api-case-history` round trip for any number of cases, motions or decisions. */
export async function readCaseHistories(graph: RequestGraph, ids: string[]): Promise<Map<string, CaseHistory>> {
  const rows = await graph.reader.read('api-case-history', { ids });
  const bySeed = new Map<string, StepRow[]>();
  for (const row of rows) {
    const [decision] = graph.addNodes([row.decision ?? null]);
    const [body = null] = graph.addNodes([row.body ?? null]);
    if (!decision) continue;
    const list = bySeed.get(String(row.seed)) ?? [];
    list.push({ decision, body, starts: ((row.starts as Value[]) ?? []).map(String), sentTo: graph.addNodes((row.sentTo as Value[]) ?? []) });
    bySeed.set(String(row.seed), list);
  }
  return new Map(ids.map((id) => [id, historyOf(bySeed.get(id) ?? [])]));
}
