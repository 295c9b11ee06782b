import { lintCypherQuery, parseParameters } from '@neo4j-cypher/language-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindNames, relationshipTypes, schemaCypher } from '../src/model/index.js';
import { applySchema, EmbeddedStore, splitStatements, statementNames, statementText } from '../src/store/index.js';
import { importPaths } from '../src/import/index.js';

/** A statement's example parameters: the JSON after `// example:` at its top. */
function exampleParams(text: string): Record<string, unknown> {
  const line = text.split('\n').find((l) => l.startsWith('// example:'));
  return line ? (JSON.parse(line.slice('// example:'.length)) as Record<string, unknown>) : {};
}

const names = statementNames();

describe('every statement in cypher/', () => {
  it('there are statements to check', () => {
    expect(names).toContain('schema');
    expect(names).toContain('upsert-nodes');
  });

  it.each(names)('%s is valid Neo4j 5 Cypher with every parameter declared', (name) => {
    const text = statementText(name);
    const params = parseParameters(text, false);
    const examples = exampleParams(text);
    const undeclared = params.filter((p) => !(p in examples));
    expect(undeclared, `give $${undeclared.join(', $')} a value in the file's "// example:" line`).toEqual([]);
    const { diagnostics } = lintCypherQuery(text, {
      parameters: examples,
      labels: ['Entity', 'Kind', ...kindNames],
      relationshipTypes: ['REL_TYPE', ...relationshipTypes],
    });
    const errors = diagnostics.filter((d) => d.severity === 1).map((d) => `${d.message} at ${d.offsets.start}`);
    expect(errors).toEqual([]);
  });

  describe('runs unchanged on the embedded store', () => {
    let store: EmbeddedStore;
    beforeAll(async () => {
      store = EmbeddedStore.open(null);
      await applySchema(store);
      await importPaths(store, ['test/fixtures/import']);
    });
    afterAll(() => store.close());

    it.each(names.filter((n) => n !== 'schema'))('%s runs with its example parameters', async (name) => {
      const rows = await store.write([{ statement: name, params: exampleParams(statementText(name)) }]);
      expect(Array.isArray(rows[0])).toBe(true);
    });

    it('schema.cypher applies twice without error', async () => {
      await store.runSchema(splitStatements(statementText('schema')));
      await store.runSchema(splitStatements(statementText('schema')));
    });
  });
});

describe('the Cypher schema', () => {
  it('cypher/schema.cypher is what the model implies (regenerate with npm run gen:schema)', () => {
    expect(statementText('schema')).toBe(schemaCypher());
  });

  it('has a uniqueness constraint on every node id and an index for every kind with a date', () => {
    const text = schemaCypher();
    expect(text).toContain('FOR (n:Entity) REQUIRE n.id IS UNIQUE');
    expect(text).toContain('FOR (n:`Decision`) ON (n.date)');
  });
});

describe('label and type slots', () => {
  it('take only the names of the model, never input text', async () => {
    const { fillSlots } = await import('../src/store/index.js');
    expect(fillSlots('MERGE (n:Entity {id: 1}) SET n:Kind', { Kind: 'Decision' })).toBe('MERGE (n:Entity {id: 1}) SET n:`Decision`');
    expect(fillSlots('MERGE (a)-[r:REL_TYPE]->(b)', { REL_TYPE: 'EXTENDS' })).toBe('MERGE (a)-[r:`EXTENDS`]->(b)');
    expect(() => fillSlots('SET n:Kind', { Kind: 'Decision` DETACH DELETE n //' })).toThrow(/not a kind of the model/);
    expect(() => fillSlots('MERGE (a)-[:REL_TYPE]->(b)', { REL_TYPE: 'LIKES' })).toThrow(/not a relationship type of the model/);
  });
});
