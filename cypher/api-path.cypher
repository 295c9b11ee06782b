// example: {"from": "board:region-jamtland-harjedalen/regionstyrelsen", "to": "region:region-jamtland-harjedalen", "maxHops": 6}
// The shortest connection between two entities over relationships of any type and direction.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..10]-(b))
WITH p
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.*}] AS nodes,
  [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r)}] AS steps
