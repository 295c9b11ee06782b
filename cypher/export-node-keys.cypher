// example: {}
// The property names the nodes of one kind carry (the :Kind slot is filled from the model): the CSV columns.
MATCH (n:Kind)
UNWIND keys(n) AS key
RETURN DISTINCT key
ORDER BY key
