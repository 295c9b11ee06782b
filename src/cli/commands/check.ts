import { checkPaths, formatIssue } from '../../import/index.js';
import { openStore, storeConfigFromEnv } from '../../store/index.js';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../command.js';

export const command: Command = {
  name: 'check',
  summary: 'validate import files without writing anything',
  help: `Usage: beslutsgraf check [--offline] <paths…>

Validates import files as \`import\` would and lists every problem (file, line, field path, what is
wrong). References to nodes outside the files are looked up in the configured store; with
--offline the store is not opened and such references are reported.

Options:
  --offline    do not consult the store
  -h, --help   show this help

Exit codes: 0 valid, 1 invalid, 2 store unreachable.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { offline: { type: 'boolean' } });
    if (values.help) { io.stdout.write(`${this.help}\n`); return EXIT.ok; }
    if (positionals.length === 0) throw new UsageError('give at least one file or directory to check');
    const store = values.offline ? null : await openStore(storeConfigFromEnv(io.env));
    try {
      const issues = await checkPaths(store, positionals);
      if (issues.length === 0) { io.stdout.write('valid\n'); return EXIT.ok; }
      for (const i of issues) io.stderr.write(`${formatIssue(i)}\n`);
      io.stderr.write(`${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}\n`);
      return EXIT.invalidInput;
    } finally {
      await store?.close();
    }
  },
};
