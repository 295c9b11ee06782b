import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandNames } from '../src/cli/main.js';
import { beslutsgraf } from './support/cli.js';

describe('the beslutsgraf command', () => {
  it.each(commandNames)('%s --help explains its usage and exits 0', async (name) => {
    const { code, stdout } = await beslutsgraf([name, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: beslutsgraf ${name}`));
  });

  it('lists its commands with --help', async () => {
    const { code, stdout } = await beslutsgraf(['--help']);
    expect(code).toBe(0);
    for (const name of commandNames) expect(stdout).toContain(`  ${name}`);
  });

  it('imports, and stats prints the same counts every time, keyed by model names only', async () => {
    const data = mkdtempSync(join(tmpdir(), 'beslutsgraf-cli-'));
    const imported = await beslutsgraf(['import', 'test/fixtures/import'], { BESLUTSGRAF_DATA: data });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/imported 1 file in [\d.]+ s \(writing [\d.]+ s\): 9 nodes \(9 created, 0 merged\)/);
    const first = await beslutsgraf(['stats', '--json'], { BESLUTSGRAF_DATA: data });
    const second = await beslutsgraf(['stats', '--json'], { BESLUTSGRAF_DATA: data });
    expect(first.stdout).toBe(second.stdout);
    const stats = JSON.parse(first.stdout) as { nodes: Record<string, number>; relationships: Record<string, number> };
    expect(Object.keys(stats)).toEqual(['nodes', 'relationships']);
    expect(stats.nodes.Decision).toBe(3);
    expect(stats.relationships.EXTENDS).toBe(1);
  });

  it('imports minutes text in one step with --from-text, and again changes nothing', async () => {
    const data = mkdtempSync(join(tmpdir(), 'beslutsgraf-cli-'));
    const seed = 'test/fixtures/minutes/rs-protokoll-2021-01-26.txt';
    const first = await beslutsgraf(['import', '--from-text', seed], { BESLUTSGRAF_DATA: data });
    expect(first.code).toBe(0);
    const created = Number(/nodes \((\d+) created/.exec(first.stdout)?.[1]);
    expect(created).toBeGreaterThan(10);
    const second = await beslutsgraf(['import', '--from-text', seed], { BESLUTSGRAF_DATA: data });
    expect(second.stdout).toMatch(new RegExp(`${created} nodes \\(0 created, ${created} merged\\)`));
  });

  it('imports a municipality\'s minutes with --org "Östersunds kommun" as that municipality, which the dataset then meets', async () => {
    const data = mkdtempSync(join(tmpdir(), 'beslutsgraf-cli-'));
    const text = join(data, 'ks.txt');
    writeFileSync(text, 'PROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2022-05-10\n\n§ 87 Detaljplan\nDnr KS 2022/456\nKommunstyrelsen beslutar att anta detaljplanen.\n');
    const first = await beslutsgraf(['import', '--from-text', '--org', 'Östersunds kommun', text], { BESLUTSGRAF_DATA: join(data, 'store') });
    expect(first.stderr).not.toMatch(/SCB/);
    expect(first.code).toBe(0);
    const dataset = await beslutsgraf(['import', 'import'], { BESLUTSGRAF_DATA: join(data, 'store') });
    expect(dataset.code).toBe(0);
    const stats = JSON.parse((await beslutsgraf(['stats', '--json'], { BESLUTSGRAF_DATA: join(data, 'store') })).stdout) as { nodes: Record<string, number> };
    expect(stats.nodes).toMatchObject({ Municipality: 290, Region: 21 });
  });

  it('exits 1 on invalid input, naming file, line and field', async () => {
    const { code, stderr } = await beslutsgraf(['import', 'test/fixtures/bad/wrong-types.yaml']);
    expect(code).toBe(1);
    expect(stderr).toContain('test/fixtures/bad/wrong-types.yaml:8 nodes[0].code');
    expect(stderr).toContain('nothing was written');
  });

  it('check validates without writing and exits 1 on problems', async () => {
    expect((await beslutsgraf(['check', '--offline', 'test/fixtures/import'])).code).toBe(0);
    const bad = await beslutsgraf(['check', '--offline', 'test/fixtures/bad/unknown-kind.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/unknown kind "Parliament"/);
  });

  it('exits 2 when the store cannot be reached, naming NEO4J_URI and the embedded fallback', async () => {
    const { code, stderr } = await beslutsgraf(['stats'], { NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/NEO4J_URI/);
    expect(stderr).toMatch(/unset NEO4J_URI to use the embedded store/);
  });

  it('refuses an unknown command and a bad option with exit 1', async () => {
    expect((await beslutsgraf(['frobnicate'])).code).toBe(1);
    const bad = await beslutsgraf(['import', '--batch-size', 'many', 'x']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--batch-size takes a whole number/);
  });
});
