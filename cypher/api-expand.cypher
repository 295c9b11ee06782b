// example: {"ids": ["board:region-jamtland-harjedalen/regionstyrelsen"], "levels": [["DECIDED_BY"], ["CITES", "PROPOSES"], [], [], []]}
// The neighbourhood a GraphQL query asks for, in one round trip. Level k follows only the
// relationship types that the query's k-th level of nested relationship fields uses, from the
// nodes level k-1 reached (f0 = the given ids). Queries nested deeper continue from f5.
// Relationships become maps inside each subquery: the embedded store loses a relationship's
// properties when the relationship itself is returned from a subquery.
UNWIND $ids AS id
MATCH (n0:Entity {id: id})
WITH collect(DISTINCT n0) AS f0
CALL (f0) {
  UNWIND f0 AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE type(r) IN $levels[0]
  RETURN collect(DISTINCT b) AS f1,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r)}) AS r1
}
CALL (f1) {
  UNWIND f1 AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE type(r) IN $levels[1]
  RETURN collect(DISTINCT b) AS f2,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r)}) AS r2
}
CALL (f2) {
  UNWIND f2 AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE type(r) IN $levels[2]
  RETURN collect(DISTINCT b) AS f3,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r)}) AS r3
}
CALL (f3) {
  UNWIND f3 AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE type(r) IN $levels[3]
  RETURN collect(DISTINCT b) AS f4,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r)}) AS r4
}
CALL (f4) {
  UNWIND f4 AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE type(r) IN $levels[4]
  RETURN collect(DISTINCT b) AS f5,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r)}) AS r5
}
RETURN [f IN [f0, f1, f2, f3, f4, f5] | [n IN f | n.id]] AS frontiers,
  [n IN f1 + f2 + f3 + f4 + f5 | n {.*}] AS nodes,
  r1 + r2 + r3 + r4 + r5 AS rels
