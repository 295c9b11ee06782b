import { EXIT, type Command, type Io } from './command.js';
import { debugText, failureOf } from './failure.js';
/**
 * Every command of `beslutsgraf`, in the order `--help` lists them. Modules load on demand, so a
 * quick command does not pay for the GraphQL server's start-up.
 */
const registry = {
  import: () => import('./commands/import.js'),
  check: () => import('./commands/check.js'),
  extract: () => import('./commands/extract.js'),
  stats: () => import('./commands/stats.js'),
  serve: () => import('./commands/serve.js'),
  start: () => import('./commands/start.js'),
  init: () => import('./commands/init.js'),
  export: () => import('./commands/export.js'),
} satisfies Record<string, () => Promise<{ command: Command }>>;

export const commandNames = Object.keys(registry) as Array<keyof typeof registry>;

export async function loadCommand(name: string): Promise<Command | undefined> {
  return Object.hasOwn(registry, name) ? (await registry[name as keyof typeof registry]()).command : undefined;
}

async function overview(): Promise<string> {
  const commands = await Promise.all(commandNames.map(async (n) => (await loadCommand(n))!));
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
    'Run `beslutsgraf <command> --help` for a command\'s options; --debug shows the stack of a failure.',
    'Exit codes: 0 success, 1 invalid input, 2 store unreachable, 3 import stopped part way (run it again), 4 refused by the system.',
  ].join('\n');
}

/** Runs the CLI and returns its exit code (see EXIT). `--debug`, anywhere, adds the stack to a failure's message. */
export async function main(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug') || io.env.BESLUTSGRAF_DEBUG === '1';
  const [name, ...rest] = argv.filter((a) => a !== '--debug');
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${await overview()}\n`);
    return name === undefined ? EXIT.invalidInput : EXIT.ok;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr.write(`beslutsgraf: unknown command "${name}"\n\n${await overview()}\n`);
    return EXIT.invalidInput;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    const failure = failureOf(e, name);
    io.stderr.write(`beslutsgraf ${name}: ${failure.message}\n${debug ? `${debugText(e)}\n` : ''}`);
    return failure.exit;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly || process.env.BESLUTSGRAF_CLI === '1') {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => { process.stderr.write(`beslutsgraf: ${failureOf(e, '').message}\n`); process.exitCode = EXIT.failed; },
  );
}
