import { GraphQLError } from '../graphql.js';
import type { Params, Row } from '../../store/types.js';
import { type GraphStore, StoreTimeoutError, StoreUnavailableError } from '../../store/types.js';

/** Error codes of the API besides graphql-js and Apollo's own. */
export const ErrorCode = {
  badInput: 'BAD_USER_INPUT',
  unavailable: 'SERVICE_UNAVAILABLE',
  timeout: 'QUERY_TIMEOUT',
} as const;

/**
 * The API's only way to the store: read-only statements from `cypher/api-*.cypher`, each with the
 * per-query time limit, and store failures turned into errors a client can act on.
 */
export class StoreReader {
  constructor(private readonly store: GraphStore, private readonly timeoutMs: number) {}

  async read(statement: `api-${string}`, params: Params): Promise<Row[]> {
    try {
      return await this.store.read({ statement, params }, { timeoutMs: this.timeoutMs });
    } catch (e) {
      if (e instanceof StoreTimeoutError) {
        throw new GraphQLError(`The query took longer than the ${this.timeoutMs} ms the server allows for one store query (BESLUTSGRAF_API_TIMEOUT_MS). Ask for less, or narrow it.`,
          { extensions: { code: ErrorCode.timeout } });
      }
      if (e instanceof StoreUnavailableError) {
        throw new GraphQLError('The graph store is unavailable. Try again later.', { extensions: { code: ErrorCode.unavailable } });
      }
      throw e;
    }
  }
}
