// example: {"body": "Regionstyrelsen", "bodyPhrase": "regionstyrelsen", "bodyStem": "regionstyrels", "from": "2020", "to": "2020-12", "paragraph": null, "terms": null, "cites": null, "skip": 0, "limit": 20}
// Decisions narrowed by body (id, or a name, abbreviation or alias), dates, paragraph, words and
// what they cite; in date order. A date known only to the month or year counts when it overlaps
// the range, so `from` and `to` are compared at the precision both sides share. Words match the
// folded search text (name, title) and the summary and outcome, folded the same way (å, ä → a, ö → o).
// The bodies come first and the pattern starts at them, so that only their decisions are read
// (written from the decision's side, Grafeo reads every decision: 800 ms instead of 3 at 1M).
MATCH (b:Board)
WHERE $body IS NULL OR b.id = $body
    OR (' | ' + b.searchText + ' | ') CONTAINS (' | ' + $bodyPhrase + ' | ')
    OR b.searchText STARTS WITH $bodyStem
MATCH (b)<-[:DECIDED_BY]-(d:Decision)
WHERE ($from IS NULL OR left(d.date, size($from)) >= left($from, size(d.date)))
  AND ($to IS NULL OR left(d.date, size($to)) <= left($to, size(d.date)))
  AND ($paragraph IS NULL OR d.paragraph = $paragraph)
  AND ($terms IS NULL OR all(t IN $terms WHERE (coalesce(d.searchText, '') + ' '
    + replace(replace(replace(replace(toLower(coalesce(d.summary, '') + ' ' + coalesce(d.outcome, '')), 'å', 'a'), 'ä', 'a'), 'ö', 'o'), 'é', 'e')) CONTAINS t))
  AND ($cites IS NULL OR EXISTS { (d)-[:CITES]->(:Entity {id: $cites}) })
WITH DISTINCT d
ORDER BY d.date, d.paragraph, d.id
WITH collect(d) AS hits
RETURN size(hits) AS total, [x IN hits[$skip..($skip + $limit)] | x {.*}] AS page
