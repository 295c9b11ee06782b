import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = resolve('bin/beslutsgraf.js');

export interface CliRun { code: number; stdout: string; stderr: string }

/**
 * Runs the installed command in a child process, as a user would, in a fresh data directory unless
 * BESLUTSGRAF_DATA is given. `shell` runs it under `bash -c` after these commands (limits, traps).
 */
export async function beslutsgraf(args: string[], env: Record<string, string> = {}, options: { cwd?: string; shell?: string; timeoutMs?: number } = {}): Promise<CliRun> {
  const data = env.BESLUTSGRAF_DATA ?? mkdtempSync(join(tmpdir(), 'beslutsgraf-cli-'));
  const childEnv: NodeJS.ProcessEnv = { ...process.env, BESLUTSGRAF_DATA: data, ...env };
  if (!('NEO4J_URI' in env)) delete childEnv.NEO4J_URI;
  const [file, argv] = options.shell === undefined
    ? [process.execPath, [BIN, ...args]]
    : ['bash', ['-c', `${options.shell}; exec "$0" "$@"`, process.execPath, BIN, ...args]];
  try {
    const { stdout, stderr } = await run(file, argv, { env: childEnv, cwd: options.cwd, timeout: options.timeoutMs ?? 120_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
