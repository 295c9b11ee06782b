import { graphStats } from '../../store/index.js';
import { EXIT, parseCommandArgs, type Command } from '../command.js';
import { withStore } from '../store.js';

export const command: Command = {
  name: 'stats',
  summary: 'count nodes by kind and relationships by type',
  help: `Usage: beslutsgraf stats [--json]

Prints the number of nodes of every kind and relationships of every type of the model, in the
model's order, zeros included, so the same graph always prints the same output.

Options:
  --json       print {"nodes": {...}, "relationships": {...}}
  -h, --help   show this help`,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, false);
    if (values.help) { io.stdout.write(`${this.help}\n`); return EXIT.ok; }
    return withStore(io, async (store) => {
      const stats = await graphStats(store);
      if (values.json) {
        io.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
      } else {
        for (const [section, counts] of Object.entries(stats)) {
          io.stdout.write(`${section}\n`);
          for (const [name, n] of Object.entries(counts)) io.stdout.write(`  ${name.padEnd(16)} ${n}\n`);
        }
      }
      return EXIT.ok;
    }, { create: false });
  },
};
