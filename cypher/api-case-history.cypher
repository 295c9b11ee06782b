// example: {"ids": ["case:rs-2485-2017", "decision:region-jamtland-harjedalen/regionstyrelsen/2020/39"]}
// For each case, motion or decision: the decisions that handle the matter. They are the case's
// decisions, the decisions answering the motion, or the decision itself; the decisions these
// propose to, prepare or report back on, and those that do so to them; and the other decisions
// of their cases. Each with its body and the process relationships it starts.
UNWIND $ids AS id
MATCH (seed:Entity {id: id})
CALL (seed) {
  MATCH (d:Decision {id: seed.id})
  RETURN d
  UNION
  MATCH (d:Decision)-[:IN_CASE|ANSWERS]->(seed)
  RETURN d
}
MATCH (d)-[:PROPOSES|PREPARES|REPORTS_BACK_ON*0..6]-(x:Decision)
WITH seed, collect(DISTINCT x) AS chain
CALL (chain) {
  UNWIND chain AS x
  MATCH (x)-[:IN_CASE]->(c:`Case`)<-[:IN_CASE]-(mate:Decision)
  RETURN collect(DISTINCT mate) AS mates
}
UNWIND chain + mates AS step
WITH DISTINCT seed, step
OPTIONAL MATCH (step)-[:DECIDED_BY]->(body:Board)
RETURN seed.id AS seed, step {.*} AS decision, body {.*} AS body,
  [(step)-[r:PROPOSES|PREPARES|REPORTS_BACK_ON]->(t:Decision) | type(r)] AS starts
ORDER BY seed, step.date, step.paragraph, step.id
