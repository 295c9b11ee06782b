// example: {"rows": [{"id": "region:example", "props": {"name": "Example", "kind": "Region"}, "sources": []}]}
// Writes a batch of nodes of one kind (the :Kind slot is filled from the model).
// Provenance lists are unioned; a stored date more precise than the incoming one is kept.
// `importedNew` marks, for the length of the statement, the nodes this batch created.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.importedNew = true
WITH n, row, coalesce(n.importedNew, false) AS isNew, n.sources AS oldSources, n.date AS oldDate
SET n += row.props, n:Kind
SET n.sources = coalesce(oldSources, []) + [s IN row.sources WHERE NOT s IN coalesce(oldSources, [])]
SET n.date = CASE WHEN oldDate IS NOT NULL AND n.date IS NOT NULL AND size(oldDate) > size(n.date) AND oldDate STARTS WITH n.date THEN oldDate ELSE n.date END
SET n.datePrecision = CASE WHEN n.date IS NULL THEN null WHEN size(n.date) = 4 THEN 'year' WHEN size(n.date) = 7 THEN 'month' ELSE 'day' END
REMOVE n.importedNew
RETURN count(n) AS written, sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created
