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
  // An empty value is a mistake (an unset shell variable), not a wish for a store in the current directory.
  if (dir.trim() === '') throw new StoreConfigError('BESLUTSGRAF_DATA är satt men tom: ange lagrets mapp (till exempel ./data) eller ta bort variabeln');
  return { backend: 'embedded', dir: dir === ':memory:' ? null : dir };
}

/** The store's settings are wrong; nothing was opened. */
export class StoreConfigError extends Error {
  override name = 'StoreConfigError';
}

export interface OpenOptions {
  /** Create the embedded store's directory when it is missing (default); false for commands that only read. */
  create?: boolean;
}

export async function openStore(config: StoreConfig = storeConfigFromEnv(), options: OpenOptions = {}): Promise<GraphStore> {
  return config.backend === 'neo4j' ? Neo4jStore.open(config) : EmbeddedStore.open(config.dir, options.create ?? true);
}

/** Applies cypher/schema.cypher: uniqueness constraints and indexes. Safe to run again. */
export async function applySchema(store: GraphStore): Promise<void> {
  await store.runSchema(splitStatements(statementText('schema')));
}
