// Generated from src/model by `npm run gen:schema`; a test checks that it is up to date.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_id_lookup IF NOT EXISTS FOR (n:Entity) ON (n.id);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX county_code IF NOT EXISTS FOR (n:`County`) ON (n.code);
CREATE INDEX municipality_code IF NOT EXISTS FOR (n:`Municipality`) ON (n.code);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:`Meeting`) ON (n.date);
CREATE INDEX decision_date IF NOT EXISTS FOR (n:`Decision`) ON (n.date);
CREATE INDEX decision_paragraph IF NOT EXISTS FOR (n:`Decision`) ON (n.paragraph);
CREATE INDEX case_number IF NOT EXISTS FOR (n:`Case`) ON (n.number);
CREATE INDEX audit_date IF NOT EXISTS FOR (n:`Audit`) ON (n.date);
CREATE INDEX law_designation IF NOT EXISTS FOR (n:`Law`) ON (n.designation);
CREATE INDEX document_date IF NOT EXISTS FOR (n:`Document`) ON (n.date);
