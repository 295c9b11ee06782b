// example: {"ids": ["board:region-jamtland-harjedalen/regionstyrelsen", "case:none"]}
// Entities by id, with every property; unknown ids give no row.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS node
