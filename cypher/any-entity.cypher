// Whether the store holds anything (`storeIsEmpty`): one node found, or none, without counting.
MATCH (n:Entity)
RETURN n.id AS id
LIMIT 1
