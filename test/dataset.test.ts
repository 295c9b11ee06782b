import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importPaths, type ImportSummary } from '../src/import/index.js';
import { decodeSource } from '../src/model/index.js';
import type { EmbeddedStore, Row } from '../src/store/index.js';
import { freshStore, snapshot } from './support/store.js';

/**
 * The curated dataset in import/: it imports, re-imports without change, holds every body and
 * decision DOMAIN.md lists, and answers DOMAIN.md's "Chains users follow" in Cypher.
 */

const RJH = 'region-jamtland-harjedalen';
const board = (name: string) => `board:${RJH}/${name}`;
const decision = (body: string, year: number, paragraph: number) => `decision:${RJH}/${body}/${year}/${paragraph}`;
const undated = (body: string, date: string) => `decision:${RJH}/${body}/${date}`;

const RF = board('regionfullmaktige');
const RS = board('regionstyrelsen');
const HSN = board('halso-och-sjukvardsnamnden');
const RUN = board('regionala-utvecklingsnamnden');

const REFERENCE_DOC = 'document:sveriges-kommuner-och-regioner';

/** Node counts by kind. Update together with docs/dataset.md when the dataset grows. */
const expectedKinds: Record<string, number> = {
  Agreement: 14,
  Audit: 3,
  Board: 24,
  Case: 6,
  County: 21,
  Decision: 47,
  Document: 9,
  Law: 17,
  Meeting: 30,
  Motion: 7,
  Municipality: 290,
  Office: 8,
  Organization: 67,
  Party: 3,
  Person: 9,
  Programme: 22,
  Provision: 10,
  Region: 21,
};

/** Every deciding body DOMAIN.md names. */
const domainBodies = [
  RF, RS, HSN, RUN,
  board('krisledningsnamnden'),
  board('patientnamnden'),
  board('fullmaktiges-presidium'),
  board('regionens-revisorer'),
  board('regionala-utvecklingsnamndens-utskott-for-kollektivtrafik'),
  board('halso-och-sjukvardsnamndens-ordforande'),
  board('svom'),
  board('ledningsgruppen-for-myndighetssamverkan'),
  'board:sosam/sosam',
  'board:norrlandstingens-regionforbund/norrlandstingens-regionforbund',
  'board:vardsamverkan-skane/central-samverkan',
  'board:vardsamverkan-skane/central-tjanstemannaberedning',
  'board:vardsamverkan-skane/delregion-mellersta',
  'board:vardsamverkan-skane/delregion-nordost',
  'board:landstingsbostader-ab/landstingsbostader-ab-s-styrelse',
  'board:jamtlands-lans-landsting/landstingsfullmaktige',
];

