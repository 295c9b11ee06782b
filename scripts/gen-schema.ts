import { writeFileSync } from 'node:fs';
import { schemaCypher } from '../src/model/index.js';
import { cypherDir } from '../src/store/statements.js';

writeFileSync(`${cypherDir}schema.cypher`, schemaCypher());
console.log(`wrote ${cypherDir}schema.cypher`);
