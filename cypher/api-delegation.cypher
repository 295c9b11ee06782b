// example: {"id": "board:region-jamtland-harjedalen/regionstyrelsen"}
// From a body down through the offices and bodies it delegates to and their substitutes; each
// relationship once, at the least depth it was reached.
MATCH p = (:Entity {id: $id})-[:DELEGATES_TO|SUBSTITUTED_BY*1..6]->(:Entity)
UNWIND range(0, length(p) - 1) AS i
WITH relationships(p)[i] AS r, i + 1 AS depth
WITH r, min(depth) AS depth
WITH startNode(r) AS a, endNode(r) AS b, type(r) AS type, properties(r) AS props, depth
RETURN a {.*} AS from, b {.*} AS to, type, props, depth
ORDER BY depth, from.name, to.name
