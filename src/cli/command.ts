import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Exit codes of every command: 1 invalid input or usage (nothing written), 2 the store cannot be
 * reached or does not exist, 3 an import stopped while writing with part of it stored (run it again
 * to complete it), 4 the system refused (a full disk, a port in use) or an unexpected error.
 */
export const EXIT = { ok: 0, invalidInput: 1, storeUnavailable: 2, partialImport: 3, failed: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** One `beslutsgraf <name>` command. `run` returns the exit code; it does not call process.exit. */
export interface Command {
  name: string;
  /** One line for `beslutsgraf --help`. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  run(argv: string[], io: Io): Promise<number>;
}

/** A usage error: the CLI prints it with the command's help hint and exits 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** node:util parseArgs with errors turned into UsageError. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
