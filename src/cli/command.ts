import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit codes of every command. */
export const EXIT = { ok: 0, invalidInput: 1, storeUnavailable: 2 } as const;

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
