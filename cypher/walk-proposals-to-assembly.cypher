// example: {"body": "board:region-jamtland-harjedalen/regionala-utvecklingsnamnden", "date": "2020-12-15", "paragraphs": [213, 214, 215, 216]}
// A body's decisions of one meeting, by paragraph, with the assembly each proposes to and the body's
// own accountability to that assembly.
MATCH (d:Decision)-[:DECIDED_BY]->(body:Board {id: $body})
WHERE d.date = $date AND d.paragraph IN $paragraphs
MATCH (d)-[:PROPOSES]->(assembly:Board {boardType: 'assembly'})
MATCH (body)-[accountable:ACCOUNTABLE_TO]->(assembly)
RETURN d.id AS decision, d.paragraph AS paragraph, d.title AS title, d.outcome AS outcome,
       assembly.id AS assembly, assembly.name AS assemblyName, accountable.basis AS basis
ORDER BY paragraph
