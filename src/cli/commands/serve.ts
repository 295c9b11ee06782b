import { limitEnv, serve } from '../../api/index.js';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../command.js';
import { withStore } from '../store.js';

export { serve };

/** The port from --port, else PORT, checked before anything is opened; undefined leaves the default. */
export function portOf(option: string | undefined, env: string | undefined): number | undefined {
  const [given, from] = option !== undefined ? [option, '--port'] : [env, 'PORT'];
  if (given === undefined || given === '') return undefined;
  const port = /^\d+$/.test(given.trim()) ? Number(given) : NaN;
  if (!(Number.isInteger(port) && port >= 0 && port < 65536)) throw new UsageError(`${from} måste vara ett portnummer från 0 till 65535, inte "${given}"`);
  return port;
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const command: Command = {
  name: 'serve',
  summary: 'serve the GraphQL API (and the explorer) over HTTP',
  help: `Usage: beslutsgraf serve [--port N] [--host H]

Serves whatever the configured store holds: GraphQL at /graphql (a browser gets the GraphQL IDE
there), GET /healthz, and the explorer page at /. Stops on Ctrl-C.

Options:
  --port N     port to listen on (default: PORT, else 4000)
  --host H     address to listen on (default: HOST, else 127.0.0.1)
  -h, --help   show this help

Limits (environment): ${Object.values(limitEnv).join(', ')}.
See docs/api.md.`,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { port: { type: 'string' }, host: { type: 'string' } }, false);
    if (values.help) { io.stdout.write(`${this.help}\n`); return EXIT.ok; }
    const port = portOf(values.port, io.env.PORT);
    return withStore(io, async (store) => {
      const server = await serve(store, { env: io.env, ...(port !== undefined ? { port } : {}), ...(values.host ? { host: values.host } : {}) });
      io.stdout.write(`beslutsgraf serves the ${store.backend} store at ${store.location}\n  explorer ${new URL('/', server.url).href}\n  GraphQL  ${server.url}\n`);
      await untilStopped();
      await server.close();
      return EXIT.ok;
    });
  },
};
