import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardDecisions, FIXTURES, RS, startApi, type TestApi } from './api-harness.js';

const HSN = 'board:region-jamtland-harjedalen/halso-och-sjukvardsnamnden';
const RS_39 = 'decision:region-jamtland-harjedalen/regionstyrelsen/2020/39';
const RS_134 = 'decision:region-jamtland-harjedalen/regionstyrelsen/2020/134';
const MOTION = 'motion:elin-hoffner/motion-om-langvarig-smarta';
const KL_6_1 = 'provision:sfs-2017-725/6/1';

let api: TestApi;
beforeAll(async () => { api = await startApi([FIXTURES], {}, [boardDecisions(25)]); });
afterAll(async () => { await api.close(); });

async function data(query: string, variables?: Record<string, unknown>) {
  const res = await api.query(query, variables);
  expect(res.errors, res.text).toBeUndefined();
  return res.data!;
}

describe('entity', () => {
  it('returns an entity with its relationships in both directions and its sources', async () => {
    const d = await data(`{ entity(id: "${RS_39}") { id kind name sources { locator document { name } }
      ... on Decision { date datePrecision paragraph title body { name } cites { id } extendedBy { id } } } }`);
    expect(d.entity).toMatchObject({
      id: RS_39, kind: 'Decision', date: '2020-03-24', datePrecision: 'day', paragraph: 39,
      body: { name: 'Regionstyrelsen' }, cites: [{ id: KL_6_1 }], extendedBy: [{ id: RS_134 }],
    });
    expect(d.entity.sources[0]).toEqual({ locator: 'Ärende 5', document: { name: 'Föredragningslista Regionstyrelsen 2021-01-26' } });
  });

  it('keeps a month-precise date as the month', async () => {
    const d = await data('{ entity(id: "decision:region-jamtland-harjedalen/regionfullmaktige/2021-02") { ... on Decision { date datePrecision } } }');
    expect(d.entity).toEqual({ date: '2021-02', datePrecision: 'month' });
  });

  it('gives relationship properties on relationship fields', async () => {
    const d = await data(`{ entity(id: "${RS}") { ... on Board { supervises { node { name } basis } delegatesTo { node { name } matters } } } }`);
    expect(d.entity.supervises.map((s: { node: { name: string } }) => s.node.name)).toEqual(['Hälso- och sjukvårdsnämnden', 'Länstrafiken i Jämtlands län AB']);
    expect(d.entity.supervises[0].basis).toBe('6 kap. 1 § kommunallagen (2017:725)');
    expect(d.entity.delegatesTo).toEqual([{ node: { name: 'Regiondirektör' }, matters: ['haveripotten'] }]);
  });

  it('answers null for an unknown id', async () => {
    expect((await data('{ entity(id: "board:no-such-board") { id } }')).entity).toBeNull();
  });
});

