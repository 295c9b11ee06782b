// example: {"id": "org:lanstrafiken-i-jamtlands-lan-ab"}
// From a supervised body, company or association to the body that supervises it and on up the
// accountability chain to the top (a body that answers to no one).
MATCH (subject:Entity {id: $id})<-[s:SUPERVISES]-(supervisor:Board)
MATCH path = (supervisor)-[:ACCOUNTABLE_TO*1..5]->(top:Board)
WHERE NOT EXISTS { (top)-[:ACCOUNTABLE_TO]->(:Board) }
RETURN subject.name AS subject, supervisor.name AS supervisor, s.basis AS basis,
       [n IN nodes(path) | n.name] AS chain, top.name AS top
ORDER BY supervisor, top
