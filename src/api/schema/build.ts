import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from '../graphql.js';
import { chainObjectResolvers, chainResolvers } from '../resolvers/chains.js';
import { entityResolvers } from '../resolvers/entity.js';
import { rootResolvers } from '../resolvers/root.js';
import { readSdlFiles } from './files.js';

/** The executable schema: the SDL files of graphql/ with the resolvers of src/api/resolvers. */
export function buildApiSchema(): GraphQLSchema {
  const resolvers = entityResolvers() as Record<string, Record<string, unknown>>;
  for (const [type, fields] of Object.entries(chainObjectResolvers)) resolvers[type] = { ...resolvers[type], ...fields };
  resolvers.Query = { ...rootResolvers, ...chainResolvers };
  return makeExecutableSchema({ typeDefs: readSdlFiles(), resolvers, resolverValidationOptions: { requireResolversToMatchSchema: 'error' } });
}