describe('a board\'s decisions', () => {
  it('pages through all of them in date order with stable cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const d = await data(`query($after: String) { entity(id: "${RS}") { ... on Board { decisions(first: 10, after: $after) {
        totalCount edges { cursor node { id date } } pageInfo { hasNextPage endCursor } } } } }`, { after });
      const conn = d.entity.decisions;
      expect(conn.totalCount).toBe(29);
      seen.push(...conn.edges.map((e: { node: { id: string } }) => e.node.id));
      pages++;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(29);
    expect(seen.slice(-4)).toEqual([RS_39, RS_134, 'decision:region-jamtland-harjedalen/regionstyrelsen/2021/7', 'decision:region-jamtland-harjedalen/regionstyrelsen/2021/8']);
  });

  it('narrows a board\'s decisions to a date range', async () => {
    const d = await data(`{ entity(id: "${RS}") { ... on Board { decisions(from: "2020", to: "2020-12") { totalCount edges { node { id } } } } } }`);
    expect(d.entity.decisions.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([RS_39, RS_134]);
  });
});

describe('search', () => {
  const names = async (text: string, extra = '') =>
    (await data(`{ search(text: ${JSON.stringify(text)}${extra}) { totalCount edges { node { name kind } } } }`)).search.edges.map((e: { node: { name: string } }) => e.node.name);

  it('finds Regionstyrelsen from its genitive form, first', async () => {
    expect((await names('regionstyrelsens'))[0]).toBe('Regionstyrelsen');
  });

  it('finds Hälso- och sjukvårdsnämnden from an accent-free, inflected form', async () => {
    expect((await names('Halso- och sjukvardsnamndens'))[0]).toBe('Hälso- och sjukvårdsnämnden');
    expect((await names('sjukvardsnamnden'))[0]).toBe('Hälso- och sjukvårdsnämnden');
  });

  it('finds a body by its abbreviation, exact matches first', async () => {
    expect((await names('HSN'))[0]).toBe('Hälso- och sjukvårdsnämnden');
  });

  it('narrows to the kinds asked for', async () => {
    const found = await data('{ search(text: "regionstyrelsen", kinds: [Decision]) { edges { node { kind } } } }');
    expect(found.search.edges.length).toBeGreaterThan(0);
    expect(new Set(found.search.edges.map((e: { node: { kind: string } }) => e.node.kind))).toEqual(new Set(['Decision']));
  });

  it('refuses text without a word', async () => {
    const res = await api.query('{ search(text: "  ") { totalCount } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
  });
});

describe('decisions', () => {
  it('filters by body name, date range and words', async () => {
    const d = await data('{ decisions(filter: { body: "Regionstyrelsen", from: "2020-06", to: "2021", text: "förlängning" }) { totalCount edges { node { id } } } }');
    expect(d.decisions.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([RS_134, 'decision:region-jamtland-harjedalen/regionstyrelsen/2021/8']);
  });

  it('matches words of a decision\'s outcome without their accents', async () => {
    const d = await data('{ decisions(filter: { text: "foreslar motionen besvarad" }) { edges { node { paragraph } } } }');
    expect(d.decisions.edges).toEqual([{ node: { paragraph: 130 } }]);
  });

  it('filters by body id and paragraph, and by what a decision cites', async () => {
    const byParagraph = await data(`{ decisions(filter: { body: "${RS}", paragraph: 39 }) { edges { node { id } } } }`);
    expect(byParagraph.decisions.edges).toEqual([{ node: { id: RS_39 } }]);
    const citing = await data(`{ decisions(filter: { cites: "${KL_6_1}" }) { totalCount edges { node { id } } } }`);
    expect(citing.decisions).toEqual({ totalCount: 1, edges: [{ node: { id: RS_39 } }] });
  });

  it('refuses a malformed date, naming the argument', async () => {
    const res = await api.query('{ decisions(filter: { from: "24 mars 2020" }) { totalCount } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.from' });
    expect(res.errors?.[0]?.message).toContain('filter.from');
  });
});

describe('lineage', () => {
  const steps = async (id: string, direction: string) =>
    (await data(`{ lineage(id: "${id}", direction: ${direction}) { root { id } nodes { id } steps { from { id } to { id } relation depth } } }`)).lineage;

  it('walks upstream to what a decision rests on', async () => {
    const l = await steps('decision:region-jamtland-harjedalen/regionstyrelsen/2021/8', 'UPSTREAM');
    expect(l.steps).toEqual([
      { from: { id: 'decision:region-jamtland-harjedalen/regionstyrelsen/2021/8' }, to: { id: RS_134 }, relation: 'EXTENDS', depth: 1 },
      { from: { id: RS_134 }, to: { id: RS_39 }, relation: 'EXTENDS', depth: 2 },
      { from: { id: RS_39 }, to: { id: KL_6_1 }, relation: 'CITES', depth: 3 },
    ]);
  });

  it('walks downstream from a motion through the proposals to the assembly', async () => {
    const l = await steps('decision:region-jamtland-harjedalen/halso-och-sjukvardsnamnden/2020/130', 'DOWNSTREAM');
    expect(l.steps.map((s: { relation: string; depth: number }) => `${s.relation}@${s.depth}`)).toEqual(['PROPOSES@1', 'PROPOSES@2']);
    expect(l.nodes.map((n: { id: string }) => n.id)).toContain('decision:region-jamtland-harjedalen/regionfullmaktige/2021-02');
  });

  it('walks upstream from the assembly decision to the proposals and the motion it answers', async () => {
    const l = await steps('decision:region-jamtland-harjedalen/regionfullmaktige/2021-02', 'UPSTREAM');
    expect(l.steps.map((s: { relation: string; from: { id: string } }) => s.relation).sort()).toEqual(['ANSWERS', 'PROPOSES', 'PROPOSES']);
    expect(l.nodes.map((n: { id: string }) => n.id)).toContain(MOTION);
  });

  it('is null for an unknown id and refuses a depth out of range', async () => {
    expect((await data('{ lineage(id: "decision:none") { root { id } } }')).lineage).toBeNull();
    const res = await api.query(`{ lineage(id: "${RS_39}", maxDepth: 50) { root { id } } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxDepth' });
  });
});

