// example: {}
// Entities by kind and relationships by type, in one round trip.
MATCH (n:Entity)
RETURN 'kind' AS of, n.kind AS key, count(*) AS count
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS of, type(r) AS key, count(*) AS count
