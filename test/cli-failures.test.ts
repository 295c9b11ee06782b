import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../src/synthetic/generate.js';
import { beslutsgraf, type CliRun } from './support/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'beslutsgraf-failures-'));
const STACK = /\n\s+at /;

function written(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/** One message on stderr that names the problem, and no stack. */
function expectMessage(r: CliRun, exit: number, message: RegExp): void {
  expect(r.code, r.stderr).toBe(exit);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(STACK);
}

describe('every CLI failure prints one message a person can act on, and its exit code', () => {
  it('an alias bomb in YAML: exit 1, naming the file and the alias limit', async () => {
    const lines = ['version: 1', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    const bomb = written('bomb.yaml', `${lines.join('\n')}\n`);
    expectMessage(await beslutsgraf(['import', bomb]), 1, /bomb\.yaml: cannot parse: YAML-alias \(\*namn\) expanderar till för många värden \(gränsen är 100\)/);
  });

  it('block YAML nested 5000 deep: exit 1, naming the file', async () => {
    const deep = written('deep.yaml', `version: 1\nnodes:\n${Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i + 1)}- `).join('\n')}1\n`);
    expectMessage(await beslutsgraf(['import', deep]), 1, /deep\.yaml:\d+: cannot parse: nästlad för djupt för att läsas/);
  });

  it('a file over 2 GB: exit 1 with its size and the limit', async () => {
    const huge = join(scratch, 'huge.json');
    closeSync(openSync(huge, 'w'));
    execFileSync('truncate', ['-s', String(3 * 2 ** 30), huge]);
    const r = await beslutsgraf(['import', huge]);
    expectMessage(r, 1, /huge\.json: filen är 3072\.0 MiB; gränsen är 64\.0 MiB/);
    expect(r.stderr).not.toMatch(/ERR_FS_FILE_TOO_LARGE/);
  });

  it.each([['serve', 'abc'], ['start', '99999']])('%s with PORT=%s: exit 1 before anything is opened or imported', async (command, port) => {
    const data = join(scratch, `port-${port}`);
    expectMessage(await beslutsgraf([command], { PORT: port, BESLUTSGRAF_DATA: data }), 1, new RegExp(`PORT måste vara ett portnummer från 0 till 65535, inte "${port}"`));
    expect(existsSync(data)).toBe(false);
  });

  describe('a port already in use', () => {
    let taken: Server;
    beforeAll(() => new Promise<void>((done) => { taken = createServer().listen(0, '127.0.0.1', done); }));
    afterAll(() => new Promise<void>((done) => taken.close(() => done())));
    it('exit 4, naming the port and how to pick another', async () => {
      const port = (taken.address() as { port: number }).port;
      expectMessage(await beslutsgraf(['serve', '--port', String(port)], { BESLUTSGRAF_DATA: ':memory:' }), 4,
        new RegExp(`porten ${port} används redan av ett annat program: stoppa det, eller välj en annan port med --port eller PORT`));
    });
  });

  it('BESLUTSGRAF_DATA set but empty: exit 1, and no store is made in the current directory', async () => {
    const cwd = mkdtempSync(join(scratch, 'cwd-'));
    expectMessage(await beslutsgraf(['import', resolve('test/fixtures/import')], { BESLUTSGRAF_DATA: '' }, { cwd }), 1,
      /BESLUTSGRAF_DATA är satt men tom: ange lagrets mapp/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('stats on a data directory that does not exist: exit 2, and the directory is not created', async () => {
    const data = join(scratch, 'no-store');
    expectMessage(await beslutsgraf(['stats'], { BESLUTSGRAF_DATA: data }), 2, /det finns inget lager i .*no-store: importera först/);
    expect(existsSync(data)).toBe(false);
  });

  it('--debug adds the stack to the same message', async () => {
    const r = await beslutsgraf(['--debug', 'stats'], { BESLUTSGRAF_DATA: join(scratch, 'no-store') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/det finns inget lager/);
    expect(r.stderr).toMatch(STACK);
  });
});

/** A data directory on a filesystem of `bytes` (a tmpfs where this machine allows mounting one), or null. */
function smallDisk(bytes: number): { dir: string; grow: () => void; remove: () => void } | null {
  const dir = mkdtempSync(join(tmpdir(), 'beslutsgraf-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return {
    dir,
    grow: () => execFileSync('mount', ['-o', 'remount,size=256m', dir]),
    remove: () => execFileSync('umount', [dir]),
  };
}

describe('an import that runs out of disk says what is stored and how to complete it', () => {
  const corpus = join(scratch, 'corpus');
  beforeAll(() => { mkdirSync(corpus); generateCorpus({ decisions: 3_000, seed: 1, out: corpus }); });

  const statsOf = async (data: string) => (await beslutsgraf(['stats', '--json'], { BESLUTSGRAF_DATA: data })).stdout;

  it('on a full disk: exit 3, how much is stored, the disk named as the cause; running it again completes it', async (context) => {
    const disk = smallDisk(1024 * 1024);
    if (!disk) return context.skip('this machine does not allow mounting a tmpfs; the next test limits file size instead');
    try {
      const data = join(disk.dir, 'data');
      const r = await beslutsgraf(['import', corpus], { BESLUTSGRAF_DATA: data });
      expectMessage(r, 3, /importen avbröts medan den skrevs: [1-9]\d* av 13443 nya noder finns nu i lagret\. Det som skrivits är giltigt; åtgärda felet nedan och kör samma import igen/);
      expect(r.stderr).toMatch(/felet: disken är full: frigör utrymme/);
      disk.grow();
      expect((await beslutsgraf(['import', corpus], { BESLUTSGRAF_DATA: data })).code).toBe(0);
      const whole = join(scratch, 'whole');
      expect((await beslutsgraf(['import', corpus], { BESLUTSGRAF_DATA: whole })).code).toBe(0);
      expect(await statsOf(data)).toBe(await statsOf(whole));
    } finally {
      disk.remove();
    }
  });

  it('past a file size limit (ulimit -f): exit 3 with the limit named as the cause', async () => {
    const r = await beslutsgraf(['import', corpus], { BESLUTSGRAF_DATA: join(scratch, 'limited') }, { shell: "trap '' XFSZ; ulimit -f 1024" });
    expectMessage(r, 3, /importen avbröts medan den skrevs: [1-9]\d* av 13443 nya noder finns nu i lagret/);
    expect(r.stderr).toMatch(/felet: en fil blev större än systemet tillåter \(filstorleksgräns, ulimit -f\)/);
  });
});
