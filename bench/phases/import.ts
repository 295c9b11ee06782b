import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { importPaths, validatePaths } from '../../src/import/index.js';
import { planImport } from '../../src/import/plan.js';
import { writePlan } from '../../src/import/write.js';
import { EmbeddedStore, applySchema, type GraphStore } from '../../src/store/index.js';
import { finishPhase } from '../lib/child.js';
import { clearStore, openBenchStore } from '../lib/store.js';

/**
 * The importer and the engine's own time for the same rows, in one process: a shared machine's
 * speed drifts between processes, so a ratio of two processes' times measures the machine as much
 * as the importer. A round is:
 *
 * 1. the importer (read, validate, resolve, write) into a fresh import store, all of it timed, and
 *    apart the write it ends with;
 * 2. the engine: the corpus is read and planned again with the clock stopped, then only the
 *    importer's own write step runs, the same statements in the same batches, into a fresh engine
 *    store.
 *
 * Small scales run several rounds (their times are short enough for a moment's load on the machine
 * to move them) and report the round whose ratio is the median. The import store keeps the last
 * round's import; when both stores are one Neo4j database, it holds the engine's, the same graph.
 */
const [corpus, importSpec, engineSpec, batch, roundsArg] = process.argv.slice(2);
const batchSize = Number(batch);
const rounds = Math.max(1, Number(roundsArg ?? 1));
interface Timed { ms: number; nodes: number; relationships: number }

const collectGarbage = () => { setFlagsFromString('--expose-gc'); (runInNewContext('gc') as () => void)(); };
const rows = (counts: object) => Object.values(counts as Record<string, { created: number; merged: number }>).reduce((n, c) => n + c.created + c.merged, 0);

/** A store from nothing: an embedded data directory is removed first, a Neo4j database emptied. */
async function freshStore(spec: string): Promise<GraphStore> {
  if (spec.startsWith('embedded:')) rmSync(spec.slice('embedded:'.length), { recursive: true, force: true });
  const store = await openBenchStore(spec);
  if (!spec.startsWith('embedded:')) await clearStore(store);
  return store;
}

async function timeImporter(): Promise<Timed & { writeMs: number }> {
  const store = await freshStore(importSpec!);
  const started = performance.now();
  const summary = await importPaths(store, [corpus!], { batchSize });
  const ms = performance.now() - started;
  await store.close();
  return { ms, writeMs: summary.writeMs, nodes: rows(summary.nodes), relationships: rows(summary.relationships) };
}

async function timeEngine(): Promise<Timed> {
  const { files } = await validatePaths([corpus!]);
  const { plan, issues } = await planImport(files, null);
  if (issues.length > 0) throw new Error(`the corpus is invalid: ${issues.length} issues`);
  const store = await freshStore(engineSpec!);
  // What the importer left behind is collected first, so the engine starts as the importer's write did.
  collectGarbage();
  const started = performance.now();
  await writePlan(store, plan, { batchSize });
  const ms = performance.now() - started;
  await store.close();
  return { ms, nodes: plan.nodes.size, relationships: plan.relationships.length };
}

// V8 compiles code as it first runs it: the engine, after the importer, would find its code compiled
// and the importer would not. A warm-up import of the bundled dataset runs all of it once first.
const warmUp = EmbeddedStore.open(null);
await applySchema(warmUp);
await importPaths(warmUp, [fileURLToPath(new URL('../../import', import.meta.url))]);
await warmUp.close();

let importRssBytes = 0;
const pairs: Array<{ importer: Timed & { writeMs: number }; engine: Timed }> = [];
for (let round = 0; round < rounds; round++) {
  const importer = await timeImporter();
  // The importer's peak, before anything else of the same size runs.
  if (round === 0) importRssBytes = process.resourceUsage().maxRSS * 1024;
  pairs.push({ importer, engine: await timeEngine() });
}
const ratio = (p: (typeof pairs)[number]) => p.importer.ms / p.engine.ms;
const median = [...pairs].sort((a, b) => ratio(a) - ratio(b))[(pairs.length - 1) >> 1]!;
finishPhase({ ...median, rounds, importRssBytes });
