import { finishPhase } from '../lib/child.js';
import { openBenchStore } from '../lib/store.js';

/** Empties the Neo4j database NEO4J_URI names, in slices, so a benchmark scale starts from nothing. */
const store = await openBenchStore('neo4j');
let deleted = 0;
for (;;) {
  const [rows] = await store.write([{ statement: 'bench-clear', params: { limit: 50_000 } }]);
  const n = Number(rows?.[0]?.deleted ?? 0);
  deleted += n;
  if (n === 0) break;
}
await store.close();
finishPhase({ deleted });
