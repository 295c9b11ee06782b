import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphStore } from '../../store/types.js';
import { type ApiLimits, limitEnv, resolveLimits } from '../limits/config.js';
import { queryLimitsPlugin } from '../limits/plugin.js';
import { type ApiContext, createContext } from '../resolvers/context.js';
import { buildApiSchema } from '../schema/build.js';
import { serveStatic } from '../static.js';
import { formatApiError } from './errors.js';
import { graphiqlPage } from './graphiql.js';

export const GRAPHQL_PATH = '/graphql';

export interface ServeOptions extends Partial<ApiLimits> {
  /** Default: PORT, else 4000. 0 picks a free port. */
  port?: number;
  /** Default: HOST, else 127.0.0.1. */
  host?: string;
  env?: NodeJS.ProcessEnv;
  /** Where server-side messages go (internal errors); default stderr. */
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

class BodyTooLarge extends Error {}

/** The request body, refused as soon as it passes `max` bytes. */
async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function wantsPage(req: IncomingMessage): boolean {
  return req.method === 'GET' && String(req.headers.accept ?? '').includes('text/html');
}

const HEALTH_TIMEOUT_MS = 2_000;

async function healthz(store: GraphStore, res: ServerResponse): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([store.ping(), new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), HEALTH_TIMEOUT_MS); })]);
    sendJson(res, 200, { status: 'ok', store: store.backend });
  } catch {
    sendJson(res, 503, { status: 'unavailable', store: store.backend });
  } finally {
    clearTimeout(timer);
  }
}

async function handleGraphQL(apollo: ApolloServer<ApiContext>, store: GraphStore, limits: ApiLimits, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let raw: string;
  try {
    raw = await readBody(req, limits.maxBodyBytes);
  } catch (e) {
    if (!(e instanceof BodyTooLarge)) throw e;
    sendJson(res, 413, { errors: [{ message: `The request body is larger than the ${limits.maxBodyBytes} bytes allowed (${limitEnv.maxBodyBytes}).`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }, { Connection: 'close' });
    req.resume();
    return;
  }
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  let body: unknown = raw;
  if (String(req.headers['content-type'] ?? '').includes('json') && raw.length > 0) {
    try { body = JSON.parse(raw); } catch {
      sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const request: HTTPGraphQLRequest = { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: async () => createContext(store, limits) });
  for (const [k, v] of response.headers) res.setHeader(k, v);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * Serves the API over plain node:http: the explorer's page and assets (src/api/static.ts), the
 * GraphQL IDE and endpoint at /graphql, and /healthz. Read-only: the schema has no mutations.
 */
export async function serve(store: GraphStore, options: ServeOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const limits = resolveLimits(env, options);
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const apollo = new ApolloServer<ApiContext>({
    schema: buildApiSchema(),
    plugins: [ApolloServerPluginLandingPageDisabled(), queryLimitsPlugin(limits)],
    // The IDE needs the schema; Apollo would turn introspection off when NODE_ENV is production.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatApiError(log),
  });
  await apollo.start();

  const server = createServer((req, res) => {
    void (async () => {
      if (await serveStatic(req, res)) return;
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path === '/healthz') return healthz(store, res);
      if (path === GRAPHQL_PATH && wantsPage(req)) {
        const page = graphiqlPage(GRAPHQL_PATH);
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(page) });
        res.end(page);
        return;
      }
      if (path === GRAPHQL_PATH) return handleGraphQL(apollo, store, limits, req, res);
      sendJson(res, 404, { error: `Nothing at ${path}. The GraphQL endpoint is ${GRAPHQL_PATH}.` });
    })().catch((e: unknown) => {
      log(`request failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });

  const port = options.port ?? (env.PORT ? Number(env.PORT) : 4000);
  const host = options.host ?? env.HOST ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(); });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}${GRAPHQL_PATH}`,
    async close() {
      await new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); });
      await apollo.stop();
    },
  };
}
