MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS from, type(r) AS type, b.id AS to, r.key AS key, properties(r) AS props
ORDER BY from, type, to, key