/** Every decision DOMAIN.md lists, in its order ("More decisions cited" and the chains). */
const domainDecisions = [
  // RS
  undated('regionstyrelsen', '2016-03'),
  decision('regionstyrelsen', 2017, 11),
  decision('regionstyrelsen', 2019, 114),
  decision('regionstyrelsen', 2020, 9),
  decision('regionstyrelsen', 2020, 39),
  undated('regionstyrelsen', '2020-04-29'),
  decision('regionstyrelsen', 2020, 123),
  decision('regionstyrelsen', 2020, 134),
  undated('regionstyrelsen', '2020-09-30'),
  decision('regionstyrelsen', 2020, 184),
  `${undated('regionstyrelsen', '2021-01-26')}/motion-om-langvarig-smarta`,
  `${undated('regionstyrelsen', '2021-01-26')}/forlangning-av-delegationen-for-pandemiinvesteringar`,
  // RF and the former landstingsfullmäktige
  'decision:jamtlands-lans-landsting/landstingsfullmaktige/1986/147',
  'decision:jamtlands-lans-landsting/landstingsfullmaktige/1997',
  decision('regionfullmaktige', 2015, 40),
  decision('regionfullmaktige', 2019, 21),
  decision('regionfullmaktige', 2019, 22),
  decision('regionfullmaktige', 2019, 113),
  decision('regionfullmaktige', 2019, 100),
  decision('regionfullmaktige', 2019, 132),
  decision('regionfullmaktige', 2020, 74),
  // HSN and its chair
  decision('halso-och-sjukvardsnamnden', 2019, 6),
  decision('halso-och-sjukvardsnamnden', 2019, 8),
  decision('halso-och-sjukvardsnamnden', 2019, 20),
  decision('halso-och-sjukvardsnamnden', 2019, 32),
  decision('halso-och-sjukvardsnamnden', 2020, 130),
  undated('halso-och-sjukvardsnamndens-ordforande', '2019-12-20'),
  undated('halso-och-sjukvardsnamndens-ordforande', '2020-07-31'),
  // RUN
  decision('regionala-utvecklingsnamnden', 2018, 189),
  decision('regionala-utvecklingsnamnden', 2019, 114),
  decision('regionala-utvecklingsnamnden', 2019, 193),
  decision('regionala-utvecklingsnamnden', 2020, 57),
  decision('regionala-utvecklingsnamnden', 2020, 120),
  decision('regionala-utvecklingsnamnden', 2020, 133),
  decision('regionala-utvecklingsnamnden', 2020, 213),
  decision('regionala-utvecklingsnamnden', 2020, 214),
  decision('regionala-utvecklingsnamnden', 2020, 215),
  decision('regionala-utvecklingsnamnden', 2020, 216),
  // Fullmäktiges presidium
  decision('fullmaktiges-presidium', 2021, 2),
  decision('fullmaktiges-presidium', 2021, 5),
  // Joint bodies
  undated('svom', '2018-06-01'),
  decision('svom', 2019, 14),
  undated('svom', '2019-03-15'),
  'decision:sosam/sosam/2020-10-09',
  'decision:norrlandstingens-regionforbund/norrlandstingens-regionforbund/2017/72',
  'decision:landstingsbostader-ab/landstingsbostader-ab-s-styrelse/2020-12-10',
];

let store: EmbeddedStore;
let first: ImportSummary;

async function run(statement: string, params: Record<string, unknown>): Promise<Row[]> {
  return store.read({ statement, params });
}

async function node(id: string): Promise<Record<string, unknown> | undefined> {
  const rows = await store.read({ statement: 'lookup-entities', params: { ids: [id] } });
  return rows[0] as Record<string, unknown> | undefined;
}

beforeAll(async () => {
  store = await freshStore();
  first = await importPaths(store, ['import']);
});
afterAll(() => store.close());

