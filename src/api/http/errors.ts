import type { GraphQLFormattedError } from '../graphql.js';

/** Codes whose messages are written for clients and safe to pass on as they are. */
const clientCodes = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
  'SERVICE_UNAVAILABLE', 'QUERY_TIMEOUT', 'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'TOO_MANY_ALIASES', 'PAYLOAD_TOO_LARGE',
]);

/** Extension keys a client may see; anything else (stack traces, driver details) stays on the server. */
const clientExtensions = ['code', 'argument', 'limit', 'value', 'max'];

/**
 * Apollo's `formatError`: client errors keep their message, code and the keys that help fix the
 * request; anything unexpected becomes a bare INTERNAL_SERVER_ERROR, so no stack trace, statement
 * or store message reaches a response. The original is logged.
 */
export function formatApiError(log: (message: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const where = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
    if (typeof code === 'string' && clientCodes.has(code)) {
      const extensions = Object.fromEntries(clientExtensions.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [k, formatted.extensions![k]]));
      return { message: formatted.message, ...where, extensions };
    }
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    log(`internal error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
    return { message: 'Internal server error', ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