describe('supervision and delegation chains', () => {
  it('climbs from a company to the top of its hierarchy, in order, with legal bases', async () => {
    const d = await data('{ supervisionChain(id: "org:lanstrafiken-i-jamtlands-lan-ab") { from { name } to { name } relation basis depth } }');
    expect(d.supervisionChain.map((l: { from: { name: string }; to: { name: string }; relation: string }) => `${l.from.name} -${l.relation}-> ${l.to.name}`)).toEqual([
      'Länstrafiken i Jämtlands län AB -SUPERVISES-> Regionstyrelsen',
      'Regionstyrelsen -ACCOUNTABLE_TO-> Regionfullmäktige',
      'Regionfullmäktige -PART_OF-> Region Jämtland Härjedalen',
    ]);
    expect(d.supervisionChain[0].basis).toBe('6 kap. 1 § kommunallagen (2017:725)');
  });

  it('goes down from a committee to the office it delegates to and that office\'s substitute', async () => {
    const d = await data(`{ delegationChain(id: "${HSN}") { from { name } to { name } relation matters when depth } }`);
    expect(d.delegationChain).toEqual([
      { from: { name: 'Hälso- och sjukvårdsnämnden' }, to: { name: 'Regiondirektör' }, relation: 'DELEGATES_TO', matters: ['brådskande ärenden', 'avtal'], when: null, depth: 1 },
      { from: { name: 'Regiondirektör' }, to: { name: 'Hälso- och sjukvårdsdirektör' }, relation: 'SUBSTITUTED_BY', matters: [], when: 'i brådskande ärenden', depth: 2 },
    ]);
  });

  it('are empty for an unknown id', async () => {
    expect(await data('{ supervisionChain(id: "x:y") { depth } delegationChain(id: "x:y") { depth } }')).toEqual({ supervisionChain: [], delegationChain: [] });
  });
});

describe('path', () => {
  it('finds the shortest connection between two entities', async () => {
    const d = await data(`{ path(from: "${RS_134}", to: "${KL_6_1}") { nodes { id } steps { from { id } to { id } relation depth } } }`);
    expect(d.path.nodes.map((n: { id: string }) => n.id)).toEqual([RS_134, RS_39, KL_6_1]);
    expect(d.path.steps.map((s: { relation: string }) => s.relation)).toEqual(['EXTENDS', 'CITES']);
  });

  it('is null when no connection is short enough, or an end is unknown', async () => {
    expect((await data(`{ path(from: "${RS_134}", to: "${KL_6_1}", maxHops: 1) { nodes { id } } }`)).path).toBeNull();
    expect((await data(`{ path(from: "${RS_134}", to: "case:none") { nodes { id } } }`)).path).toBeNull();
  });
});

