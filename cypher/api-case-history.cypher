// example: {"ids": ["case:rs-2485-2017", "decision:region-jamtland-harjedalen/regionstyrelsen/2020/39"]}
// For each case, motion or decision: the decisions that handle the matter. They are the case's
// decisions, the decisions answering the motion, or the decision itself; the decisions these
// propose to, prepare or report back on, and those that do so to them; and the other decisions
// of their cases. Each with its body, the process relationships it starts, and the bodies it
// proposes to or prepares for whose decision is not yet known.
UNWIND $ids AS id
MATCH (seed:Entity {id: id})
CALL (seed) {
  MATCH (d:Decision {id: seed.id})
  RETURN d
  UNION
  MATCH (seed)<-[:IN_CASE|ANSWERS]-(d:Decision)
  RETURN d
}
// Forwards along the process to the decisions it reaches, then back from those to everything that
// led there. Both walks follow relationships in their own direction, so they never pass through a
// board that receives proposals (which would join the matter to every other proposal it got).
// Patterns start at the node already found: written the other way, Grafeo reads every decision.
MATCH (d)-[:PROPOSES|PREPARES|REPORTS_BACK_ON*0..6]->(top:Decision)
MATCH (top)<-[:PROPOSES|PREPARES|REPORTS_BACK_ON*0..6]-(x:Decision)
WITH seed, collect(DISTINCT x) AS chain
CALL (chain) {
  UNWIND chain AS x
  MATCH (x)-[:IN_CASE]->(c:`Case`)<-[:IN_CASE]-(mate:Decision)
  RETURN collect(DISTINCT mate) AS mates
}
UNWIND chain + mates AS step
WITH DISTINCT seed, step
// Every decision has its body. OPTIONAL MATCH here would make Grafeo read every body's decisions.
MATCH (step)-[:DECIDED_BY]->(body:Board)
RETURN seed.id AS seed, step {.*} AS decision, body {.*} AS body,
  [(step)-[r:PROPOSES|PREPARES|REPORTS_BACK_ON]->(:Entity) | type(r)] AS starts,
  [(step)-[:PROPOSES|PREPARES]->(pending:Board) | pending {.*}] AS sentTo
ORDER BY seed, step.date, step.paragraph, step.id