describe('the dataset in import/', () => {
  it('imports with the expected number of nodes of each kind', async () => {
    const rows = await store.read({ statement: 'stats-nodes' });
    const counts = Object.fromEntries(rows.map((r) => [r.kind as string, r.count as number]));
    expect(counts).toEqual(expectedKinds);
    expect(counts.County).toBeGreaterThanOrEqual(21);
  });

  it('holds all 21 counties with SCB and ISO codes, each covered by its region or landsting', async () => {
    const rows = await store.read({ statement: 'snapshot-nodes' });
    const counties = rows.filter((r) => (r.labels as string[]).includes('County'));
    expect(counties).toHaveLength(21);
    const codes = counties.map((r) => (r.props as Record<string, string>).code).sort();
    expect(codes).toEqual(['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25']);
    const iso = Object.fromEntries(counties.map((r) => [(r.props as Record<string, string>).code, (r.props as Record<string, string>).iso]));
    expect(iso['01']).toBe('SE-AB');
    expect(iso['23']).toBe('SE-Z');
    expect(iso['25']).toBe('SE-BD');
    const rels = await store.read({ statement: 'snapshot-relationships' });
    const covered = new Set(rels.filter((r) => r.type === 'COVERS').map((r) => r.to as string));
    expect(covered.size).toBe(21);
  });

  it('holds every municipality in its county and every region covering its county, the ones other files name as the same nodes', async () => {
    const nodes = await store.read({ statement: 'snapshot-nodes' });
    const rels = await store.read({ statement: 'snapshot-relationships' });
    const kommuner = nodes.filter((r) => (r.labels as string[]).includes('Municipality'));
    expect(kommuner).toHaveLength(290);
    const inCounty = new Map(rels.filter((r) => r.type === 'IN_COUNTY').map((r) => [r.from as string, r.to as string]));
    for (const m of kommuner) expect(inCounty.get(m.id as string), m.id as string).toBe(`county:${(m.props as Record<string, string>).code!.slice(0, 2)}`);
    const regions = nodes.filter((r) => (r.labels as string[]).includes('Region'));
    expect(regions).toHaveLength(21);
    const covering = new Set(rels.filter((r) => r.type === 'COVERS' && (r.from as string).startsWith('region:')).map((r) => r.from as string));
    expect(covering.size).toBe(21);
    // Bräcke and Region Jämtland Härjedalen carry the reference file's source and those of the documents that name them.
    const documentsOf = (id: string) => ((nodes.find((r) => r.id === id)!.props as Record<string, unknown>).sources as string[]).map(decodeSource).map((x) => x.document);
    expect(documentsOf('municipality:2305')).toEqual(expect.arrayContaining([REFERENCE_DOC, 'document:region-jamtland-harjedalen/regionstyrelsen/2021-01-26/agenda']));
    expect(documentsOf('region:region-jamtland-harjedalen')).toEqual(expect.arrayContaining([REFERENCE_DOC, 'document:region-jamtland-harjedalen/halso-och-sjukvardsnamnden/2020-12-17/agenda']));
    expect(await node('municipality:1481')).toMatchObject({ name: 'Mölndal' });
  });

  it('registers each case with its organization and names documents by body, date and kind or by their text', async () => {
    const rels = await store.read({ statement: 'snapshot-relationships' });
    const registered = Object.fromEntries(rels.filter((r) => r.type === 'REGISTERED_BY').map((r) => [r.from as string, r.to as string]));
    expect(registered).toEqual({
      'case:region-jamtland-harjedalen/rs-2485-2017': 'region:region-jamtland-harjedalen',
      'case:region-jamtland-harjedalen/rs-2147-2018': 'region:region-jamtland-harjedalen',
      'case:region-jamtland-harjedalen/rs-2324-2016': 'region:region-jamtland-harjedalen',
      'case:region-jamtland-harjedalen/rs-839-2019': 'region:region-jamtland-harjedalen',
      'case:region-jamtland-harjedalen/rs-610-2016': 'region:region-jamtland-harjedalen',
      'case:jamtlands-lans-landsting/cf-485-97': 'org:jamtlands-lans-landsting',
    });
    const nodes = await store.read({ statement: 'snapshot-nodes' });
    expect(nodes.filter((r) => (r.labels as string[]).includes('Document')).map((r) => r.id).sort()).toEqual([
      'document:iso-3166-2-se',
      'document:region-jamtland-harjedalen/halso-och-sjukvardsnamnden/2019/agenda',
      'document:region-jamtland-harjedalen/halso-och-sjukvardsnamnden/2020-12-17/agenda',
      'document:region-jamtland-harjedalen/regionstyrelsen/2021-01-26/agenda',
      REFERENCE_DOC,
      'document:scb-s-lanskoder-och-kommunkoder',
      'document:svensk-forfattningssamling',
      'document:text-79d89b66cca56bf1',
      'document:vardsamverkan-skane/central-tjanstemannaberedning/2024-03-20/slides',
    ].sort());
  });

  it('holds every deciding body DOMAIN.md names', async () => {
    for (const id of domainBodies) expect(await node(id), id).toMatchObject({ id, kind: 'Board' });
  });

  it('holds every decision DOMAIN.md lists, by id', async () => {
    for (const id of domainDecisions) expect(await node(id), id).toMatchObject({ id, kind: 'Decision' });
  });

  it('keeps the precision of dates: no day is invented for a month or a year', async () => {
    const rows = await store.read({ statement: 'snapshot-nodes' });
    const props = (id: string) => rows.find((r) => r.id === id)?.props as Record<string, unknown>;
    expect(props(decision('regionala-utvecklingsnamnden', 2020, 57))).toMatchObject({ date: '2020-05', datePrecision: 'month' });
    expect(props(decision('regionfullmaktige', 2020, 74))).toMatchObject({ date: '2020', datePrecision: 'year' });
    expect(props(decision('regionfullmaktige', 2015, 40))).toMatchObject({ date: '2015-04-14', dateEnd: '2015-04-15' });
  });

  it('records the rehabilitation figures that survived the scrape and no others', async () => {
    const rels = await store.read({ statement: 'snapshot-relationships' });
    const participation = rels.filter((r) => r.type === 'PARTICIPATES_IN' && (r.from as string).startsWith('county:'));
    expect(participation).toHaveLength(63);
    const fig = (code: string, year: number) =>
      participation.find((r) => r.from === `county:${code}` && (r.props as Record<string, unknown>).year === year)?.props as Record<string, unknown>;
    expect(fig('23', 2009)).toMatchObject({ mmrTreatments: 163, kbtTreatments: 511 });
    expect(fig('24', 2011)).toMatchObject({ mmrPer1000: 2.86, kbtPer1000: 2.85 });
    expect(fig('14', 2011)).toMatchObject({ kbtPer1000: 14.19 });
    // Stockholm's 2009 counts and every 2010 figure were lost: none is recorded.
    expect(fig('01', 2009)).not.toHaveProperty('mmrTreatments');
    expect(fig('01', 2009)).not.toHaveProperty('kbtTreatments');
    for (const r of participation.filter((p) => (p.props as Record<string, unknown>).year === 2010)) {
      expect(Object.keys(r.props as object).filter((k) => /Treatments|Per1000/.test(k))).toEqual([]);
    }
  });

  it('gives every node but a Document, and every relationship, a source', async () => {
    const nodes = await store.read({ statement: 'snapshot-nodes' });
    for (const n of nodes) {
      if ((n.labels as string[]).includes('Document')) continue;
      expect((n.props as Record<string, unknown>).sources, n.id as string).not.toHaveLength(0);
    }
    const rels = await store.read({ statement: 'snapshot-relationships' });
    const unsourced = rels.filter((r) => !Array.isArray((r.props as Record<string, unknown>).sources) || ((r.props as Record<string, unknown>).sources as unknown[]).length === 0);
    expect(unsourced.map((r) => `${r.type} ${r.from} -> ${r.to}`)).toEqual([]);
  });

  it('re-importing changes nothing', async () => {
    const before = await snapshot(store);
    const second = await importPaths(store, ['import']);
    expect(await snapshot(store)).toBe(before);
    for (const [kind, c] of Object.entries(second.nodes)) expect(c?.created, kind).toBe(0);
    for (const [type, c] of Object.entries(second.relationships)) expect(c?.created, type).toBe(0);
    expect(first.nodes.County?.created).toBe(21);
  });
});

