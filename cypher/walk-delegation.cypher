// example: {"body": "board:region-jamtland-harjedalen/halso-och-sjukvardsnamnden"}
// What a body delegates to offices, on what basis, and who substitutes for each office.
MATCH (body:Board {id: $body})-[d:DELEGATES_TO]->(office:Office)
OPTIONAL MATCH (office)-[s:SUBSTITUTED_BY]->(substitute:Office)
RETURN body.name AS body, office.id AS office, office.name AS officeName, d.matters AS matters,
       d.basis AS basis, substitute.id AS substitute, substitute.name AS substituteName, s.`when` AS substituteWhen
ORDER BY office, substitute
