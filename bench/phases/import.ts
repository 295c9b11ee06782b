import { importPaths } from '../../src/import/index.js';
import { finishPhase } from '../lib/child.js';
import { openBenchStore } from '../lib/store.js';

/**
 * Imports a corpus through the importer (read, validate, resolve, write) and times all of it, and
 * apart the write it ends with: the engine's share of the same run, in the same process.
 */
const [corpus, storeSpec, batch] = process.argv.slice(2);
const store = await openBenchStore(storeSpec!);
const started = performance.now();
const summary = await importPaths(store, [corpus!], { batchSize: Number(batch) });
const ms = performance.now() - started;
await store.close();
const rows = (counts: object) => Object.values(counts as Record<string, { created: number; merged: number }>).reduce((n, c) => n + c.created + c.merged, 0);
finishPhase({ ms, writeMs: summary.writeMs, nodes: rows(summary.nodes), relationships: rows(summary.relationships) });
