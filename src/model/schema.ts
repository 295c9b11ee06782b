import { kindDefinition, kindNames } from './kinds.js';

/**
 * The Cypher schema the model implies: one uniqueness constraint on every node's id (all nodes carry
 * the label Entity besides their kind), and indexes for the lookups the API makes. `cypher/schema.cypher`
 * is this text; a test keeps the two equal.
 */
export function schemaCypher(): string {
  const lines = [
    '// Generated from src/model by `npm run gen:schema`; a test checks that it is up to date.',
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
    // Neo4j backs the constraint with an index, so this is a no-op there; the embedded store
    // needs the explicit index to find nodes by id without a scan.
    'CREATE INDEX entity_id_lookup IF NOT EXISTS FOR (n:Entity) ON (n.id);',
    'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);',
    'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);',
  ];
  for (const kind of kindNames) {
    const shape = kindDefinition(kind).properties.shape as Record<string, unknown>;
    for (const field of ['date', 'paragraph', 'number', 'designation', 'code']) {
      if (field in shape) lines.push(`CREATE INDEX ${kind.toLowerCase()}_${field} IF NOT EXISTS FOR (n:\`${kind}\`) ON (n.${field});`);
    }
  }
  return `${lines.join('\n')}\n`;
}
