import { DEFAULT_BATCH_SIZE, formatSummary, heapWarning, importInputs, importPaths, inputBytes, progressBar } from '../../import/index.js';
import { extractGraphFromFiles } from '../../import/text/index.js';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../command.js';
import { withStore } from '../store.js';

export const command: Command = {
  name: 'import',
  summary: 'validate import files and write them to the store',
  help: `Usage: beslutsgraf import [--batch-size N] <paths…>
       beslutsgraf import --from-text [--org NAME] [--body NAME] [--date YYYY-MM-DD] <text files…>

Reads YAML and JSON import files (format version 1; directories are read recursively), validates
all of them, and writes them only when everything is valid. Importing the same files again changes
nothing. Ends with a summary of nodes and relationships created or merged, by kind.

With --from-text the files are minutes or agendas as plain text: they are read as
\`beslutsgraf extract\` reads them, and what they state is validated and imported in one step.

Options:
  --batch-size N   rows per write transaction (default ${DEFAULT_BATCH_SIZE})
  --from-text      the files are minutes or agenda text, not import files
  --org, --body, --date   with --from-text: the document's context where the text does not state it
  -h, --help       show this help

Exit codes: 0 imported, 1 invalid input (nothing written), 2 store unreachable, 3 stopped while
writing with part stored (run it again to complete it), 4 refused by the system (a full disk).`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      'batch-size': { type: 'string' }, 'from-text': { type: 'boolean' }, org: { type: 'string' }, body: { type: 'string' }, date: { type: 'string' },
    });
    if (values.help) { io.stdout.write(`${this.help}\n`); return EXIT.ok; }
    if (positionals.length === 0) throw new UsageError('give at least one file or directory to import');
    const batchSize = values['batch-size'] === undefined ? DEFAULT_BATCH_SIZE : Number(values['batch-size']);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) throw new UsageError('--batch-size takes a whole number from 1 to 100000');
    return withStore(io, async (store) => {
      const onProgress = io.stderr.isTTY ? progressBar(io.stderr, 'importing') : undefined;
      const options = { batchSize, ...(onProgress ? { onProgress } : {}) };
      let summary;
      if (values['from-text']) {
        const { inputs, warnings } = await extractGraphFromFiles(positionals, { org: values.org, body: values.body, date: values.date });
        for (const w of warnings) io.stderr.write(`warning: ${w}\n`);
        summary = await importInputs(store, inputs, options);
      } else {
        if (values.org !== undefined || values.body !== undefined || values.date !== undefined) throw new UsageError('--org, --body and --date go with --from-text');
        const warning = heapWarning(await inputBytes(positionals));
        if (warning) io.stderr.write(`warning: ${warning}\n`);
        summary = await importPaths(store, positionals, options);
      }
      io.stdout.write(`${formatSummary(summary)}\n`);
      return EXIT.ok;
    });
  },
};
