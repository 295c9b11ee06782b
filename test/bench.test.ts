import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'beslutsgraf-bench-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The budget is generous so a loaded machine still takes all five samples of each query.
// The benchmark's figures are read, not asserted (they depend on the machine); what is tested is
// that it runs end to end and reports every figure, so it cannot rot unnoticed.
describe('npm run bench', () => {
  it('imports, times and serves a small corpus in one run and ends with its summary line', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--import', 'tsx', 'bench/run.ts', '--scales', '300', '--rounds', '2', '--queries', '5', '--budget-ms', '60000', '--heap-mib', '1024', '--work', work,
    ], { timeout: 120_000 });
    const importRow = stdout.split('\n').find((l) => /^300\s+\d+\s+2\s/.test(l));
    expect(importRow, stdout).toBeDefined();
    // importer s, rows/s, engine s, rows/s, overhead, over own write, import RSS
    expect(importRow).toMatch(/^300\s+\d+\s+2\s+[\d.]+\s+\d+\s+[\d.]+\s+\d+\s+[\d.]+×\s+[\d.]+×\s+\d+ MiB$/);
    for (const query of ['lineage depth 3', 'lineage depth 5', 'supervisionChain', 'search', 'decisions page 2']) {
      expect(stdout).toMatch(new RegExp(`^300\\s+${query}\\s+5\\s+[\\d.]+ / `, 'm'));
    }
    expect(stdout).not.toContain('failed');
    expect(stdout).toMatch(/^bench: 300 decisions in \d+ s · at 300: import .*overhead [\d.]+×, over own write [\d.]+×.*serving RSS \d+ MiB$/m);
    // Nothing is left behind but the directory it was given.
    expect(readdirSync(work)).toEqual([]);
    expect(existsSync(join(work, 'engine-300'))).toBe(false);
  }, 150_000);
});
