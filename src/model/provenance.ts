import { z } from 'zod';
import { limits } from './limits.js';

/** Where a fact comes from: a Document, a place in it, and where the text states it, the words. */
export const source = z.strictObject({
  document: z.string().min(1).max(limits.refLength),
  locator: z.string().min(1).max(limits.shortText),
  quote: z.string().min(1).max(limits.quote).optional(),
});
export type Source = z.infer<typeof source>;

/**
 * Sources are stored as canonical JSON strings in a list property: Neo4j properties cannot hold
 * maps, and string equality lets Cypher merge the lists of two imports without duplicates.
 */
export function encodeSource(s: Source): string {
  return JSON.stringify({ document: s.document, locator: s.locator, ...(s.quote ? { quote: s.quote } : {}) });
}

export function decodeSource(text: string): Source {
  return source.parse(JSON.parse(text));
}
