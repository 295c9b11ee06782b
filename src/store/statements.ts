import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isKindName, isRelationshipType } from '../model/index.js';
import type { Slots } from './types.js';

/** The folder of Cypher statements: one statement a file, named by the file. */
export const cypherDir = fileURLToPath(new URL('../../cypher/', import.meta.url));

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`. */
export function statementText(name: string): string {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`invalid statement name "${name}"`);
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(`${cypherDir}${name}.cypher`, 'utf8');
    cache.set(name, text);
  }
  return text;
}

export function statementNames(): string[] {
  return readdirSync(cypherDir).filter((f) => f.endsWith('.cypher')).map((f) => f.slice(0, -'.cypher'.length)).sort();
}

/**
 * Cypher cannot take a label or relationship type as a parameter, so statements that write any kind
 * carry the placeholder label `:Kind` or type `:REL_TYPE`. They are filled here, and only with names
 * from the model's closed set, never from input text. The placeholders keep each file a valid
 * statement that lints and runs as it is.
 */
export function fillSlots(text: string, slots: Slots | undefined): string {
  if (!slots) return text;
  let out = text;
  if (slots.Kind !== undefined) {
    if (!isKindName(slots.Kind)) throw new Error(`"${slots.Kind}" is not a kind of the model`);
    out = out.replace(/:Kind\b/g, `:\`${slots.Kind}\``);
  }
  if (slots.REL_TYPE !== undefined) {
    if (!isRelationshipType(slots.REL_TYPE)) throw new Error(`"${slots.REL_TYPE}" is not a relationship type of the model`);
    out = out.replace(/:REL_TYPE\b/g, `:\`${slots.REL_TYPE}\``);
  }
  return out;
}

/** Splits a file of several statements (schema.cypher) on semicolons that end a line. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}
