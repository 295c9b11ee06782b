/** The API's limits. Each can be set by an option of `serve()` or by its environment variable. */
export interface ApiLimits {
  /** Deepest nesting of fields in one query (introspection not counted). */
  maxDepth: number;
  /** Highest estimated cost of one query (see docs/api.md for the estimate). */
  maxCost: number;
  /** Most aliased fields in one query. */
  maxAliases: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Longest one store query may run, in milliseconds. */
  timeoutMs: number;
  /** Largest page a `first` argument may ask for. */
  maxPage: number;
}

export const defaultLimits: ApiLimits = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 30,
  maxBodyBytes: 100_000,
  timeoutMs: 10_000,
  maxPage: 100,
};

export const limitEnv: Record<keyof ApiLimits, string> = {
  maxDepth: 'BESLUTSGRAF_API_MAX_DEPTH',
  maxCost: 'BESLUTSGRAF_API_MAX_COST',
  maxAliases: 'BESLUTSGRAF_API_MAX_ALIASES',
  maxBodyBytes: 'BESLUTSGRAF_API_MAX_BODY_BYTES',
  timeoutMs: 'BESLUTSGRAF_API_TIMEOUT_MS',
  maxPage: 'BESLUTSGRAF_API_MAX_PAGE',
};

/** Defaults, then the environment, then explicit options; a malformed variable is an error, not ignored. */
export function resolveLimits(env: NodeJS.ProcessEnv = process.env, options: Partial<ApiLimits> = {}): ApiLimits {
  const out = { ...defaultLimits };
  for (const key of Object.keys(limitEnv) as Array<keyof ApiLimits>) {
    const raw = env[limitEnv[key]];
    if (raw !== undefined && raw !== '') {
      const n = Number(raw);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${limitEnv[key]} must be a positive whole number, not "${raw}"`);
      out[key] = n;
    }
    const given = options[key];
    if (given !== undefined) out[key] = given;
  }
  return out;
}
