import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveLimits } from '../src/api/index.js';
import { boardDecisions, FIXTURES, RS, startApi, type GraphQLResponse, type TestApi } from './api-harness.js';

/** No response may carry a stack trace, a statement or a store's own message. */
function expectNothingInternal(res: GraphQLResponse): void {
  expect(res.text).not.toMatch(/\bat .+\(.+:\d+:\d+\)|MATCH |RETURN |UNWIND |\.cypher|GRAFEO|stacktrace|Neo4j/i);
}

describe('limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi([FIXTURES], { maxDepth: 6, maxCost: 500, maxAliases: 3, maxBodyBytes: 2_000 });
  });
  afterAll(async () => { await api.close(); });

  it('refuses a query nested deeper than the depth limit', async () => {
    const ok = await api.query(`{ entity(id: "${RS}") { ... on Board { organization { name } } } }`);
    expect(ok.errors).toBeUndefined();
    api.store.reads.length = 0;
    const res = await api.query(`{ entity(id: "${RS}") { ... on Board { decisions { edges { node { body { organization { name } } } } } } } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 'BESLUTSGRAF_API_MAX_DEPTH', value: 7, max: 6 });
    expect(api.store.reads).toEqual([]);
  });

  it('refuses a query whose estimated cost is over the limit', async () => {
    const res = await api.query('{ search(text: "region", first: 50) { edges { node { ... on Board { decisions(first: 50) { totalCount } } } } } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 'BESLUTSGRAF_API_MAX_COST' });
    const cheap = await api.query('{ search(text: "region", first: 5) { edges { node { ... on Board { decisions(first: 5) { totalCount } } } } } }');
    expect(cheap.errors).toBeUndefined();
  });

  it('counts a page size given in a variable towards the cost', async () => {
    const res = await api.query('query($n: Int) { search(text: "region", first: $n) { edges { node { id name kind } } } }', { n: 100 });
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('refuses more aliases than allowed', async () => {
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: stats { nodes }`).join(' ');
    expect((await api.query(`{ ${fields(3)} }`)).errors).toBeUndefined();
    const res = await api.query(`{ ${fields(4)} }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', value: 4, max: 3 });
  });

  it('refuses a request body over the size limit with 413', async () => {
    const res = await api.post(JSON.stringify({ query: `{ stats { nodes } } # ${'x'.repeat(3_000)}` }));
    expect(res.status).toBe(413);
    expect(res.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a page larger than 100, naming the argument', async () => {
    const res = await api.query(`{ entity(id: "${RS}") { ... on Board { decisions(first: 101) { totalCount } } } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'decisions.first' });
    const root = await api.query('{ decisions(first: 101) { totalCount } }');
    expect(root.errors?.[0]?.message).toContain('"first"');
    expect(root.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor it did not give out', async () => {
    const res = await api.query('{ decisions(after: "not-a-cursor") { totalCount } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('introspection is not held to the depth limit, so the IDE can load the schema', async () => {
    const res = await api.query('{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.types.length).toBeGreaterThan(20);
  });

  it('takes its limits from the environment, and options over the environment', () => {
    const env = { BESLUTSGRAF_API_MAX_DEPTH: '7', BESLUTSGRAF_API_TIMEOUT_MS: '250' };
    expect(resolveLimits(env)).toMatchObject({ maxDepth: 7, timeoutMs: 250, maxPage: 100 });
    expect(resolveLimits(env, { maxDepth: 9 }).maxDepth).toBe(9);
    expect(() => resolveLimits({ BESLUTSGRAF_API_MAX_COST: 'lots' })).toThrow(/BESLUTSGRAF_API_MAX_COST/);
  });
});

describe('the per-query store time limit', () => {
  it('stops a store query that runs past it with QUERY_TIMEOUT, and answers it without the limit', async () => {
    const slow = await startApi([FIXTURES], { timeoutMs: 1 }, [boardDecisions(1_000)]);
    const generous = await startApi([FIXTURES], { timeoutMs: 30_000 }, [boardDecisions(1_000)]);
    try {
      const query = '{ decisions(filter: { text: "ärende nummer" }, first: 5) { totalCount } }';
      const res = await slow.query(query);
      expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
      expect(res.errors?.[0]?.message).toContain('BESLUTSGRAF_API_TIMEOUT_MS');
      expectNothingInternal(res);
      expect((await generous.query(query)).data?.decisions.totalCount).toBe(1_000);
    } finally {
      await slow.close();
      await generous.close();
    }
  });
});

describe('errors and health', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi([FIXTURES]); });
  afterAll(async () => { await api.close(); });

  it('answers /healthz with 200 while the store answers', async () => {
    const res = await fetch(api.url.replace('/graphql', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('gives parse and validation errors without internals, and has no mutations to write with', async () => {
    const parse = await api.query('{ entity(id: ');
    expect(parse.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const mutation = await api.query('mutation { entity(id: "x") { id } }');
    expect(mutation.errors?.length).toBeGreaterThan(0);
    const invalid = await api.query('{ entity { id } }');
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const res of [parse, mutation, invalid]) expectNothingInternal(res);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const res = await api.post('{ not json');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('serves the GraphQL IDE to a browser from the installed package, with nothing from the internet', async () => {
    const res = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/graphql');
    expect(html).toMatch(/GraphiQL/);
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|apollographql\.com|embeddable-sandbox/);
  });

  it('turns an unexpected store failure into INTERNAL_SERVER_ERROR, logged on the server and not sent', async () => {
    const logged: string[] = [];
    const own = await startApi([FIXTURES], { log: (m) => logged.push(m) });
    try {
      own.store.failReadsWith = new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n:Entity {id: $id}) RETURN n');
      const res = await own.query(`{ entity(id: "${RS}") { id } }`);
      expect(res.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expectNothingInternal(res);
      expect(logged.join('\n')).toContain('SyntaxError');
    } finally {
      await own.close();
    }
  });

  it('answers SERVICE_UNAVAILABLE and a 503 health check once the store cannot be reached', async () => {
    const own = await startApi([FIXTURES]);
    try {
      await own.store.close();
      const res = await own.query(`{ entity(id: "${RS}") { id } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expectNothingInternal(res);
      expect((await fetch(own.url.replace('/graphql', '/healthz'))).status).toBe(503);
    } finally {
      await own.close();
    }
  });
});
