import { EmbeddedStore } from './embedded.js';
import { Neo4jStore } from './neo4j.js';
import { splitStatements, statementText } from './statements.js';
import type { GraphStore } from './types.js';

export type StoreConfig =
  | { backend: 'neo4j'; uri: string; username?: string | undefined; password?: string | undefined; database?: string | undefined }
  | { backend: 'embedded'; dir: string | null };

/** Neo4j when NEO4J_URI is set, else the embedded store in BESLUTSGRAF_DATA (default ./data). */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  if (env.NEO4J_URI) {
    return { backend: 'neo4j', uri: env.NEO4J_URI, username: env.NEO4J_USERNAME, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE };
  }
  const dir = env.BESLUTSGRAF_DATA ?? './data';
  return { backend: 'embedded', dir: dir === ':memory:' ? null : dir };
}

export async function openStore(config: StoreConfig = storeConfigFromEnv()): Promise<GraphStore> {
  return config.backend === 'neo4j' ? Neo4jStore.open(config) : EmbeddedStore.open(config.dir);
}

/** Applies cypher/schema.cypher: uniqueness constraints and indexes. Safe to run again. */
export async function applySchema(store: GraphStore): Promise<void> {
  await store.runSchema(splitStatements(statementText('schema')));
}
