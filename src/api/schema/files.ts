import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of SDL files: `model.graphql` (generated from the model) and the hand-written rest. */
export const graphqlDir = fileURLToPath(new URL('../../../graphql/', import.meta.url));
export const modelGraphqlPath = `${graphqlDir}model.graphql`;

/** Every `.graphql` file of the folder, in name order. */
export function readSdlFiles(): string[] {
  return readdirSync(graphqlDir).filter((f) => f.endsWith('.graphql')).sort().map((f) => readFileSync(`${graphqlDir}${f}`, 'utf8'));
}
