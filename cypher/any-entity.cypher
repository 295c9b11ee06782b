// Whether the store holds anything: an import into an empty store need not look up its ids.
MATCH (n:Entity)
RETURN n.id AS id
LIMIT 1