describe("DOMAIN.md's chains, walked in Cypher", () => {
  it("Elin Hoffner's motion on long-term pain → HSN 2020-12-17 § 130 → Regionstyrelsen 2021-01-26 → Regionfullmäktige", async () => {
    const rows = await run('walk-motion-answer', { motion: 'motion:elin-hoffner/motion-om-langvarig-smarta' });
    expect(rows).toEqual([{
      motion: 'Motion om långvarig smärta',
      author: 'Elin Hoffner',
      party: 'V',
      answer: decision('halso-och-sjukvardsnamnden', 2020, 130),
      committee: 'Hälso- och sjukvårdsnämnden',
      outcome: 'Föreslår regionfullmäktige att motionen anses besvarad',
      next: `${undated('regionstyrelsen', '2021-01-26')}/motion-om-langvarig-smarta`,
      board: 'Regionstyrelsen',
      assembly: 'Regionfullmäktige',
    }]);
  });

  it('the pandemic-investment delegation RS 2020-03-24 § 39 and its extensions', async () => {
    const rows = await run('walk-extensions', { decision: decision('regionstyrelsen', 2020, 39) });
    expect(rows.map((r) => [r.extension, r.date, r.depth])).toEqual([
      [decision('regionstyrelsen', 2020, 134), '2020-08-25', 1],
      [`${undated('regionstyrelsen', '2021-01-26')}/forlangning-av-delegationen-for-pandemiinvesteringar`, '2021-01-26', 2],
    ]);
    expect(rows[0]!.outcome).toBe('Förlängd till 2020-12-31');
    expect(rows[1]!.title).toContain('2021-08-31');
  });

  it('RUN 2020-12-15 §§ 213–216 each propose a decision to Regionfullmäktige', async () => {
    const rows = await run('walk-proposals-to-assembly', { body: RUN, date: '2020-12-15', paragraphs: [213, 214, 215, 216] });
    expect(rows.map((r) => r.paragraph)).toEqual([213, 214, 215, 216]);
    for (const r of rows) {
      expect(r.assembly).toBe(RF);
      expect(r.outcome).toBe('Förslag till regionfullmäktige');
      // The assembly's own decisions are not dated in the sources: the proposal points at the assembly.
      expect(r.assemblyName).toBe('Regionfullmäktige');
    }
    expect(rows.map((r) => r.title)).toEqual([
      'Regionens innehav i bolag',
      'Regional utvecklingsstrategi Jämtlands län 2050',
      'Prioriteringar för det regionala tillväxtarbetet',
      'Trafikförsörjningsprogram för Jämtlands län 2021–2026',
    ]);
  });

  it('supervision from Länstrafiken i Jämtlands län AB up to Regionfullmäktige', async () => {
    const rows = await run('walk-supervision', { id: 'org:lanstrafiken-i-jamtlands-lan-ab' });
    expect(rows).toEqual([{
      subject: 'Länstrafiken i Jämtlands län AB',
      supervisor: 'Regionstyrelsen',
      basis: '6 kap. 1 § kommunallagen (2017:725)',
      chain: ['Regionstyrelsen', 'Regionfullmäktige'],
      top: 'Regionfullmäktige',
    }]);
  });

  it('delegation from HSN to the regiondirektör, substituted by the hälso- och sjukvårdsdirektör', async () => {
    const rows = await run('walk-delegation', { body: HSN });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      body: 'Hälso- och sjukvårdsnämnden',
      office: `office:${RJH}/regiondirektor`,
      substitute: `office:${RJH}/halso-och-sjukvardsdirektor`,
      substituteName: 'Hälso- och sjukvårdsdirektör',
    });
    expect(rows[0]!.basis).toContain('2019-01-16 § 8');
    expect(rows[0]!.basis).toContain('2019-04-04 § 32');
  });
});

