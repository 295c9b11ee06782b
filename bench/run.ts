import { mkdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../src/synthetic/generate.js';
import { runPhase, type PhaseOutput } from './lib/child.js';
import { type Latency, mib, ms, ratio, scaleName, table } from './lib/figures.js';

/**
 * `npm run bench`: for each scale, generate a corpus, import it through the whole importer and, in the
 * same process, through the importer's own write step alone (the engine baseline: the same store
 * calls and batches, planned before the clock starts), then serve it and time queries through HTTP
 * GraphQL and as bare Cypher. Importing and serving run in processes of their own, so each peak RSS
 * is its own.
 */
const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '10000,100000' },
    '1m': { type: 'boolean', default: false },
    'batch-size': { type: 'string', default: '1000' },
    rounds: { type: 'string' },
    queries: { type: 'string', default: '200' },
    'budget-ms': { type: 'string', default: '6000' },
    seed: { type: 'string', default: '1' },
    work: { type: 'string', default: join(tmpdir(), 'beslutsgraf-bench') },
    keep: { type: 'boolean', default: false },
    'clear-neo4j': { type: 'boolean', default: false },
    'heap-mib': { type: 'string', default: '16384' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(`Usage: npm run bench -- [--scales 10000,100000] [--1m] [--batch-size 1000] [--rounds N] [--queries 200]
       [--budget-ms 6000] [--seed 1] [--work DIR] [--keep] [--clear-neo4j] [--heap-mib 16384]

--1m adds the 1,000,000-decision scale. With NEO4J_URI set and --clear-neo4j, every scale also runs
against that Neo4j database, which is emptied first (never without the flag). --heap-mib is the V8
heap limit of each phase's process (the importer holds a whole import in memory while validating).
--rounds is how many times importer and engine run at each scale (default: 5 at 10k, 3 at 100k,
1 at 1M); the round with the median overhead is reported.\n`);
  process.exit(0);
}

