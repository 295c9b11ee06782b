// example: {"rows": [{"from": "region:region-jamtland-harjedalen", "to": "board:region-jamtland-harjedalen/regionfullmaktige", "key": "", "props": {}, "sources": []}]}
// Writes a batch of relationships of one type with an end that the store did not hold when the
// import was planned, so that none of them can exist yet: the cheap form of upsert-relationships.cypher.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:REL_TYPE]->(b)
SET r += row.props, r.key = row.key, r.sources = row.sources
RETURN count(r) AS written
