import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from '../../src/synthetic/random.js';
import { type NodeRecord, type RelationshipRecord } from '../../src/synthetic/writer.js';

/** Ids and words the query benchmark asks about, drawn from the corpus files with a fixed seed. */
export interface QuerySamples {
  /** Decisions with lineage (extended, amended, proposed, answered or reported back on). */
  decisions: string[];
  /** Committees and other bodies that take decisions. */
  bodies: string[];
  words: string[];
}

const LINEAGE = new Set(['EXTENDS', 'AMENDS', 'SUPERSEDES', 'PROPOSES', 'PREPARES', 'ANSWERS', 'REPORTS_BACK_ON']);

/** Names and inflected forms users search for. */
const WORDS = ['regionstyrelsens', 'kommunstyrelsen', 'hälso- och sjukvårdsnamnden', 'bostäder', 'socialnämnden', 'kollektivtrafik', 'Bräcke', 'motion om nära vård'];

export function querySamples(corpus: string, count: number, seed = 11): QuerySamples {
  const random = new Random(seed);
  const files = readdirSync(corpus).filter((f) => f.startsWith('decisions-')).sort();
  const decisions = new Set<string>();
  const bodies = new Set<string>();
  for (let tries = 0; tries < 20 && decisions.size < count; tries++) {
    const doc = JSON.parse(readFileSync(join(corpus, random.pick(files)), 'utf8')) as { nodes: NodeRecord[]; relationships: RelationshipRecord[] };
    const withLineage = doc.relationships.filter((r) => LINEAGE.has(r.type)).map((r) => r.from);
    for (let i = 0; i < Math.min(count, withLineage.length); i++) decisions.add(random.pick(withLineage));
    for (const n of doc.nodes) if (n.kind === 'Decision' && bodies.size < count) bodies.add(String(n.body));
  }
  return { decisions: [...decisions].slice(0, count), bodies: [...bodies], words: WORDS };
}
