// example: {"id": "board:region-jamtland-harjedalen/regionstyrelsen"}
// From an entity up to the top of its hierarchy: first the bodies that supervise it, then the
// bodies they answer to, then the organizations those are part of. The longest such chain wins,
// so every level between the entity and the top is shown.
MATCH (start:Entity {id: $id})
MATCH p1 = (start)<-[:SUPERVISES*0..4]-(s:Entity)
MATCH p2 = (s)-[:ACCOUNTABLE_TO*0..4]->(a:Entity)
MATCH p3 = (a)-[:PART_OF*0..4]->(:Entity)
WITH p1, p2, p3
ORDER BY length(p1) + length(p2) + length(p3) DESC, length(p1) DESC, length(p2) DESC
LIMIT 1
RETURN [n IN nodes(p1) + nodes(p2) + nodes(p3) | n {.*}] AS nodes,
  [i IN range(0, length(p1) - 1) | {from: nodes(p1)[i].id, to: nodes(p1)[i + 1].id, type: type(relationships(p1)[i]), props: properties(relationships(p1)[i])}]
  + [i IN range(0, length(p2) - 1) | {from: nodes(p2)[i].id, to: nodes(p2)[i + 1].id, type: type(relationships(p2)[i]), props: properties(relationships(p2)[i])}]
  + [i IN range(0, length(p3) - 1) | {from: nodes(p3)[i].id, to: nodes(p3)[i + 1].id, type: type(relationships(p3)[i]), props: properties(relationships(p3)[i])}] AS links
