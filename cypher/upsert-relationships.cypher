// example: {"rows": [{"from": "region:region-jamtland-harjedalen", "to": "board:region-jamtland-harjedalen/regionstyrelsen", "key": "", "props": {}, "sources": []}]}
// Writes a batch of relationships of one type (the :REL_TYPE slot is filled from the model).
// `key` tells apart relationships of one type between the same pair (a county's figures per year).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:REL_TYPE {key: row.key}]->(b)
ON CREATE SET r.importedNew = true
WITH r, row, coalesce(r.importedNew, false) AS isNew, r.sources AS oldSources
SET r += row.props
SET r.sources = coalesce(oldSources, []) + [s IN row.sources WHERE NOT s IN coalesce(oldSources, [])]
REMOVE r.importedNew
RETURN count(r) AS written, sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created
