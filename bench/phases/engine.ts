import { readInputs } from '../../src/import/index.js';
import { planImport } from '../../src/import/plan.js';
import { nodeRow, relationshipRow } from '../../src/import/write.js';
import type { Step } from '../../src/store/index.js';
import { finishPhase } from '../lib/child.js';
import { openBenchStore } from '../lib/store.js';

/**
 * The engine's own throughput for the importer's rows: the same rows, batch size and UNWIND/MERGE
 * statements, written straight to the store without validation; only the writes are timed.
 */
const [corpus, storeSpec, batch] = process.argv.slice(2);
const batchSize = Number(batch);
const store = await openBenchStore(storeSpec!);
const { inputs } = await readInputs([corpus!]);
const { plan, issues } = await planImport(inputs, null);
if (issues.length > 0) throw new Error(`the corpus is invalid: ${issues.length} issues`);

/**
 * Writes `items` in batches of one group (kind or type) each. Rows are built before each batch's
 * clock starts; only the store's work is timed, and the heap holds one batch at a time, as in the importer.
 */
async function writeTimed<T>(items: Iterable<T>, statement: string, slot: 'Kind' | 'REL_TYPE', group: (x: T) => string, row: (x: T) => object): Promise<number> {
  const byGroup = new Map<string, T[]>();
  for (const x of items) {
    const g = group(x);
    const list = byGroup.get(g);
    if (list) list.push(x);
    else byGroup.set(g, [x]);
  }
  let elapsed = 0;
  for (const [g, list] of byGroup) {
    for (let i = 0; i < list.length; i += batchSize) {
      const step: Step = { statement, params: { rows: list.slice(i, i + batchSize).map(row) }, slots: { [slot]: g } };
      const t = performance.now();
      await store.write([step]);
      elapsed += performance.now() - t;
    }
  }
  return elapsed;
}

const ms = await writeTimed(plan.nodes.values(), 'upsert-nodes', 'Kind', (n) => n.kind, nodeRow)
  + await writeTimed(plan.relationships.values(), 'upsert-relationships', 'REL_TYPE', (r) => r.type, relationshipRow);
await store.close();
finishPhase({ ms, nodes: plan.nodes.size, relationships: plan.relationships.size });
