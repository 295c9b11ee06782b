import { serve } from '../../src/api/index.js';
import { searchTerms } from '../../src/api/search/terms.js';
import { foldText } from '../../src/model/index.js';
import type { Params } from '../../src/store/index.js';
import { finishPhase } from '../lib/child.js';
import { latency, type Latency } from '../lib/figures.js';
import { querySamples } from '../lib/samples.js';
import { openBenchStore } from '../lib/store.js';

/**
 * Query latency through HTTP GraphQL and as the bare Cypher statement the resolver runs, with the
 * same arguments, in the same process and store. Each query kind runs until it has `count` samples
 * or has used its time budget, after a short warm-up.
 */
const [corpus, storeSpec, countArg, budgetArg] = process.argv.slice(2);
const count = Number(countArg);
const budgetMs = Number(budgetArg);
const store = await openBenchStore(storeSpec!);
// The store's own errors reach the figures through the bare Cypher runs; the server stays quiet.
const server = await serve(store, { port: 0, timeoutMs: 600_000, log: () => {} });
const samples = querySamples(corpus!, count);

async function graphql(query: string, variables: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors[0]!.message}`);
  return body.data;
}

interface QueryKind {
  name: string;
  query: string;
  /** The GraphQL variables and the matching statement parameters for sample i. */
  args(i: number): { variables: Record<string, unknown>; statement: string; params: Params };
}

const pick = <T>(list: T[], i: number) => list[i % list.length]!;
const lineage = (depth: number): QueryKind => ({
  name: `lineage depth ${depth}`,
  query: 'query($id: ID!, $d: Int!) { lineage(id: $id, maxDepth: $d) { root { id } steps { relation depth from { id } to { id } } } }',
  args: (i) => {
    const id = pick(samples.decisions, i);
    return { variables: { id, d: depth }, statement: 'api-lineage', params: { id, directions: [true, false], maxDepth: depth } };
  },
});
const kinds: QueryKind[] = [
  lineage(3),
  lineage(5),
  {
    name: 'supervisionChain',
    query: 'query($id: ID!) { supervisionChain(id: $id) { relation basis from { id } to { id } } }',
    args: (i) => {
      const id = pick(samples.bodies, i);
      return { variables: { id }, statement: 'api-supervision', params: { id } };
    },
  },
  {
    name: 'search',
    query: 'query($t: String!) { search(text: $t, first: 20) { totalCount edges { node { id name } } } }',
    args: (i) => {
      const text = pick(samples.words, i);
      const t = searchTerms(text)!;
      return { variables: { t: text }, statement: 'api-search', params: { terms: t.terms, phrase: t.phrase, stem: t.stem, kinds: null, skip: 0, limit: 20 } };
    },
  },
  {
    name: 'decisions page 2',
    query: 'query($b: String!, $after: String) { decisions(filter: {body: $b}, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }',
    args: (i) => {
      const body = pick(samples.bodies, i);
      // The second page: the cursor of the 20th decision.
      const after = Buffer.from('o:19').toString('base64url');
      return {
        variables: { b: body, after },
        statement: 'api-decisions',
        params: { body, bodyPhrase: foldText(body), bodyStem: searchTerms(body)?.stem ?? null, from: null, to: null, paragraph: null, terms: null, cites: null, skip: 20, limit: 20 },
      };
    },
  },
];

/** Latency of the samples that succeeded; failures are counted and the first one's message kept. */
interface Measured extends Latency { failed: number; error?: string }

async function measure(run: (i: number) => Promise<unknown>): Promise<Measured> {
  const samplesMs: number[] = [];
  let failed = 0;
  let error: string | undefined;
  const started = performance.now();
  // One warm-up run (i = -1), then samples until `count` or the time budget, whichever comes first.
  for (let i = -1; samplesMs.length + failed < count && (i < 1 || performance.now() - started < budgetMs); i++) {
    const t = performance.now();
    try {
      await run(Math.max(0, i));
      if (i >= 0) samplesMs.push(performance.now() - t);
    } catch (e) {
      failed++;
      error ??= (e as Error).message.slice(0, 300);
    }
  }
  return { ...latency(samplesMs), failed, ...(error ? { error } : {}) };
}

const results: Array<{ name: string; http: Measured; cypher: Measured }> = [];
for (const kind of kinds) {
  // A round of the bare statement first, so that neither side meets the store's pages cold and the
  // other warm (each sample's root is new to the store the first time it is asked for).
  await measure((i) => { const a = kind.args(i); return store.read({ statement: a.statement, params: a.params }); });
  const http = await measure((i) => { const a = kind.args(i); return graphql(kind.query, a.variables); });
  const cypher = await measure((i) => { const a = kind.args(i); return store.read({ statement: a.statement, params: a.params }); });
  results.push({ name: kind.name, http, cypher });
  const failures = http.failed + cypher.failed > 0 ? ` (${http.failed + cypher.failed} failed: ${http.error ?? cypher.error})` : '';
  process.stderr.write(`  ${kind.name}: http p95 ${http.p95.toFixed(1)} ms, cypher p95 ${cypher.p95.toFixed(1)} ms${failures}\n`);
}
await server.close();
await store.close();
finishPhase({ queries: results, samples: { decisions: samples.decisions.length, bodies: samples.bodies.length } });
