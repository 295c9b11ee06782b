import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphStats } from '../src/store/index.js';
import { startApi, type TestApi } from './api-harness.js';

// The chains DOMAIN.md says users follow, asked of the bundled dataset (import/) through HTTP.
const RJH = 'region-jamtland-harjedalen';
const board = (slug: string) => `board:${RJH}/${slug}`;
const decision = (rest: string) => `decision:${RJH}/${rest}`;
const PAIN_MOTION = 'motion:elin-hoffner/motion-om-langvarig-smarta';
const SIGNING_MOTION = 'motion:jenny-sellsve/motion-om-digital-signering';

let api: TestApi;
beforeAll(async () => { api = await startApi(['import']); });
afterAll(async () => { await api.close(); });

async function data(query: string) {
  const res = await api.query(query);
  expect(res.errors, res.text).toBeUndefined();
  return res.data!;
}

type Step = { from: { id: string }; to: { id: string; name: string }; relation: string; depth: number };
const described = (steps: Step[]) => steps.map((s) => `${s.from.id} ${s.relation} ${s.to.id}`);
const lineageSteps = async (id: string, direction: string) =>
  (await data(`{ lineage(id: "${id}", direction: ${direction}, maxDepth: 6) { steps { from { id } to { id name } relation depth } } }`)).lineage.steps as Step[];

describe('lineage in the bundled dataset', () => {
  it('follows Elin Hoffner\'s motion on long-term pain through HSN § 130 and Regionstyrelsen to Regionfullmäktige', async () => {
    const steps = await lineageSteps(PAIN_MOTION, 'DOWNSTREAM');
    const rsDecision = decision('regionstyrelsen/2021-01-26/motion-om-langvarig-smarta');
    expect(described(steps)).toEqual([
      `${decision('halso-och-sjukvardsnamnden/2020/130')} ANSWERS ${PAIN_MOTION}`,
      `${decision('halso-och-sjukvardsnamnden/2020/130')} PROPOSES ${rsDecision}`,
      `${rsDecision} PROPOSES ${board('regionfullmaktige')}`,
    ]);
    expect(steps.map((s) => s.depth)).toEqual([1, 2, 3]);
  });

  it('follows RS 2020-03-24 § 39 to its extension § 134 and the proposed extension to 2021-08-31', async () => {
    const steps = await lineageSteps(decision('regionstyrelsen/2020/39'), 'DOWNSTREAM');
    expect(described(steps)).toEqual([
      `${decision('regionstyrelsen/2020/134')} EXTENDS ${decision('regionstyrelsen/2020/39')}`,
      `${decision('regionstyrelsen/2021-01-26/forlangning-av-delegationen-for-pandemiinvesteringar')} EXTENDS ${decision('regionstyrelsen/2020/134')}`,
    ]);
  });

  it('traces the presidium\'s 2021 proposal back to the granted motion on digital signing', async () => {
    const steps = await lineageSteps(decision('fullmaktiges-presidium/2021/5'), 'UPSTREAM');
    expect(described(steps)).toEqual([
      `${decision('fullmaktiges-presidium/2021/5')} CITES ${decision('regionfullmaktige/2019/100')}`,
      `${decision('regionfullmaktige/2019/100')} ANSWERS ${SIGNING_MOTION}`,
    ]);
  });

  it('finds RUN 2020-12-15 §§ 213–216, each proposing a decision to Regionfullmäktige', async () => {
    const d = await data(`{ decisions(filter: { body: "Regionala utvecklingsnämnden", from: "2020-12-15", to: "2020-12-15" }) {
      totalCount edges { node { paragraph proposes { name } } } } }`);
    expect(d.decisions.totalCount).toBe(4);
    expect(d.decisions.edges.map((e: { node: { paragraph: number } }) => e.node.paragraph)).toEqual([213, 214, 215, 216]);
    for (const e of d.decisions.edges) expect(e.node.proposes).toEqual([{ name: 'Regionfullmäktige' }]);
  });
});

