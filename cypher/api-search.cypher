// example: {"terms": ["regionstyrels"], "phrase": "regionstyrelsens", "stem": "regionstyrels", "kinds": null, "skip": 0, "limit": 20}
// Entities whose folded search text (name | title | abbreviation | aliases …) contains every term.
// Best match first: the whole name or another name exactly, then names that start with the stemmed
// query, then names that contain it at a word start, then the rest; shorter names before longer.
MATCH (n:Entity)
WITH n, coalesce(n.searchText, toLower(n.name)) AS text
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND all(t IN $terms WHERE text CONTAINS t)
WITH n, CASE
    WHEN (' | ' + text + ' | ') CONTAINS (' | ' + $phrase + ' | ') THEN 0
    WHEN text STARTS WITH $stem THEN 1
    WHEN (' | ' + text) CONTAINS (' | ' + $stem) THEN 2
    WHEN (' ' + text) CONTAINS (' ' + $stem) THEN 3
    ELSE 4
  END AS rank
ORDER BY rank, size(n.name), n.name, n.id
WITH collect(n) AS hits
RETURN size(hits) AS total, [x IN hits[$skip..($skip + $limit)] | x {.*}] AS page
