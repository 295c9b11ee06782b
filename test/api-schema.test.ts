import { readFileSync } from 'node:fs';
import { isObjectType, printSchema } from '../src/api/graphql.js';
import { describe, expect, it } from 'vitest';
import { buildApiSchema } from '../src/api/index.js';
import { modelGraphqlPath } from '../src/api/schema/files.js';
import { modelSdl } from '../src/api/schema/model-sdl.js';
import { kindNames } from '../src/model/index.js';

const schema = buildApiSchema();

function fieldsOf(typeName: string): string[] {
  const t = schema.getType(typeName);
  if (!isObjectType(t)) throw new Error(`${typeName} is not an object type`);
  return Object.keys(t.getFields());
}

describe('the GraphQL schema', () => {
  it('graphql/model.graphql is what the model implies (regenerate with npm run gen:graphql)', () => {
    expect(readFileSync(modelGraphqlPath, 'utf8')).toBe(modelSdl());
  });

  it('prints as the stored snapshot', async () => {
    await expect(printSchema(schema)).toMatchFileSnapshot('__snapshots__/api-schema.graphql');
  });

  it('has an EntityKind value and an Entity type for every kind of the model', () => {
    const kinds = schema.getType('EntityKind');
    expect(kinds && 'getValues' in kinds ? kinds.getValues().map((v) => v.name) : []).toEqual([...kindNames]);
    for (const kind of kindNames) expect(fieldsOf(kind)).toEqual(expect.arrayContaining(['id', 'kind', 'name', 'sources']));
  });

  it('names the relationship fields other tools depend on', () => {
    expect(fieldsOf('Board')).toEqual(expect.arrayContaining(['decisions', 'supervisedBy', 'supervises', 'delegatesTo']));
    expect(fieldsOf('Decision')).toEqual(expect.arrayContaining([
      'body', 'date', 'datePrecision', 'paragraph', 'title', 'outcome', 'case', 'cites', 'citedBy',
      'proposes', 'proposedBy', 'extends', 'extendedBy', 'amends', 'amendedBy', 'answers',
    ]));
    expect(fieldsOf('Programme')).toEqual(expect.arrayContaining(['agreements', 'participants']));
    expect(fieldsOf('Agreement')).toEqual(expect.arrayContaining(['parties', 'funds', 'supplements']));
    expect(fieldsOf('County')).toEqual(expect.arrayContaining(['coveredBy', 'programmes']));
    expect(fieldsOf('Law')).toEqual(expect.arrayContaining(['provisions', 'citedBy']));
    expect(fieldsOf('Person')).toEqual(expect.arrayContaining(['party', 'motions']));
    expect(fieldsOf('Case')).toContain('heldBy');
  });

  it('has the root fields of the contract and no mutations', () => {
    expect(fieldsOf('Query').sort()).toEqual(['caseHistory', 'decisions', 'delegationChain', 'entity', 'lineage', 'path', 'search', 'stats', 'supervisionChain']);
    expect(schema.getMutationType()).toBeUndefined();
  });
});
