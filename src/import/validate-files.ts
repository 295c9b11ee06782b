import { collectFiles, isIssue, readImportFile, type ImportInput, type InputFile } from './files.js';
import type { ImportIssue } from './issues.js';
import { validateInput, type Statements } from './validate.js';

/** A file and its statements, each checked on its own: what the plan is made from. */
export interface ValidatedInput {
  file: InputFile;
  statements: Statements;
}

export function validateInputs(inputs: ImportInput[]): ValidatedInput[] {
  return inputs.map((input) => ({ file: input, statements: validateInput(input) }));
}

/** Reads import files and directories and checks each file's statements. Unreadable or unparsable files come back as issues. */
export async function validatePaths(paths: string[]): Promise<{ files: ValidatedInput[]; issues: ImportIssue[] }> {
  const { files: found, issues } = await collectFiles(paths);
  if (paths.length === 0) issues.push({ file: '(arguments)', path: '', message: 'no files or directories given' });
  const files: ValidatedInput[] = [];
  for (const path of found) {
    const input = await readImportFile(path);
    if (isIssue(input)) issues.push(input);
    // The parsed file is not kept, only its statements and what messages need of it.
    else files.push({ file: { name: input.name, lineOf: input.lineOf }, statements: validateInput(input) });
  }
  return { files, issues };
}
