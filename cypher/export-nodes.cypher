// example: {"after": "", "limit": 1000}
// One page of the nodes of one kind, in id order after the id `after` (keyset paging keeps each page
// as cheap as the first). Sorting and limiting before reading properties reads only the page's nodes.
MATCH (n:Kind)
WHERE n.id > $after
WITH n
ORDER BY n.id
LIMIT $limit
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
