import { EXIT, parseCommandArgs, type Command } from '../command.js';
import { withStore } from '../store.js';

export const command: Command = {
  name: 'init',
  summary: 'apply the schema (constraints and indexes) to the store',
  help: `Usage: beslutsgraf init

Applies cypher/schema.cypher (a uniqueness constraint on every node's id and the lookup indexes)
to the configured store. Safe to run again; every other command applies it too.`,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {}, false);
    if (values.help) { io.stdout.write(`${this.help}\n`); return EXIT.ok; }
    return withStore(io, async (store) => {
      io.stdout.write(`schema applied to ${store.backend} store at ${store.location}\n`);
      return EXIT.ok;
    });
  },
};
