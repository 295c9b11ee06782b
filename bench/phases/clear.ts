import { finishPhase } from '../lib/child.js';
import { clearStore, openBenchStore } from '../lib/store.js';

/** Empties the Neo4j database NEO4J_URI names, so a benchmark scale starts from nothing. */
const store = await openBenchStore('neo4j');
const deleted = await clearStore(store);
await store.close();
finishPhase({ deleted });