const parseScale = (s: string) => Math.round(Number(s.trim().toLowerCase().replace(/k$/, 'e3').replace(/m$/, 'e6')));
const scales = values.scales.split(',').map(parseScale).concat(values['1m'] ? [1_000_000] : []);
if (scales.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--scales takes decision counts such as 10000,100k,1m, not "${values.scales}"`);
const batch = values['batch-size'];
// Short imports are moved by a moment's load on the machine, so small scales run several rounds.
if (values.rounds !== undefined && !(Number.isInteger(Number(values.rounds)) && Number(values.rounds) >= 1)) throw new Error(`--rounds takes a whole number of at least 1, not "${values.rounds}"`);
const roundsAt = (decisions: number) => (values.rounds ? Number(values.rounds) : Math.max(1, Math.min(5, Math.round(300_000 / decisions))));
const heap = Number(values['heap-mib']);
const neo4j = Boolean(process.env.NEO4J_URI) && values['clear-neo4j'];
if (process.env.NEO4J_URI && !neo4j) process.stderr.write('NEO4J_URI is set: add --clear-neo4j to run the benchmarks against it too (it empties that database).\n');

interface Rows { ms: number; nodes: number; relationships: number }
/** The import phase's figures: the importer (and apart the write it ends with) and the engine alone, in one process. */
interface ImportPair { importer: Rows & { writeMs: number }; engine: Rows; rounds: number; importRssBytes: number }
interface QueryFigures { name: string; http: Latency & { failed: number; error?: string }; cypher: Latency & { failed: number; error?: string } }
interface ScaleResult {
  backend: string;
  decisions: number;
  genMs: number;
  engine: Rows;
  importer: Rows & { writeMs: number };
  rounds: number;
  /** Peak RSS of the importer, taken before the engine baseline runs in the same process. */
  importRssBytes: number;
  serving: PhaseOutput<{ queries: QueryFigures[] }>;
}

const rowsPerSecond = (r: Rows) => (r.nodes + r.relationships) / (r.ms / 1000);
const started = performance.now();
const results: ScaleResult[] = [];
mkdirSync(values.work, { recursive: true });

for (const decisions of scales) {
  const corpus = join(values.work, `corpus-${decisions}`);
  rmSync(corpus, { recursive: true, force: true });
  const t = performance.now();
  const summary = generateCorpus({ decisions, seed: Number(values.seed), out: corpus });
  const genMs = performance.now() - t;
  process.stderr.write(`${scaleName(decisions)}: generated ${summary.files} files in ${(genMs / 1000).toFixed(1)} s\n`);
  for (const backend of neo4j ? ['embedded', 'neo4j'] : ['embedded']) {
    const dirOf = (name: string) => join(values.work, `${name}-${decisions}`);
    const storeOf = (name: string) => (backend === 'neo4j' ? 'neo4j' : `embedded:${dirOf(name)}`);
    const emptyStore = async () => {
      if (backend === 'neo4j') await runPhase('clear', [], heap);
      else rmSync(dirOf('store'), { recursive: true, force: true });
    };
    // The import phase starts each of its stores from nothing.
    const { result: pair } = await runPhase<ImportPair>('import', [corpus, storeOf('store'), storeOf('engine'), batch, String(roundsAt(decisions))], heap);
    rmSync(dirOf('engine'), { recursive: true, force: true });
    const { engine, importer } = pair;
    process.stderr.write(`${scaleName(decisions)} ${backend}: importer ${rowsPerSecond(importer).toFixed(0)} rows/s, engine ${rowsPerSecond(engine).toFixed(0)} rows/s\n`);
    const serving = await runPhase<{ queries: QueryFigures[] }>('serve', [corpus, storeOf('store'), values.queries, values['budget-ms']], heap);
    if (!values.keep) await emptyStore();
    results.push({ backend, decisions, genMs, engine, importer, rounds: pair.rounds, importRssBytes: pair.importRssBytes, serving });
  }
  if (!values.keep) rmSync(corpus, { recursive: true, force: true });
}

const label = (r: ScaleResult) => `${scaleName(r.decisions)}${neo4j ? ` ${r.backend}` : ''}`;
const out: string[] = [];
out.push(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; batch size ${batch}; seed ${values.seed}`);
out.push('', 'Import (rows = nodes + relationships written)');
out.push('(overhead: importer time over the engine\'s, in one process after a warm-up; over own write: over the write the import itself');
out.push(' ends with; rounds: importer and engine each ran this many times, and the round with the median overhead is shown)');
const overOwnWrite = (i: ScaleResult['importer']) => ratio(i.ms, i.writeMs);
out.push(table(['scale', 'rows', 'rounds', 'importer s', 'importer rows/s', 'engine s', 'engine rows/s', 'overhead', 'over own write', 'import RSS'], results.map((r) => {
  const i = r.importer;
  const e = r.engine;
  return [label(r), String(i.nodes + i.relationships), String(r.rounds), (i.ms / 1000).toFixed(1), rowsPerSecond(i).toFixed(0), (e.ms / 1000).toFixed(1), rowsPerSecond(e).toFixed(0), ratio(i.ms, e.ms), overOwnWrite(i), mib(r.importRssBytes)];
})));
out.push('', 'Queries, ms (HTTP GraphQL vs the bare Cypher statement; overhead = HTTP p50 / Cypher p50)');
const cell = (l: Latency & { failed: number }) => (l.n === 0 ? `failed ×${l.failed}` : `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)}${l.failed ? ` (${l.failed} failed)` : ''}`);
out.push(table(['scale', 'query', 'n', 'HTTP p50 / p95 / p99', 'Cypher p50 / p95 / p99', 'overhead'], results.flatMap((r) => r.serving.result.queries.map((q) => [
  label(r), q.name, String(q.http.n), cell(q.http), cell(q.cypher), q.http.n && q.cypher.n ? ratio(q.http.p50, q.cypher.p50) : 'n/a',
]))));
out.push('', 'Serving (store opened, server started, all queries run)');
out.push(table(['scale', 'serving RSS'], results.map((r) => [label(r), mib(r.serving.maxRssBytes)])));
const errors = results.flatMap((r) => r.serving.result.queries.flatMap((q) => [q.http.error, q.cypher.error].filter(Boolean).map((e) => `${label(r)} ${q.name}: ${e}`)));
if (errors.length) out.push('', 'Query failures (first message of each):', ...[...new Set(errors)].map((e) => `  ${e}`));

const top = results.filter((r) => r.backend === 'embedded').at(-1)!;
const d5 = top.serving.result.queries.find((q) => q.name === 'lineage depth 5');
out.push('', `bench: ${scales.map(scaleName).join(', ')} decisions in ${((performance.now() - started) / 1000).toFixed(0)} s · at ${scaleName(top.decisions)}: ` +
  `import ${(top.importer.ms / 1000).toFixed(0)} s, ${rowsPerSecond(top.importer).toFixed(0)} rows/s (engine ${rowsPerSecond(top.engine).toFixed(0)}, overhead ${ratio(top.importer.ms, top.engine.ms)}, over own write ${overOwnWrite(top.importer)}), ` +
  `lineage depth 5 p95 ${d5 && d5.http.n ? `${ms(d5.http.p95)} ms HTTP / ${ms(d5.cypher.p95)} ms Cypher` : 'failed'}, ` +
  `import RSS ${mib(top.importRssBytes)}, serving RSS ${mib(top.serving.maxRssBytes)}`);
process.stdout.write(`${out.join('\n')}\n`);
