import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { importPaths, validatePaths } from '../../src/import/index.js';
import { planImport } from '../../src/import/plan.js';
import { writePlan } from '../../src/import/write.js';
import { finishPhase } from '../lib/child.js';
import { clearStore, openBenchStore } from '../lib/store.js';

/**
 * The importer and the engine's own time for the same rows, in one process: a shared machine's
 * speed drifts between processes, so a ratio of two processes' times measures the machine as much
 * as the importer.
 *
 * 1. The importer (read, validate, resolve, write) into the import store, all of it timed, and
 *    apart the write it ends with. Its peak RSS is taken before anything else runs.
 * 2. The engine: the corpus is read and planned again with the clock stopped, then only the
 *    importer's own write step runs, the same statements in the same batches, into the engine
 *    store. When both are one Neo4j database, it is emptied in between, and holds the same
 *    graph afterwards either way.
 */
const [corpus, importSpec, engineSpec, batch] = process.argv.slice(2);
const batchSize = Number(batch);
const collectGarbage = () => { setFlagsFromString('--expose-gc'); (runInNewContext('gc') as () => void)(); };
const rows = (counts: object) => Object.values(counts as Record<string, { created: number; merged: number }>).reduce((n, c) => n + c.created + c.merged, 0);

const importStore = await openBenchStore(importSpec!);
let started = performance.now();
const summary = await importPaths(importStore, [corpus!], { batchSize });
const importMs = performance.now() - started;
const importRssBytes = process.resourceUsage().maxRSS * 1024;
const importer = { ms: importMs, writeMs: summary.writeMs, nodes: rows(summary.nodes), relationships: rows(summary.relationships) };
if (engineSpec === importSpec) await clearStore(importStore);
await importStore.close();

const engineStore = await openBenchStore(engineSpec!);
const { files } = await validatePaths([corpus!]);
const { plan, issues } = await planImport(files, null);
if (issues.length > 0) throw new Error(`the corpus is invalid: ${issues.length} issues`);
// What the importer left behind is collected first, so the engine starts as the importer's write did.
collectGarbage();
started = performance.now();
await writePlan(engineStore, plan, { batchSize });
const engine = { ms: performance.now() - started, nodes: plan.nodes.size, relationships: plan.relationships.length };
await engineStore.close();
finishPhase({ importer, engine, importRssBytes });
