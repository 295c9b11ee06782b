import { ImportValidationError } from '../import/index.js';
import { StoreUnavailableError } from '../store/index.js';
import { EXIT, UsageError, type Command, type Io } from './command.js';
import { command as check } from './commands/check.js';
import { command as extract } from './commands/extract.js';
import { command as importCommand } from './commands/import.js';
import { command as init } from './commands/init.js';
import { command as serve } from './commands/serve.js';
import { command as start } from './commands/start.js';
import { command as stats } from './commands/stats.js';

/** Every command of `beslutsgraf`, in the order `--help` lists them. */
export const commands: Command[] = [importCommand, check, extract, stats, serve, start, init];

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: beslutsgraf <command> [options]',
    '',
    'A knowledge graph of Swedish regional governance. The store is Neo4j when NEO4J_URI is set',
    '(with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), else the embedded store in',
    'BESLUTSGRAF_DATA (default ./data; ":memory:" for memory only).',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `beslutsgraf <command> --help` for a command\'s options.',
  ].join('\n');
}

/** Runs the CLI and returns its exit code: 0 success, 1 invalid input, 2 store unreachable. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${overview()}\n`);
    return name === undefined ? EXIT.invalidInput : EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`beslutsgraf: unknown command "${name}"\n\n${overview()}\n`);
    return EXIT.invalidInput;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`beslutsgraf ${name}: ${e.message}\nRun \`beslutsgraf ${name} --help\` for usage.\n`);
      return EXIT.invalidInput;
    }
    if (e instanceof ImportValidationError) {
      io.stderr.write(`beslutsgraf ${name}: ${e.message}\n`);
      return EXIT.invalidInput;
    }
    if (e instanceof StoreUnavailableError) {
      io.stderr.write(`beslutsgraf ${name}: ${e.message}\n`);
      return EXIT.storeUnavailable;
    }
    throw e;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly || process.env.BESLUTSGRAF_CLI === '1') {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => { process.stderr.write(`beslutsgraf: ${(e as Error).stack ?? String(e)}\n`); process.exitCode = 1; },
  );
}
