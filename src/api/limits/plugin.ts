import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from '../graphql.js';
import { type ApiLimits, limitEnv } from './config.js';
import { measureOperation } from './measure.js';

function refuse(code: string, message: string, limit: keyof ApiLimits, value: number, max: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit: limitEnv[limit], value, max, http: { status: 400 } } });
}

/**
 * Refuses, before anything is read, a query nested deeper, estimated costlier or with more
 * aliases than the limits allow. It runs once the variables are known, so `first: $n` counts.
 */
export function queryLimitsPlugin(limits: ApiLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
          const m = measureOperation(schema, operation, fragments, request.variables ?? {});
          if (m.depth > limits.maxDepth) {
            throw refuse('QUERY_TOO_DEEP', `The query is nested ${m.depth} fields deep; the limit is ${limits.maxDepth}.`, 'maxDepth', m.depth, limits.maxDepth);
          }
          if (m.aliases > limits.maxAliases) {
            throw refuse('TOO_MANY_ALIASES', `The query uses ${m.aliases} aliases; the limit is ${limits.maxAliases}.`, 'maxAliases', m.aliases, limits.maxAliases);
          }
          if (m.cost > limits.maxCost) {
            throw refuse('QUERY_TOO_COSTLY', `The query's estimated cost is ${m.cost}; the limit is ${limits.maxCost}. Ask for smaller pages (first) or fewer nested lists.`, 'maxCost', m.cost, limits.maxCost);
          }
        },
      };
    },
  };
}
