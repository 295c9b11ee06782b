// example: {"decision": "decision:region-jamtland-harjedalen/regionstyrelsen/2020/39"}
// Every decision that extends a decision, directly or through earlier extensions, nearest first.
MATCH path = (extension:Decision)-[:EXTENDS*1..10]->(original:Decision {id: $decision})
RETURN original.id AS original, extension.id AS extension, extension.date AS date,
       extension.title AS title, extension.outcome AS outcome, length(path) AS depth
ORDER BY depth, extension
