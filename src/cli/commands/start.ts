import { fileURLToPath } from 'node:url';
import { formatSummary, importPaths } from '../../import/index.js';
import { storeIsEmpty } from '../../store/index.js';
import { EXIT, parseCommandArgs, type Command } from '../command.js';
import { withStore } from '../store.js';
import { portOf, command as serve } from './serve.js';

/** The curated dataset that ships with the product. */
export const BUNDLED_DATASET = fileURLToPath(new URL('../../../import/', import.meta.url));

export const command: Command = {
  name: 'start',
  summary: 'import the bundled dataset when the store is empty, then serve',
  help: `Usage: beslutsgraf start [--port N] [--host H]

What \`npm start\` runs: opens the configured store, imports the bundled dataset (import/) when the
store holds no nodes, then serves the API and the explorer as \`beslutsgraf serve\` does (same
options).`,
  async run(argv, io) {
    if (argv.includes('--help') || argv.includes('-h')) { io.stdout.write(`${this.help}\n`); return EXIT.ok; }
    // A bad port is refused before the dataset is imported, not after.
    const { values } = parseCommandArgs(argv, { port: { type: 'string' }, host: { type: 'string' } }, false);
    portOf(values.port, io.env.PORT);
    await withStore(io, async (store) => {
      if (await storeIsEmpty(store)) {
        io.stderr.write(`the ${store.backend} store at ${store.location} is empty: importing the bundled dataset\n`);
        io.stderr.write(`${formatSummary(await importPaths(store, [BUNDLED_DATASET]))}\n`);
      }
    });
    return serve.run(argv, io);
  },
};
