import { execFile, execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCapped } from '../src/import/read.js';

const run = promisify(execFile);
const VALID = 'test/fixtures/import/small.yaml';
/** A hang is the failure these tests look for: each probe is killed after this. */
const TIMEOUT_MS = 30_000;

interface Probe { files: string[]; issues: Array<{ file: string; message: string }>; error?: string; maxRssMiB: number }

/** Reads `paths` as `import` (or `import --from-text`) would, in a child process bounded in time; returns what it read and its peak RSS. */
async function probe(mode: 'import' | 'text', ...paths: string[]): Promise<Probe> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'test/support/probe-read.ts', mode, ...paths], { timeout: TIMEOUT_MS, killSignal: 'SIGKILL' });
  return JSON.parse(stdout) as Probe;
}

/** A file of `bytes` that takes no disk: truncate makes it sparse. */
function sparse(path: string, bytes: number): string {
  closeSync(openSync(path, 'w'));
  execFileSync('truncate', ['-s', String(bytes), path]);
  return path;
}

const issueFor = (p: Probe, name: string) => p.issues.find((i) => i.file.endsWith(name))?.message;

describe('hostile files: the importer reads only regular files, each once, within its limits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beslutsgraf-hostile-'));
  let baseline: Probe;
  beforeAll(async () => {
    baseline = await probe('import', VALID);
  }, TIMEOUT_MS);
  /** Peak memory may not grow by more than the file limit's worth over reading one small valid file. */
  const memoryBound = () => baseline.maxRssMiB + 100;

  it('reads a valid file (the baseline for time and memory)', () => {
    expect(baseline.files).toHaveLength(1);
    expect(baseline.issues).toEqual([]);
  });

  it('names two self-referencing symlinks and a pair that point at each other, and finishes', async () => {
    const d = join(dir, 'self');
    mkdirSync(d);
    symlinkSync('a.yaml', join(d, 'a.yaml'));
    symlinkSync('b.yaml', join(d, 'b.yaml'));
    symlinkSync('d.yaml', join(d, 'c.yaml'));
    symlinkSync('c.yaml', join(d, 'd.yaml'));
    symlinkSync('missing.yaml', join(d, 'gone.yaml'));
    symlinkSync('missing.txt', join(d, 'notes.txt'));
    copyFileSync(VALID, join(d, 'valid.yaml'));
    const p = await probe('import', d);
    for (const name of ['a.yaml', 'b.yaml', 'c.yaml', 'd.yaml']) expect(issueFor(p, name)).toMatch(/slinga/);
    // A dangling link is named where it would be read, and ignored where it would not.
    expect(issueFor(p, 'gone.yaml')).toBe('en symbolisk länk till något som inte finns');
    expect(p.issues).toHaveLength(5);
    expect(p.files).toEqual([expect.stringMatching(/valid\.yaml$/)]);
  });

  it('names a directory symlink loop, and reads a file reached by 40 names once', async () => {
    const d = join(dir, 'loop');
    mkdirSync(join(d, 'inner'), { recursive: true });
    copyFileSync(VALID, join(d, 'inner', 'valid.yaml'));
    symlinkSync('..', join(d, 'inner', 'up'));
    symlinkSync('.', join(d, 'here'));
    for (let i = 0; i < 40; i++) symlinkSync(join('inner', 'valid.yaml'), join(d, `alias-${String(i).padStart(2, '0')}.yaml`));
    const p = await probe('import', d);
    expect(issueFor(p, 'inner/up')).toMatch(/en slinga: länken leder tillbaka till .*loop, som redan gås igenom/);
    expect(issueFor(p, 'here')).toMatch(/en slinga/);
    expect(p.files).toHaveLength(1);
  });

  it('names a FIFO and does not wait for a writer, in a directory or given by name, for import and --from-text', async () => {
    const d = join(dir, 'fifo');
    mkdirSync(d);
    const fifo = join(d, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    for (const listed of [await probe('import', d), await probe('import', fifo)]) {
      expect(issueFor(listed, 'pipe.yaml')).toBe('en namngiven pipe (FIFO), inte en vanlig fil: läses inte');
    }
    const text = await probe('text', fifo);
    expect(text.error).toMatch(/cannot read .*pipe\.yaml: en namngiven pipe \(FIFO\)/);
  });

  it('names /dev/zero reached through a symlink, and does not read it', async () => {
    const zero = join(dir, 'zero.yaml');
    symlinkSync('/dev/zero', zero);
    const p = await probe('import', zero);
    expect(issueFor(p, 'zero.yaml')).toBe('en teckenenhet (device), inte en vanlig fil: läses inte');
    expect(p.maxRssMiB).toBeLessThan(memoryBound());
    const text = await probe('text', zero);
    expect(text.error).toMatch(/cannot read .*zero\.yaml: en teckenenhet/);
    expect(text.maxRssMiB).toBeLessThan(memoryBound());
  });

  it('refuses a 1.5 GB file by its size, without reading it', async () => {
    const big = sparse(join(dir, 'big.yaml'), 1.5 * 2 ** 30);
    const p = await probe('import', big);
    expect(issueFor(p, 'big.yaml')).toBe('filen är 1536.0 MiB; gränsen är 64.0 MiB: dela upp den i flera filer');
    expect(p.maxRssMiB).toBeLessThan(memoryBound());
  });

  it('refuses a 3 GB file, larger than Node can read at once, with the same message and no ERR_FS_FILE_TOO_LARGE', async () => {
    const huge = sparse(join(dir, 'huge.json'), 3 * 2 ** 30);
    const listed = await probe('import', huge);
    expect(issueFor(listed, 'huge.json')).toMatch(/^filen är 3072\.0 MiB; gränsen är 64\.0 MiB/);
    const text = await probe('text', huge);
    expect(text.error).toMatch(/cannot read .*huge\.json: filen är 3072\.0 MiB/);
    expect(JSON.stringify([listed, text])).not.toMatch(/ERR_FS_FILE_TOO_LARGE/);
  });
});

describe('a capped read stops at its limit whatever stat says', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beslutsgraf-capped-'));
  it('reads a file of exactly the limit and refuses one byte more', async () => {
    writeFileSync(join(dir, 'ten'), '0123456789');
    writeFileSync(join(dir, 'eleven'), '0123456789A');
    expect(await readCapped(join(dir, 'ten'), 10)).toEqual({ bytes: Buffer.from('0123456789') });
    expect(await readCapped(join(dir, 'eleven'), 10)).toEqual({ refused: 'filen är 11 byte; gränsen är 10 byte: dela upp den i flera filer' });
  });

  it('stops at the limit on a file whose size stat gives as 0 (a /proc file) and reads one under it whole', async () => {
    expect(await readCapped('/proc/self/maps', 64)).toEqual({ refused: 'filen är över 64 byte; gränsen är 64 byte: dela upp den i flera filer' });
    const whole = await readCapped('/proc/self/maps', 16 * 2 ** 20);
    expect('bytes' in whole && whole.bytes.toString()).toMatch(/\[stack\]/);
  });
});
