import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';

const MINUTES = fileURLToPath(new URL('./fixtures/minutes/rs-protokoll-2021-01-26.txt', import.meta.url));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => { out += String(d); });
  stderr.on('data', (d) => { err += String(d); });
  const code = await main(argv, { stdout, stderr, env: {} });
  return { code, out, err };
}

describe('beslutsgraf extract', () => {
  it('--citations prints a flat JSON array of citations in document order', async () => {
    const { code, out } = await run('extract', '--citations', MINUTES);
    expect(code).toBe(0);
    const records = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(records[0]).toMatchObject({ type: 'decision', body: 'Regionstyrelsen', date: '2020-03-24', paragraph: 39 });
    expect(records.map((r) => r.start as number)).toEqual(records.map((r) => r.start as number).sort((a, b) => a - b));
  });

  it('prints one import-format document whose nodes carry the organization given with --org', async () => {
    const { code, out } = await run('extract', '--org', 'Region Testlän', MINUTES);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { version: number; nodes: Array<Record<string, unknown>> };
    expect(doc.version).toBe(1);
    expect(doc.nodes.filter((n) => n.kind === 'Region').map((n) => n.name)).toEqual(['Region Testlän']);
  });

  it('warns when --body disagrees with the body the text names, and keeps the text', async () => {
    const { out, err } = await run('extract', '--citations', '--body', 'Regionfullmäktige', MINUTES);
    expect(err).toMatch(/names its body "Regionstyrelsen", not "Regionfullmäktige"/);
    expect(JSON.parse(out).length).toBeGreaterThan(0);
  });

  it('exits 1 with a message for a file that does not exist', async () => {
    const { code, err } = await run('extract', '/no/such/minutes.txt');
    expect(code).toBe(1);
    expect(err).toMatch(/cannot read/);
  });
});
