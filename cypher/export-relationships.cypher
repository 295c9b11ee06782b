// example: {"afterStart": "", "afterEnd": "", "afterKey": "", "limit": 1000}
// One page of the relationships of one type, ordered by (start id, end id, key) after the given triple.
MATCH (a:Entity)-[r:REL_TYPE]->(b:Entity)
WITH a.id AS start, b.id AS end, coalesce(r.key, '') AS key, r
WHERE start > $afterStart
   OR (start = $afterStart AND (end > $afterEnd OR (end = $afterEnd AND key > $afterKey)))
WITH start, end, key, r
ORDER BY start, end, key
LIMIT $limit
RETURN start, end, key, properties(r) AS props
