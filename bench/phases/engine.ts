import { readInputs } from '../../src/import/index.js';
import { planImport } from '../../src/import/plan.js';
import { nodeRow, relationshipRow } from '../../src/import/write.js';
import type { Step } from '../../src/store/index.js';
import { finishPhase } from '../lib/child.js';
import { openBenchStore } from '../lib/store.js';

/**
 * The engine's own throughput for the importer's rows: the same rows, batch size and UNWIND/MERGE
 * statements, prepared before the clock starts, written straight to the store without validation.
 */
const [corpus, storeSpec, batch] = process.argv.slice(2);
const batchSize = Number(batch);
const store = await openBenchStore(storeSpec!);
const { inputs } = await readInputs([corpus!]);
const { plan, issues } = await planImport(inputs, null);
if (issues.length > 0) throw new Error(`the corpus is invalid: ${issues.length} issues`);

function batches<T>(items: T[], statement: string, slot: 'Kind' | 'REL_TYPE', group: (x: T) => string, row: (x: T) => object): Step[] {
  const byGroup = new Map<string, T[]>();
  for (const x of items) {
    const g = group(x);
    byGroup.get(g)?.push(x) ?? byGroup.set(g, [x]);
  }
  const steps: Step[] = [];
  for (const [g, list] of byGroup) {
    for (let i = 0; i < list.length; i += batchSize) steps.push({ statement, params: { rows: list.slice(i, i + batchSize).map(row) }, slots: { [slot]: g } });
  }
  return steps;
}
const steps = [
  ...batches([...plan.nodes.values()], 'upsert-nodes', 'Kind', (n) => n.kind, nodeRow),
  ...batches([...plan.relationships.values()], 'upsert-relationships', 'REL_TYPE', (r) => r.type, relationshipRow),
];
const started = performance.now();
for (const step of steps) await store.write([step]);
const ms = performance.now() - started;
await store.close();
finishPhase({ ms, nodes: plan.nodes.size, relationships: plan.relationships.size });
