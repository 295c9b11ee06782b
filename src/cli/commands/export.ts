import { exportForNeo4jAdmin } from '../../store/export-neo4j-admin.js';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../command.js';
import { withStore } from '../store.js';

export const command: Command = {
  name: 'export',
  summary: 'write the graph as CSV files for neo4j-admin database import',
  help: `Usage: beslutsgraf export --neo4j-admin DIR [--page-size N]

Writes every node kind and relationship type of the configured store as CSV files with headers for
\`neo4j-admin database import full\` (the fastest way to load millions of rows into a new Neo4j
database, a cluster or Aura): per kind nodes-<Kind>.header.csv and nodes-<Kind>.csv, per type
relationships-<TYPE>.header.csv and relationships-<TYPE>.csv, and neo4j-admin-import.sh. The store
is read page by page, never held in memory. Prints the neo4j-admin command line.

After the import, start Neo4j and run \`beslutsgraf init\` with NEO4J_URI set to create the
constraints and indexes.

Options:
  --neo4j-admin DIR   the folder to write (created when missing)
  --page-size N       rows read per statement (default 10000)
  -h, --help          show this help`,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { 'neo4j-admin': { type: 'string' }, 'page-size': { type: 'string' } }, false);
    if (values.help) { io.stdout.write(`${this.help}\n`); return EXIT.ok; }
    const dir = values['neo4j-admin'];
    if (!dir) throw new UsageError('give the folder to write with --neo4j-admin DIR');
    const pageSize = values['page-size'] === undefined ? undefined : Number(values['page-size']);
    if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 1)) throw new UsageError('--page-size takes a positive whole number');
    return withStore(io, async (store) => {
      const started = performance.now();
      const result = await exportForNeo4jAdmin(store, dir, {
        ...(pageSize ? { pageSize } : {}),
        onProgress: io.stderr.isTTY ? (what, rows) => io.stderr.write(`\r${what} ${rows}\x1b[K`) : undefined,
      });
      if (io.stderr.isTTY) io.stderr.write('\r\x1b[K');
      const count = (files: typeof result.nodes) => files.reduce((n, f) => n + f.rows, 0);
      io.stderr.write(`wrote ${count(result.nodes)} nodes (${result.nodes.length} kinds) and ${count(result.relationships)} relationships ` +
        `(${result.relationships.length} types) to ${result.dir} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
      io.stdout.write(`${result.command}\n`);
      return EXIT.ok;
    });
  },
};
