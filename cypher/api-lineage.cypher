// example: {"id": "decision:region-jamtland-harjedalen/regionstyrelsen/2020/39", "directions": [true, false], "maxDepth": 5}
// The decisions and sources a decision rests on (upstream: `up` true) and what rests on it.
// Walking upstream follows EXTENDS, AMENDS, SUPERSEDES, REPEALS, REPORTS_BACK_ON, ANSWERS and
// CITES forwards and PROPOSES and PREPARES backwards; downstream is the reverse. Each
// relationship is reported once, at the least depth it was reached.
MATCH (root:Entity {id: $id})
CALL (root) {
  UNWIND $directions AS up
  MATCH p = (root)-[rs:PROPOSES|PREPARES|EXTENDS|AMENDS|SUPERSEDES|REPEALS|ANSWERS|REPORTS_BACK_ON|CITES*1..10]-(:Entity)
  WHERE length(p) <= $maxDepth
    AND all(i IN range(0, size(rs) - 1) WHERE ((startNode(rs[i]).id = nodes(p)[i].id) <> (type(rs[i]) IN ['PROPOSES', 'PREPARES'])) = up)
  UNWIND range(0, size(rs) - 1) AS i
  WITH rs[i] AS r, i + 1 AS depth
  WITH r, min(depth) AS depth
  RETURN collect({from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r), depth: depth}) AS steps
}
CALL (steps) {
  UNWIND steps AS s
  UNWIND [s.from, s.to] AS nid
  WITH DISTINCT nid
  MATCH (n:Entity {id: nid})
  RETURN collect(n {.*}) AS nodes
}
RETURN root {.*} AS root, steps, nodes
