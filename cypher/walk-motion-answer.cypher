// example: {"motion": "motion:elin-hoffner/motion-om-langvarig-smarta"}
// From a motion to the decision that answers it, the decision that answer proposes, and the
// assembly that decision proposes to: the body the motion was submitted to.
MATCH (m:Motion {id: $motion})<-[:ANSWERS]-(answer:Decision)-[:DECIDED_BY]->(committee:Board)
MATCH (answer)-[:PROPOSES]->(next:Decision)-[:DECIDED_BY]->(board:Board)
MATCH (next)-[:PROPOSES]->(assembly:Board)<-[:SUBMITTED_TO]-(m)
OPTIONAL MATCH (author:Person)-[:AUTHORED]->(m)
OPTIONAL MATCH (author)-[:MEMBER_OF]->(party:Party)
RETURN m.title AS motion, author.name AS author, party.abbreviation AS party,
       answer.id AS answer, committee.name AS committee, answer.outcome AS outcome,
       next.id AS next, board.name AS board, assembly.name AS assembly
ORDER BY answer, next
