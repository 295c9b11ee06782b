import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, RS, startApi, type TestApi } from './api-harness.js';

const KL_6_1 = 'provision:sfs-2017-725/6/1';
const OTHER = 'decision:region-jamtland-harjedalen/regionstyrelsen/2019/900';

/** Another decision citing the same provision as RS 2020-03-24 § 39, with no lineage of its own to it. */
const alsoCitesKl = {
  name: 'also-cites.yaml',
  data: {
    version: 1,
    sources: [{ document: 'document:region-jamtland-harjedalen/regionstyrelsen/2021-01-26/agenda', locator: 'Bilaga' }],
    nodes: [{ kind: 'Decision', ref: 'other', body: RS, date: '2019-12-15', paragraph: 900, title: 'Ägardirektiv' }],
    relationships: [{ type: 'CITES', from: 'other', to: KL_6_1 }],
  },
};

let api: TestApi;
beforeAll(async () => { api = await startApi([FIXTURES], {}, [alsoCitesKl]); });
afterAll(async () => { await api.close(); });

describe('lineage', () => {
  it('shows a cited law but does not walk through it to the other decisions that cite it', async () => {
    const res = await api.query('{ lineage(id: "decision:region-jamtland-harjedalen/regionstyrelsen/2021/8", direction: BOTH, maxDepth: 10) { nodes { id } } }');
    expect(res.errors, res.text).toBeUndefined();
    const ids = (res.data!.lineage as { nodes: Array<{ id: string }> }).nodes.map((n) => n.id);
    expect(ids).toContain(KL_6_1);
    expect(ids).not.toContain(OTHER);
  });

  it('walks down from a law to the decisions that cite it when the law is the root', async () => {
    const res = await api.query(`{ lineage(id: "${KL_6_1}", direction: DOWNSTREAM, maxDepth: 1) { nodes { id } } }`);
    const ids = (res.data!.lineage as { nodes: Array<{ id: string }> }).nodes.map((n) => n.id);
    expect(ids).toContain(OTHER);
  });
});
