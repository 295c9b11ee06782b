import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths, ImportValidationError, type ImportIssue } from '../src/import/index.js';
import type { EmbeddedStore } from '../src/store/index.js';
import { freshStore, snapshot } from './support/store.js';

const BAD = 'test/fixtures/bad';
const scratch = mkdtempSync(join(tmpdir(), 'beslutsgraf-bad-'));

/** Files that are easier to make than to keep in the repository. */
function generated(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

type Expected = Omit<Partial<ImportIssue>, 'message'> & { message: RegExp };
const cases: Array<{ name: string; path: () => string; expect: Expected[] }> = [
  { name: 'malformed YAML', path: () => `${BAD}/malformed.yaml`, expect: [{ line: 6, message: /cannot parse: Missing closing "quote/ }] },
  { name: 'malformed JSON', path: () => `${BAD}/malformed.json`, expect: [{ line: 2, message: /cannot parse: Flow map must end with a }/ }] },
  {
    name: 'values of the wrong type', path: () => `${BAD}/wrong-types.yaml`,
    expect: [
      { line: 8, path: 'nodes[0].code', message: /expected string/i },
      { line: 12, path: 'nodes[1].date', message: /not "2020-13-01"/ },
      { line: 13, path: 'nodes[1].paragraph', message: /expected number/i },
    ],
  },
  {
    name: 'an unknown kind and relationship type', path: () => `${BAD}/unknown-kind.yaml`,
    expect: [{ path: 'nodes[0].kind', message: /unknown kind "Parliament"/ }, { path: 'relationships[0].type', message: /unknown relationship type "LIKES"/ }],
  },
  {
    name: 'a dangling endpoint', path: () => `${BAD}/dangling.yaml`,
    expect: [{ path: 'relationships[0].to', message: /regionstyrelsen\/2019\/999 is neither in this import nor in the store/ }],
  },
  {
    name: 'conflicting duplicate facts', path: () => `${BAD}/conflicting.yaml`,
    expect: [{ line: 11, path: 'nodes[1].name', message: /conflicting values for county:23: "Jämtland" here, "Jämtlands län" in/ }],
  },
  {
    name: 'a 10 MB string', path: () => generated('huge.yaml', `version: 1\nnodes:\n  - kind: Party\n    abbreviation: V\n    name: "${'x'.repeat(10 * 1024 * 1024)}"\n    sources: [{document: x, locator: y}]\n`),
    expect: [{ path: 'nodes[0].name', message: /longer than 1000 characters/ }],
  },
  {
    name: 'bytes that are not UTF-8', path: () => generated('latin1.yaml', Buffer.concat([Buffer.from('version: 1\nnodes:\n  - kind: Region\n    name: "Region Sk'), Buffer.from([0xe5]), Buffer.from('ne"\n')])),
    expect: [{ message: /not valid UTF-8 \(first bad byte at offset 55\)/ }],
  },
  { name: 'an empty file', path: () => `${BAD}/empty.yaml`, expect: [{ message: /the file is empty/ }] },
  { name: 'a directory with no data', path: () => `${BAD}/no-data`, expect: [{ message: /holds no \.yaml, \.yml or \.json files/ }] },
  { name: 'a path that does not exist', path: () => `${BAD}/missing`, expect: [{ message: /no such file or directory/ }] },
];

describe('bad input ends in a clear error and an untouched store', () => {
  let store: EmbeddedStore;
  let before: string;
  beforeAll(async () => {
    store = await freshStore();
    await importPaths(store, ['test/fixtures/import']);
    before = await snapshot(store);
  });
  afterAll(() => store.close());

  it.each(cases)('$name', async ({ path, expect: expected }) => {
    const file = path();
    const error = await importPaths(store, [file]).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    const issues = (error as ImportValidationError).issues;
    for (const want of expected) {
      const match = issues.find((i) => want.message.test(i.message) && (want.path === undefined || i.path === want.path) && (want.line === undefined || i.line === want.line));
      expect(match, `no issue like ${JSON.stringify({ ...want, message: String(want.message) })} in ${JSON.stringify(issues).slice(0, 600)}`).toBeDefined();
      expect(match!.file).toContain(file.split('/').at(-1)!);
    }
    expect(await snapshot(store)).toBe(before);
  });
});
