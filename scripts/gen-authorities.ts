import { writeFileSync } from 'node:fs';
import { authoritiesFile, authoritiesFilePath } from '../src/import/authoritiesFile.js';

writeFileSync(authoritiesFilePath, authoritiesFile());
console.log(`wrote ${authoritiesFilePath}`);