describe('supervision and delegation in the bundled dataset', () => {
  it('climbs from HSN to Regionstyrelsen (6 kap. 1 § KL) and on to Regionfullmäktige', async () => {
    const d = await data(`{ supervisionChain(id: "${board('halso-och-sjukvardsnamnden')}") { from { id } to { id } relation basis } }`);
    expect(d.supervisionChain.slice(0, 2)).toEqual([
      { from: { id: board('halso-och-sjukvardsnamnden') }, to: { id: board('regionstyrelsen') }, relation: 'SUPERVISES', basis: '6 kap. 1 § kommunallagen (2017:725)' },
      { from: { id: board('regionstyrelsen') }, to: { id: board('regionfullmaktige') }, relation: 'ACCOUNTABLE_TO', basis: null },
    ]);
  });

  it('has Regionstyrelsen supervise the committees and companies, and the auditors audit the boards', async () => {
    const d = await data(`{ rs: entity(id: "${board('regionstyrelsen')}") { ... on Board { supervises { node { name } } } }
      auditors: search(text: "revisorer", kinds: [Board], first: 1) { edges { node { ... on Board { audits { node { name } } } } } } }`);
    const supervised = d.rs.supervises.map((s: { node: { name: string } }) => s.node.name);
    expect(supervised).toEqual(expect.arrayContaining([
      'Hälso- och sjukvårdsnämnden', 'Regionala utvecklingsnämnden', 'Krisledningsnämnden', 'Patientnämnden',
      'Länstrafiken i Jämtlands län AB', 'Landstingsbostäder AB',
    ]));
    const audited = d.auditors.edges[0].node.audits.map((a: { node: { name: string } }) => a.node.name);
    expect(audited).toEqual(expect.arrayContaining(['Regionstyrelsen', 'Hälso- och sjukvårdsnämnden']));
  });

  it('goes down from HSN to the regiondirektör, replaced in urgent matters by the hälso- och sjukvårdsdirektör', async () => {
    const d = await data(`{ delegationChain(id: "${board('halso-och-sjukvardsnamnden')}") { from { name } to { name } relation when depth } }`);
    const links = d.delegationChain.map((l: { from: { name: string }; to: { name: string }; relation: string }) => `${l.from.name} ${l.relation} ${l.to.name}`);
    expect(links).toContain('Hälso- och sjukvårdsnämnden DELEGATES_TO Regiondirektör');
    expect(links).toContain('Regiondirektör SUBSTITUTED_BY Hälso- och sjukvårdsdirektör');
    const substitute = d.delegationChain.find((l: { relation: string }) => l.relation === 'SUBSTITUTED_BY');
    expect(substitute.depth).toBe(2);
    expect(substitute.when).toMatch(/[Bb]rådskande/);
  });

  it('shows Regionstyrelsen delegating the emergency investments (haveripotten) to the regiondirektör', async () => {
    const d = await data(`{ delegationChain(id: "${board('regionstyrelsen')}") { to { name } relation matters } }`);
    const toDirector = d.delegationChain.find((l: { to: { name: string }; relation: string }) => l.relation === 'DELEGATES_TO' && l.to.name === 'Regiondirektör');
    expect(toDirector.matters.join(' ')).toMatch(/haveripotten/);
  });
});

describe('references in the bundled dataset', () => {
  it('links an agreement to the decision that cites it and to its parties', async () => {
    const d = await data(`{ search(text: "nationell testning covid-19 2020", kinds: [Agreement], first: 1) { edges { node { name
      ... on Agreement { citedBy { name } parties { from { name } } } } } } }`);
    const agreement = d.search.edges[0].node;
    expect(agreement.citedBy.map((c: { name: string }) => c.name)).toContain('Hälso- och sjukvårdsnämndens ordförande 2020-07-31');
    expect(agreement.parties.map((p: { from: { name: string } }) => p.from.name)).toEqual(['Regeringen', 'Sveriges Kommuner och Regioner']);
  });

  it('gives the agreement that funds Rehabiliteringsgarantin and Jämtland\'s yearly participation', async () => {
    const d = await data(`{ programme: entity(id: "programme:rehabiliteringsgarantin") { ... on Programme { agreements { from { name } } } }
      county: entity(id: "county:23") { ... on County { programmes { to { name } year } } } }`);
    expect(d.programme.agreements.length).toBeGreaterThan(0);
    expect(d.county.programmes).toEqual([2009, 2010, 2011].map((year) => ({ to: { name: 'Rehabiliteringsgarantin' }, year })));
  });
});

describe('search, path, case history and stats on the bundled dataset', () => {
  it('finds Regionstyrelsen first from "regionstyrelsens"', async () => {
    const d = await data('{ search(text: "regionstyrelsens", first: 1) { edges { node { id } } } }');
    expect(d.search.edges[0].node.id).toBe(board('regionstyrelsen'));
  });

  it('connects Elin Hoffner to Regionfullmäktige through her motion', async () => {
    const d = await data(`{ path(from: "person:elin-hoffner", to: "${board('regionfullmaktige')}") { nodes { name } steps { relation } } }`);
    expect(d.path).toEqual({
      nodes: [{ name: 'Elin Hoffner' }, { name: 'Motion om långvarig smärta' }, { name: 'Regionfullmäktige' }],
      steps: [{ relation: 'AUTHORED' }, { relation: 'SUBMITTED_TO' }],
    });
  });

  it('shows the motion on long-term pain proposed by HSN, then by Regionstyrelsen, not yet decided', async () => {
    const d = await data(`{ caseHistory(id: "${PAIN_MOTION}") { body { abbreviation } role deciding } }`);
    expect(d.caseHistory).toEqual([
      { body: { abbreviation: 'HSN' }, role: 'PROPOSES', deciding: false },
      { body: { abbreviation: 'RS' }, role: 'PROPOSES', deciding: false },
    ]);
  });

  it('counts what `beslutsgraf stats` counts', async () => {
    const d = await data('{ stats { byKind { kind count } byRelationship { type count } } }');
    const expected = await graphStats(api.store);
    expect(Object.fromEntries(d.stats.byKind.map((k: { kind: string; count: number }) => [k.kind, k.count]))).toEqual(expected.nodes);
    expect(Object.fromEntries(d.stats.byRelationship.map((r: { type: string; count: number }) => [r.type, r.count]))).toEqual(expected.relationships);
  });
});