describe('case history', () => {
  it('lists every body\'s handling of a case in date order and who holds it now', async () => {
    const d = await data(`{ caseHistory(id: "case:region-jamtland-harjedalen/rs-839-2019") { body { abbreviation } date role deciding }
      entity(id: "case:region-jamtland-harjedalen/rs-839-2019") { ... on Case { heldBy { name } } } }`);
    expect(d.caseHistory).toEqual([
      { body: { abbreviation: 'HSN' }, date: '2020-12-17', role: 'PROPOSES', deciding: false },
      { body: { abbreviation: 'RS' }, date: '2021-01-26', role: 'PROPOSES', deciding: false },
      { body: { abbreviation: 'RF' }, date: '2021-02', role: 'DECIDES', deciding: false },
    ]);
    expect(d.entity.heldBy).toEqual({ name: 'Regionfullmäktige' });
  });

  it('starts from a motion as well as from a case', async () => {
    const d = await data(`{ caseHistory(id: "${MOTION}") { decision { id } role } }`);
    expect(d.caseHistory.map((s: { role: string }) => s.role)).toEqual(['PROPOSES', 'PROPOSES', 'DECIDES']);
  });
});

describe('stats', () => {
  it('counts entities by kind and relationships by type, zeros included', async () => {
    const d = await data('{ stats { nodes relationships byKind { kind count } byRelationship { type count } } }');
    const kinds = Object.fromEntries(d.stats.byKind.map((k: { kind: string; count: number }) => [k.kind, k.count]));
    expect(kinds).toMatchObject({ Board: 3, Decision: 31, Audit: 0 });
    expect(d.stats.nodes).toBe(d.stats.byKind.reduce((s: number, k: { count: number }) => s + k.count, 0));
    expect(d.stats.byRelationship.find((r: { type: string }) => r.type === 'SUPERVISES').count).toBe(2);
  });
});

describe('lineage around a much-cited provision', () => {
  // 300 decisions cite one provision and each extends the one before: walking all paths through
  // the provision would meet hundreds of thousands of them; the walk must stay proportional to
  // the relationships it meets.
  const count = 300;
  const id = (i: number) => `decision:region-jamtland-harjedalen/regionstyrelsen/2018/${i}`;
  const input = {
    name: 'much-cited.yaml',
    data: {
      version: 1,
      sources: [{ document: 'document:region-jamtland-harjedalen/regionstyrelsen/2021-01-26/agenda', locator: 'Bilaga' }],
      nodes: Array.from({ length: count }, (_, i) => ({ kind: 'Decision', body: RS, date: '2018-06-12', paragraph: i + 1 })),
      relationships: Array.from({ length: count }, (_, i) => [
        { type: 'CITES', from: id(i + 1), to: KL_6_1 },
        ...(i > 0 ? [{ type: 'EXTENDS', from: id(i + 1), to: id(i) }] : []),
      ]).flat(),
    },
  };
  let dense: TestApi;
  beforeAll(async () => { dense = await startApi([FIXTURES], {}, [input]); });
  afterAll(async () => { await dense.close(); });

  it('walks downstream from the provision to every citing decision and their extensions, each relationship once', async () => {
    const res = await dense.query(`{ lineage(id: "${KL_6_1}", direction: DOWNSTREAM, maxDepth: 10) { nodes { id } steps { relation depth } } }`);
    expect(res.errors, res.text).toBeUndefined();
    const steps = res.data!.lineage.steps as Array<{ relation: string; depth: number }>;
    // The fixtures add RS § 39 citing the provision, extended by § 134, extended by 2021 § 8.
    expect(steps.filter((s) => s.relation === 'CITES')).toHaveLength(count + 1);
    expect(steps.filter((s) => s.relation === 'EXTENDS' && s.depth === 2)).toHaveLength((count - 1) + 1);
    expect(steps.filter((s) => s.relation === 'EXTENDS' && s.depth === 3)).toHaveLength(1);
    expect(res.data!.lineage.nodes).toHaveLength(1 + count + 3);
  });
});
