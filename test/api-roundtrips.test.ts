import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardDecisions, FIXTURES, startApi, type TestApi } from './api-harness.js';

// Every decision of the board, each with its sources' documents, what it cites and that law's other
// citers, what extends it and what that extends, and its body's supervisors: six levels of
// relationships under many parents.
const nested = `{
  search(text: "regionstyrelsen", kinds: [Board]) { edges { node { ... on Board {
    decisions(first: 100) { edges { node {
      name sources { locator document { name } }
      cites { name ... on Provision { law { name citedBy { name } } } }
      extendedBy { name extends { name body { name } } }
      body { name supervisedBy { node { name } basis } }
    } } }
  } } } }
}`;

async function readsFor(api: TestApi, query: string): Promise<string[]> {
  api.store.reads.length = 0;
  const res = await api.query(query);
  expect(res.errors, res.text).toBeUndefined();
  return [...api.store.reads];
}

describe('store round trips per root field', () => {
  let small: TestApi;
  let large: TestApi;
  beforeAll(async () => {
    // The cost estimate would refuse these queries by default; what is measured here is round trips.
    small = await startApi([FIXTURES], { maxCost: 10_000_000 });
    large = await startApi([FIXTURES], { maxCost: 10_000_000 }, [boardDecisions(90)]);
  });
  afterAll(async () => { await small.close(); await large.close(); });

  it('a deeply nested query over many parents costs three statements, however many parents there are', async () => {
    const few = await readsFor(small, nested);
    const many = await readsFor(large, nested);
    expect(few).toEqual(['api-search', 'api-expand', 'api-entities']);
    expect(many).toEqual(few);
  });

  it('the nested answers come from that one read and are complete', async () => {
    const res = await large.query(nested);
    const board = res.data!.search.edges[0].node;
    expect(board.decisions.edges).toHaveLength(94);
    const rs39 = board.decisions.edges.map((e: { node: any }) => e.node).find((n: { name: string }) => n.name === 'Regionstyrelsen 2020-03-24 § 39');
    expect(rs39.cites[0].law).toEqual({ name: 'Kommunallagen', citedBy: [] });
    expect(rs39.extendedBy[0].extends[0].body).toEqual({ name: 'Regionstyrelsen' });
    expect(rs39.body.supervisedBy).toEqual([]);
    expect(rs39.sources[0].document.name).toBe('Föredragningslista Regionstyrelsen 2021-01-26');
  });

  it('each root field of one request reads on its own, with a fixed number of statements', async () => {
    const reads = await readsFor(large, `{
      a: lineage(id: "decision:region-jamtland-harjedalen/regionstyrelsen/2021/8") { nodes { name ... on Decision { body { name } } } }
      b: supervisionChain(id: "org:lanstrafiken-i-jamtlands-lan-ab") { to { name ... on Board { decisions(first: 3) { totalCount } } } }
      c: caseHistory(id: "case:region-jamtland-harjedalen/rs-839-2019") { decision { proposes { name } } body { name } }
      d: search(text: "RS/839/2019", kinds: [Case]) { edges { node { ... on Case { heldBy { name } } } } }
    }`);
    expect(reads.sort()).toEqual(['api-case-history', 'api-case-history', 'api-expand', 'api-expand', 'api-expand', 'api-lineage', 'api-search', 'api-supervision'].sort());
  });

  it('the documents behind lineage steps and chain links are read in one statement with the rest', async () => {
    const reads = await readsFor(large, `{
      lineage(id: "decision:region-jamtland-harjedalen/regionstyrelsen/2021/8") { steps { sources { quote document { name } } } }
    }`);
    expect(reads).toEqual(['api-lineage', 'api-entities']);
    const chain = await readsFor(large, '{ supervisionChain(id: "org:lanstrafiken-i-jamtlands-lan-ab") { sources { document { name } } } }');
    expect(chain).toEqual(['api-supervision', 'api-entities']);
  });

  it('nesting deeper than one expansion covers costs one more statement, not one per parent', async () => {
    const deep = `{ entity(id: "decision:region-jamtland-harjedalen/regionstyrelsen/2021/8") { ... on Decision {
      extends { extends { cites { ... on Provision { law { citedBy { name } provisions { law { name } } } } } } } } } }`;
    expect(await readsFor(large, deep)).toEqual(['api-entities', 'api-expand', 'api-expand']);
  });
});
