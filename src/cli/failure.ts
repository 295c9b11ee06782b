import { ImportValidationError, PartialImportError, UnreadableFileError } from '../import/index.js';
import { StoreConfigError, StoreUnavailableError } from '../store/index.js';
import { EXIT, UsageError, type ExitCode } from './command.js';

/** A failed command as a person reads it: one message that says what to do, and the exit code. */
export interface Failure {
  message: string;
  exit: ExitCode;
}

const DISK_FULL = /ENOSPC|EDQUOT|No space left on device|os error 28|Disk quota exceeded/i;
const FILE_TOO_LARGE = /EFBIG|File too large|os error 27|ERR_FS_FILE_TOO_LARGE/i;

function text(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return `${err?.code ?? ''} ${err?.message ?? String(e)}`;
}

/** What the system refused, in words with a way out; null for anything else. */
function systemFailure(e: unknown): string | null {
  const err = e as NodeJS.ErrnoException & { port?: number };
  const all = text(e);
  if (DISK_FULL.test(all)) return 'disken är full: frigör utrymme, eller sätt BESLUTSGRAF_DATA till en mapp på en disk med plats';
  if (FILE_TOO_LARGE.test(all)) return 'en fil blev större än systemet tillåter (filstorleksgräns, ulimit -f): höj gränsen eller använd en annan disk';
  if (err?.code === 'EADDRINUSE') return `porten ${err.port ?? ''} används redan av ett annat program: stoppa det, eller välj en annan port med --port eller PORT`.replace('  ', ' ');
  if (err?.syscall === 'listen' && (err.code === 'EACCES' || err.code === 'EPERM')) return `får inte lyssna på port ${err.port ?? ''}: välj en port över 1023 med --port eller PORT`;
  if (err?.syscall === 'listen' && err.code === 'EADDRNOTAVAIL') return 'adressen finns inte på den här datorn: välj en annan med --host eller HOST';
  if (e instanceof RangeError && /call stack/i.test(err.message)) return 'indata är nästlade för djupt för att läsas: platta ut strukturen';
  return null;
}

/** The message and exit code for an error a command ended with. */
export function failureOf(e: unknown, command: string): Failure {
  if (e instanceof UsageError) return { message: `${e.message}\nRun \`beslutsgraf ${command} --help\` for usage.`, exit: EXIT.invalidInput };
  if (e instanceof ImportValidationError || e instanceof UnreadableFileError || e instanceof StoreConfigError) return { message: e.message, exit: EXIT.invalidInput };
  if (e instanceof StoreUnavailableError) return { message: e.message, exit: EXIT.storeUnavailable };
  if (e instanceof PartialImportError) {
    return { message: `${e.message}\n  felet: ${systemFailure(e.cause) ?? (e.cause as Error)?.message ?? String(e.cause)}`, exit: EXIT.partialImport };
  }
  const system = systemFailure(e);
  if (system) return { message: system, exit: EXIT.failed };
  return { message: `oväntat fel: ${(e as Error)?.message ?? String(e)} (kör igen med --debug för detaljer)`, exit: EXIT.failed };
}

/** An error's stack and those of its causes, for --debug. */
export function debugText(e: unknown): string {
  const parts: string[] = [];
  for (let at: unknown = e, depth = 0; at !== undefined && depth < 5; at = (at as Error).cause, depth++) {
    parts.push((at as Error)?.stack ?? String(at));
  }
  return parts.join('\ncaused by: ');
}
