import { fileURLToPath } from 'node:url';
import { formatSummary, importPaths } from '../../import/index.js';
import { graphStats } from '../../store/index.js';
import { EXIT, parseCommandArgs, type Command } from '../command.js';
import { withStore } from '../store.js';

/** The curated dataset that ships with the product. */
export const BUNDLED_DATASET = fileURLToPath(new URL('../../../import/', import.meta.url));

export const command: Command = {
  name: 'start',
  summary: 'import the bundled dataset when the store is empty, then print the stats',
  help: `Usage: beslutsgraf start

Opens the configured store, imports the bundled dataset (import/) when the store holds no nodes,
and prints the counts.`,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {}, false);
    if (values.help) { io.stdout.write(`${this.help}\n`); return EXIT.ok; }
    return withStore(io, async (store) => {
      const before = await graphStats(store);
      if (Object.values(before.nodes).every((n) => n === 0)) {
        io.stderr.write(`the ${store.backend} store at ${store.location} is empty: importing the bundled dataset\n`);
        io.stderr.write(`${formatSummary(await importPaths(store, [BUNDLED_DATASET]))}\n`);
      }
      io.stdout.write(`${JSON.stringify(await graphStats(store), null, 2)}\n`);
      return EXIT.ok;
    });
  },
};