/** The shared seed texts, when this checkout sits next to them (not on a clean CI clone). */
const seeds = join(process.cwd(), '..', 'shared', 'seeds');

describe.skipIf(!existsSync(seeds))('quotes against the shared seed texts', () => {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('every quote from a shared document is verbatim in that document', () => {
    type Source = { document: string; locator: string; quote?: string };
    type Item = { kind?: string; ref?: string; file?: string; sources?: Source[] };
    const files = readdirSync('import').filter((f) => /\.ya?ml$/.test(f)).sort();
    const docs = new Map<string, string>();
    const quoted: Array<{ where: string; source: Source }> = [];
    for (const f of files) {
      const data = parse(readFileSync(join('import', f), 'utf8')) as { sources?: Source[]; nodes?: Item[]; relationships?: Item[] };
      for (const n of data.nodes ?? []) {
        if (n.kind === 'Document' && n.ref && n.file) docs.set(n.ref, norm(readFileSync(join(seeds, n.file), 'utf8')));
      }
      for (const item of [{ sources: data.sources }, ...(data.nodes ?? []), ...(data.relationships ?? [])]) {
        for (const source of item.sources ?? []) if (source.quote) quoted.push({ where: `${f}: ${source.locator}`, source });
      }
    }
    expect(docs.size).toBe(3);
    expect(quoted.length).toBeGreaterThan(100);
    const wrong = quoted.filter(({ source }) => !docs.has(source.document) || !docs.get(source.document)!.includes(norm(source.quote!)));
    expect(wrong.map((w) => `${w.where}: ${w.source.quote}`)).toEqual([]);
  });
});
