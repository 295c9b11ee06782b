import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readInputs } from '../src/import/index.js';
import { isKindName, kindDefinition, kinds, relationships, type RelationshipType } from '../src/model/index.js';

// The importer checks statements with schemas compiled by z.compile (src/import/validate.ts): that
// is only right while compiling changes nothing but the speed.
describe('compiled schemas', () => {
  it('every kind and relationship type compiles, none falls back to the slower parser', () => {
    for (const def of Object.values(kinds)) expect(() => z.compile(def.properties, { strict: true })).not.toThrow();
    for (const def of Object.values(relationships)) expect(() => z.compile(def.properties, { strict: true })).not.toThrow();
  });

  it('give the same results and the same messages as the schemas they come from, on the bundled dataset and on it broken', async () => {
    const { inputs } = await readInputs(['import']);
    let compared = 0;
    const compiled = new Map<z.ZodType, z.ZodType>();
    const same = (schema: z.ZodType, value: unknown) => {
      const plain = schema.safeParse(value);
      if (!compiled.has(schema)) compiled.set(schema, z.compile(schema));
      const fast = compiled.get(schema)!.safeParse(value);
      expect(fast.success).toBe(plain.success);
      if (plain.success) expect(fast.data).toEqual(plain.data);
      else expect(fast.error!.issues).toEqual(plain.error.issues);
      compared++;
    };
    for (const input of inputs) {
      const data = input.data as { nodes?: Array<Record<string, unknown>>; relationships?: Array<Record<string, unknown>> };
      for (const { kind, ref: _r, id: _i, sources: _s, ...fields } of data.nodes ?? []) {
        if (!isKindName(kind)) continue;
        const schema = kindDefinition(kind).properties;
        same(schema, fields);
        // Each field given a wrong type, and a field the kind does not have.
        for (const field of Object.keys(fields)) same(schema, { ...fields, [field]: field === 'paragraph' ? 'x' : 42 });
        same(schema, { ...fields, notAField: 'x' });
      }
      for (const { type, from: _f, to: _t, sources: _s, ...fields } of data.relationships ?? []) {
        const schema = relationships[type as RelationshipType].properties;
        same(schema, fields);
        for (const field of Object.keys(fields)) same(schema, { ...fields, [field]: [] });
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
