import { DEFAULT_BATCH_SIZE, formatSummary, importPaths, progressBar } from '../../import/index.js';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../command.js';
import { withStore } from '../store.js';

export const command: Command = {
  name: 'import',
  summary: 'validate import files and write them to the store',
  help: `Usage: beslutsgraf import [--batch-size N] <paths…>

Reads YAML and JSON import files (format version 1; directories are read recursively), validates
all of them, and writes them only when everything is valid. Importing the same files again changes
nothing. Ends with a summary of nodes and relationships created or merged, by kind.

Options:
  --batch-size N   rows per write transaction (default ${DEFAULT_BATCH_SIZE})
  -h, --help       show this help

Exit codes: 0 imported, 1 invalid input (nothing written), 2 store unreachable.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { 'batch-size': { type: 'string' } });
    if (values.help) { io.stdout.write(`${this.help}\n`); return EXIT.ok; }
    if (positionals.length === 0) throw new UsageError('give at least one file or directory to import');
    const batchSize = values['batch-size'] === undefined ? DEFAULT_BATCH_SIZE : Number(values['batch-size']);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) throw new UsageError('--batch-size takes a whole number from 1 to 100000');
    return withStore(io, async (store) => {
      const onProgress = io.stderr.isTTY ? progressBar(io.stderr, 'importing') : undefined;
      const summary = await importPaths(store, positionals, { batchSize, ...(onProgress ? { onProgress } : {}) });
      io.stdout.write(`${formatSummary(summary)}\n`);
      return EXIT.ok;
    });
  },
};
