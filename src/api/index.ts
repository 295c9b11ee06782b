export { GRAPHQL_PATH, serve, type RunningServer, type ServeOptions } from './http/server.js';
export { defaultLimits, limitEnv, resolveLimits, type ApiLimits } from './limits/config.js';
export { buildApiSchema } from './schema/build.js';
