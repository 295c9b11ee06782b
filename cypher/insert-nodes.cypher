// example: {"rows": [{"id": "region:example-new", "props": {"name": "Example", "kind": "Region"}, "sources": []}]}
// Writes a batch of nodes of one kind that the store did not hold when the import was planned: no
// stored provenance or date to merge with, so this is the cheap form of upsert-nodes.cypher.
// MERGE, not CREATE, keeps a repeated batch from making twins.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n += row.props, n:Kind, n.sources = row.sources
RETURN count(n) AS written
