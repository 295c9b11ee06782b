import type { GraphStore } from '../../store/types.js';
import { Batch } from '../graph/batch.js';
import { RequestGraph } from '../graph/context.js';
import { StoreReader } from '../graph/reader.js';
import type { ApiLimits } from '../limits/config.js';
import { type CaseHistory, readCaseHistories } from './case-history.js';

/** What every resolver of one request shares. */
export interface ApiContext {
  graph: RequestGraph;
  limits: ApiLimits;
  /** Case histories by case, motion or decision id, read in batches (Case.heldBy in a list). */
  caseHistories: Batch<string, CaseHistory>;
}

export function createContext(store: GraphStore, limits: ApiLimits): ApiContext {
  const graph = new RequestGraph(new StoreReader(store, limits.timeoutMs));
  return {
    graph,
    limits,
    caseHistories: new Batch((ids) => readCaseHistories(graph, ids), { steps: [], heldBy: null }),
  };
}
