// example: {"ids": ["board:region-jamtland-harjedalen/regionstyrelsen", "case:none"]}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind, n.name AS name
