// example: {}
// The property names the relationships of one type carry (the :REL_TYPE slot is filled from the model).
MATCH (:Entity)-[r:REL_TYPE]->(:Entity)
UNWIND keys(r) AS key
RETURN DISTINCT key
ORDER BY key
