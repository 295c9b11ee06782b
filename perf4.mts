import grafeo from '@grafeo-db/js';
const db = grafeo.GrafeoDB.create();
await db.executeCypher('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
await db.executeCypher('CREATE INDEX entity_id_idx IF NOT EXISTS FOR (n:Entity) ON (n.id)');
const N = 20000;
for (let off = 0; off < N; off += 5000) await db.executeCypher('UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n += row.props', { rows: Array.from({ length: 5000 }, (_, i) => ({ id: `d/${i + off}`, props: { name: 'x' } })) });
async function t(label: string, stmt: string, params: any) { const s = performance.now(); const r = await db.executeCypher(stmt, params); console.log(label, Math.round(performance.now() - s), 'ms', JSON.stringify(r.toArray()).slice(0, 100)); }
const ids = Array.from({ length: 1000 }, (_, i) => `d/${i * 7}`);
await t('lookup MATCH', 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN count(n) AS c', { ids });
await t('lookup OPTIONAL', 'UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) RETURN count(n) AS c', { ids });
const rel = (off: number) => ({ rows: Array.from({ length: 1000 }, (_, i) => ({ from: `d/${i + off + 1}`, to: `d/${i + off}`, key: '', props: { p: 1 }, sources: ['s'] })) });
const R = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:EXTENDS {key: row.key}]->(b)
ON CREATE SET r.importedNew = true
WITH r, row, coalesce(r.importedNew, false) AS isNew, r.sources AS oldSources
SET r += row.props
SET r.sources = coalesce(oldSources, []) + [s IN row.sources WHERE NOT s IN coalesce(oldSources, [])]
REMOVE r.importedNew
RETURN count(r) AS written, sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created`;
await t('rels 0', R, rel(0)); await t('rels 1000', R, rel(1000)); await t('rels 0 again', R, rel(0)); await t('rels 5000', R, rel(5000));
const N2 = `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.importedNew = true
WITH n, row, coalesce(n.importedNew, false) AS isNew, n.sources AS oldSources, n.date AS oldDate
SET n += row.props, n:Decision
SET n.sources = coalesce(oldSources, []) + [s IN row.sources WHERE NOT s IN coalesce(oldSources, [])]
SET n.date = CASE WHEN oldDate IS NOT NULL AND n.date IS NOT NULL AND size(oldDate) > size(n.date) AND oldDate STARTS WITH n.date THEN oldDate ELSE n.date END
SET n.datePrecision = CASE WHEN n.date IS NULL THEN null WHEN size(n.date) = 4 THEN 'year' WHEN size(n.date) = 7 THEN 'month' ELSE 'day' END
REMOVE n.importedNew
RETURN count(n) AS written, sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created`;
const nrows = (off: number) => ({ rows: Array.from({ length: 1000 }, (_, i) => ({ id: `d/${i + off}`, props: { name: 'y', date: '2020-01' }, sources: ['s'] })) });
await t('nodes existing', N2, nrows(0)); await t('nodes half new', N2, nrows(19500)); await t('nodes new', N2, nrows(30000));
await t('check', 'MATCH (n:Entity {id: "d/30005"}) RETURN properties(n) AS p', {});
