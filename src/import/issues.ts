import type { z } from 'zod';
import type { InputFile } from './files.js';

/** One thing wrong with an import: where (file, line, field path) and what. */
export interface ImportIssue {
  file: string;
  line?: number | undefined;
  /** The field path inside the file, e.g. `nodes[3].date`. Empty for the file as a whole. */
  path: string;
  message: string;
}

/** Where a statement stands in the input, for messages. */
export interface Origin {
  file: InputFile;
  path: Array<string | number>;
}

export function formatPath(path: ReadonlyArray<string | number | symbol>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function issueAt(origin: Origin, message: string, subPath: Array<string | number | symbol> = []): ImportIssue {
  const path = [...origin.path, ...subPath.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  return { file: origin.file.name, line: origin.file.lineOf?.(path), path: formatPath(path), message };
}

export function zodIssues(origin: Origin, error: z.ZodError): ImportIssue[] {
  return error.issues.map((i) => {
    const keys = i.code === 'unrecognized_keys' ? ` (${i.keys.join(', ')})` : '';
    const message = i.code === 'unrecognized_keys' ? `unknown field${i.keys.length > 1 ? 's' : ''}${keys}` : i.message;
    return issueAt(origin, message, i.path as Array<string | number>);
  });
}

export function formatIssue(i: ImportIssue): string {
  const where = `${i.file}${i.line !== undefined ? `:${i.line}` : ''}`;
  return `${where}${i.path ? ` ${i.path}` : ''}: ${i.message}`;
}

/** The input is invalid; nothing was written. Carries every issue found, not just the first. */
export class ImportValidationError extends Error {
  override name = 'ImportValidationError';
  constructor(readonly issues: ImportIssue[]) {
    super(`the import is invalid (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}); nothing was written:\n` +
      issues.map((i) => `  ${formatIssue(i)}`).join('\n'));
  }
}
