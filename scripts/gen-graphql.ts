import { writeFileSync } from 'node:fs';
import { modelGraphqlPath } from '../src/api/schema/files.js';
import { modelSdl } from '../src/api/schema/model-sdl.js';

writeFileSync(modelGraphqlPath, modelSdl());
console.log(`wrote ${modelGraphqlPath}`);
