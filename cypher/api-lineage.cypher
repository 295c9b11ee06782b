// example: {"id": "decision:region-jamtland-harjedalen/regionstyrelsen/2020/39", "directions": [true, false], "maxDepth": 5}
// The decisions and sources a decision rests on (upstream: `up` true) and what rests on it.
// Walking upstream follows EXTENDS, AMENDS, SUPERSEDES, REPEALS, REPORTS_BACK_ON, ANSWERS and
// CITES forwards and PROPOSES and PREPARES backwards; downstream is the reverse. One row per
// direction. The walk goes breadth first, one block per depth (up to 10), each from the nodes the
// previous depth reached for the first time: its cost grows with the relationships it meets, not
// with the number of paths, which explodes around a much-cited law. Beyond the root the walk goes on
// only from decisions, motions and audits: a cited law, provision, case, agreement or programme is
// shown but not walked through, or every decision citing the same law would join the lineage.
MATCH (root:Entity {id: $id})
UNWIND $directions AS up
WITH root, up, [root] AS f0, [root.id] AS seen0
CALL (f0, seen0, up) {
  UNWIND f0 AS a
  MATCH (a)-[r:PROPOSES|PREPARES|EXTENDS|AMENDS|SUPERSEDES|REPEALS|ANSWERS|REPORTS_BACK_ON|CITES]-(b:Entity)
  WHERE 1 <= $maxDepth AND ((startNode(r).id = a.id) <> (type(r) IN ['PROPOSES', 'PREPARES'])) = up
  WITH collect(DISTINCT b) AS found,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r), depth: 1}) AS steps
  RETURN steps AS r1, [x IN found WHERE NOT x.id IN seen0] AS f1, seen0 + [x IN found WHERE NOT x.id IN seen0 | x.id] AS seen1
}
CALL (f1, seen1, up) {
  UNWIND f1 AS a
  WITH a WHERE a:Decision OR a:Motion OR a:Audit
  MATCH (a)-[r:PROPOSES|PREPARES|EXTENDS|AMENDS|SUPERSEDES|REPEALS|ANSWERS|REPORTS_BACK_ON|CITES]-(b:Entity)
  WHERE 2 <= $maxDepth AND ((startNode(r).id = a.id) <> (type(r) IN ['PROPOSES', 'PREPARES'])) = up
  WITH collect(DISTINCT b) AS found,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r), depth: 2}) AS steps
  RETURN steps AS r2, [x IN found WHERE NOT x.id IN seen1] AS f2, seen1 + [x IN found WHERE NOT x.id IN seen1 | x.id] AS seen2
}
CALL (f2, seen2, up) {
  UNWIND f2 AS a
  WITH a WHERE a:Decision OR a:Motion OR a:Audit
  MATCH (a)-[r:PROPOSES|PREPARES|EXTENDS|AMENDS|SUPERSEDES|REPEALS|ANSWERS|REPORTS_BACK_ON|CITES]-(b:Entity)
  WHERE 3 <= $maxDepth AND ((startNode(r).id = a.id) <> (type(r) IN ['PROPOSES', 'PREPARES'])) = up
  WITH collect(DISTINCT b) AS found,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r), depth: 3}) AS steps
  RETURN steps AS r3, [x IN found WHERE NOT x.id IN seen2] AS f3, seen2 + [x IN found WHERE NOT x.id IN seen2 | x.id] AS seen3
}
CALL (f3, seen3, up) {
  UNWIND f3 AS a
  WITH a WHERE a:Decision OR a:Motion OR a:Audit
  MATCH (a)-[r:PROPOSES|PREPARES|EXTENDS|AMENDS|SUPERSEDES|REPEALS|ANSWERS|REPORTS_BACK_ON|CITES]-(b:Entity)
  WHERE 4 <= $maxDepth AND ((startNode(r).id = a.id) <> (type(r) IN ['PROPOSES', 'PREPARES'])) = up
  WITH collect(DISTINCT b) AS found,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r), depth: 4}) AS steps
  RETURN steps AS r4, [x IN found WHERE NOT x.id IN seen3] AS f4, seen3 + [x IN found WHERE NOT x.id IN seen3 | x.id] AS seen4
}
CALL (f4, seen4, up) {
  UNWIND f4 AS a
  WITH a WHERE a:Decision OR a:Motion OR a:Audit
  MATCH (a)-[r:PROPOSES|PREPARES|EXTENDS|AMENDS|SUPERSEDES|REPEALS|ANSWERS|REPORTS_BACK_ON|CITES]-(b:Entity)
  WHERE 5 <= $maxDepth AND ((startNode(r).id = a.id) <> (type(r) IN ['PROPOSES', 'PREPARES'])) = up
  WITH collect(DISTINCT b) AS found,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r), depth: 5}) AS steps
  RETURN steps AS r5, [x IN found WHERE NOT x.id IN seen4] AS f5, seen4 + [x IN found WHERE NOT x.id IN seen4 | x.id] AS seen5
}
CALL (f5, seen5, up) {
  UNWIND f5 AS a
  WITH a WHERE a:Decision OR a:Motion OR a:Audit
  MATCH (a)-[r:PROPOSES|PREPARES|EXTENDS|AMENDS|SUPERSEDES|REPEALS|ANSWERS|REPORTS_BACK_ON|CITES]-(b:Entity)
  WHERE 6 <= $maxDepth AND ((startNode(r).id = a.id) <> (type(r) IN ['PROPOSES', 'PREPARES'])) = up
  WITH collect(DISTINCT b) AS found,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r), depth: 6}) AS steps
  RETURN steps AS r6, [x IN found WHERE NOT x.id IN seen5] AS f6, seen5 + [x IN found WHERE NOT x.id IN seen5 | x.id] AS seen6
}
CALL (f6, seen6, up) {
  UNWIND f6 AS a
  WITH a WHERE a:Decision OR a:Motion OR a:Audit
  MATCH (a)-[r:PROPOSES|PREPARES|EXTENDS|AMENDS|SUPERSEDES|REPEALS|ANSWERS|REPORTS_BACK_ON|CITES]-(b:Entity)
  WHERE 7 <= $maxDepth AND ((startNode(r).id = a.id) <> (type(r) IN ['PROPOSES', 'PREPARES'])) = up
  WITH collect(DISTINCT b) AS found,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r), depth: 7}) AS steps
  RETURN steps AS r7, [x IN found WHERE NOT x.id IN seen6] AS f7, seen6 + [x IN found WHERE NOT x.id IN seen6 | x.id] AS seen7
}
CALL (f7, seen7, up) {
  UNWIND f7 AS a
  WITH a WHERE a:Decision OR a:Motion OR a:Audit
  MATCH (a)-[r:PROPOSES|PREPARES|EXTENDS|AMENDS|SUPERSEDES|REPEALS|ANSWERS|REPORTS_BACK_ON|CITES]-(b:Entity)
  WHERE 8 <= $maxDepth AND ((startNode(r).id = a.id) <> (type(r) IN ['PROPOSES', 'PREPARES'])) = up
  WITH collect(DISTINCT b) AS found,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r), depth: 8}) AS steps
  RETURN steps AS r8, [x IN found WHERE NOT x.id IN seen7] AS f8, seen7 + [x IN found WHERE NOT x.id IN seen7 | x.id] AS seen8
}
CALL (f8, seen8, up) {
  UNWIND f8 AS a
  WITH a WHERE a:Decision OR a:Motion OR a:Audit
  MATCH (a)-[r:PROPOSES|PREPARES|EXTENDS|AMENDS|SUPERSEDES|REPEALS|ANSWERS|REPORTS_BACK_ON|CITES]-(b:Entity)
  WHERE 9 <= $maxDepth AND ((startNode(r).id = a.id) <> (type(r) IN ['PROPOSES', 'PREPARES'])) = up
  WITH collect(DISTINCT b) AS found,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r), depth: 9}) AS steps
  RETURN steps AS r9, [x IN found WHERE NOT x.id IN seen8] AS f9, seen8 + [x IN found WHERE NOT x.id IN seen8 | x.id] AS seen9
}
CALL (f9, seen9, up) {
  UNWIND f9 AS a
  WITH a WHERE a:Decision OR a:Motion OR a:Audit
  MATCH (a)-[r:PROPOSES|PREPARES|EXTENDS|AMENDS|SUPERSEDES|REPEALS|ANSWERS|REPORTS_BACK_ON|CITES]-(b:Entity)
  WHERE 10 <= $maxDepth AND ((startNode(r).id = a.id) <> (type(r) IN ['PROPOSES', 'PREPARES'])) = up
  WITH collect(DISTINCT b) AS found,
    collect(DISTINCT {from: startNode(r).id, to: endNode(r).id, type: type(r), props: properties(r), depth: 10}) AS steps
  RETURN steps AS r10, [x IN found WHERE NOT x.id IN seen9] AS f10, seen9 + [x IN found WHERE NOT x.id IN seen9 | x.id] AS seen10
}
RETURN root {.*} AS root, up,
  r1 + r2 + r3 + r4 + r5 + r6 + r7 + r8 + r9 + r10 AS steps,
  [n IN f1 + f2 + f3 + f4 + f5 + f6 + f7 + f8 + f9 + f10 | n {.*}] AS nodes
