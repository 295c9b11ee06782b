// example: {"limit": 0}
// Deletes up to `limit` graph nodes with their relationships: the benchmark empties a Neo4j database
// in slices (only when run with --clear-neo4j) so each scale starts from nothing.
MATCH (n:Entity)
WITH n
LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
