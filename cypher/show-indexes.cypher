// The store's indexes by name: the tests show that a load leaves the schema as it found it.
SHOW INDEXES
