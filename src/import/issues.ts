/** One thing wrong with an import: where (file, line, field path) and what. */
export interface ImportIssue {
  file: string;
  line?: number | undefined;
  /** The field path inside the file, e.g. `nodes[3].date`. Empty for the file as a whole. */
  path: string;
  message: string;
}

export function formatPath(path: ReadonlyArray<string | number | symbol>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
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
