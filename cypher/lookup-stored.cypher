// example: {"ids": ["board:region-jamtland-harjedalen/regionstyrelsen", "case:none"]}
// What an import planner needs of the stored nodes it names: all their properties, to check that
// the import keeps each stored node's name and natural key.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, properties(n) AS props
