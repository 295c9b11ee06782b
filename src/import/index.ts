import type { GraphStore } from '../store/types.js';
import { isIssue, readFiles, type ImportInput } from './files.js';
import { ImportValidationError, type ImportIssue } from './issues.js';
import { writeFailure } from './partial.js';
import { planImport } from './plan.js';
import type { ImportSummary } from './summary.js';
import { validateInputs, validatePaths, type ValidatedInput } from './validate.js';
import { writePlan, type WriteOptions } from './write.js';

export { parseImportText, type ImportInput } from './files.js';
export { formatIssue, ImportValidationError, type ImportIssue } from './issues.js';
export { formatSummary, progressBar, type ImportSummary } from './summary.js';
export { validatePaths } from './validate.js';
export { DEFAULT_BATCH_SIZE, type WriteOptions } from './write.js';
export { heapWarning, inputBytes } from './memory.js';
export { PartialImportError } from './partial.js';
export { UnreadableFileError } from './read.js';

/** Reads and parses import files and directories. Unreadable or unparsable files come back as issues. */
export async function readInputs(paths: string[]): Promise<{ inputs: ImportInput[]; issues: ImportIssue[] }> {
  const inputs: ImportInput[] = [];
  const issues: ImportIssue[] = [];
  for await (const input of readFiles(paths)) {
    if (isIssue(input)) issues.push(input);
    else inputs.push(input);
  }
  return { inputs, issues };
}

/** Validates inputs against the model and, when a store is given, against what it holds. Writes nothing. */
export async function checkInputs(store: GraphStore | null, inputs: ImportInput[]): Promise<ImportIssue[]> {
  return (await planImport(validateInputs(inputs), store)).issues;
}

/** Validates everything first; writes only when the whole input is valid, else throws ImportValidationError. */
export async function importInputs(store: GraphStore, inputs: ImportInput[], options: WriteOptions = {}): Promise<ImportSummary> {
  return importValidated(store, validateInputs(inputs), options, performance.now());
}

export async function checkPaths(store: GraphStore | null, paths: string[]): Promise<ImportIssue[]> {
  const { files, issues } = await validatePaths(paths);
  return [...issues, ...(await planImport(files, store)).issues];
}

export async function importPaths(store: GraphStore, paths: string[], options: WriteOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const { files, issues } = await validatePaths(paths);
  if (issues.length > 0) {
    // Report the unreadable files together with everything wrong in the readable ones.
    throw new ImportValidationError([...issues, ...(await planImport(files, store)).issues]);
  }
  return importValidated(store, files, options, started);
}

async function importValidated(store: GraphStore, files: ValidatedInput[], options: WriteOptions, started: number): Promise<ImportSummary> {
  const { plan, issues } = await planImport(files, store);
  if (issues.length > 0) throw new ImportValidationError(issues);
  const writing = performance.now();
  let rowsWritten = 0;
  const onProgress = (done: number, total: number) => { rowsWritten = done; options.onProgress?.(done, total); };
  const result = await writePlan(store, plan, { ...options, onProgress }).catch(async (e: unknown) => {
    throw await writeFailure(store, plan, rowsWritten, e);
  });
  const done = performance.now();
  return { ...result, files: files.length, elapsedMs: done - started, writeMs: done - writing };
}
