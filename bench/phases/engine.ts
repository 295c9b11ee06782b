import { validatePaths } from '../../src/import/index.js';
import { planImport } from '../../src/import/plan.js';
import { writePlan } from '../../src/import/write.js';
import { finishPhase } from '../lib/child.js';
import { openBenchStore } from '../lib/store.js';

/**
 * The engine's own throughput for the importer's rows: the corpus is read and planned before the
 * clock starts, then the importer's own write step runs the same statements in the same batches
 * straight against the store, without reading, validating or resolving anything. Only it is timed.
 */
const [corpus, storeSpec, batch] = process.argv.slice(2);
const store = await openBenchStore(storeSpec!);
const { files } = await validatePaths([corpus!]);
const { plan, issues } = await planImport(files, null);
if (issues.length > 0) throw new Error(`the corpus is invalid: ${issues.length} issues`);
const started = performance.now();
await writePlan(store, plan, { batchSize: Number(batch) });
const ms = performance.now() - started;
await store.close();
finishPhase({ ms, nodes: plan.nodes.size, relationships: plan.relationships.length });
