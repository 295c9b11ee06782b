// example: {"body": "board:region-jamtland-harjedalen/regionala-utvecklingsnamnden", "date": "2020-12-15", "paragraphs": [213, 214, 215, 216]}
// A body's decisions of one meeting, by paragraph, with the assembly the body answers to and the
// decision each proposes, where the graph holds it.
MATCH (d:Decision)-[:DECIDED_BY]->(body:Board {id: $body})
WHERE d.date = $date AND d.paragraph IN $paragraphs
MATCH (body)-[:ACCOUNTABLE_TO]->(assembly:Board {boardType: 'assembly'})
OPTIONAL MATCH (d)-[:PROPOSES]->(proposed:Decision)
RETURN d.id AS decision, d.paragraph AS paragraph, d.title AS title, d.outcome AS outcome,
       assembly.id AS assembly, assembly.name AS assemblyName, proposed.id AS proposed
ORDER BY paragraph
