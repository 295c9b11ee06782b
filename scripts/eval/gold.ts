/**
 * Hand-annotated gold for the extractor: one JSON file per document in eval/gold/, naming its text
 * (in eval/corpus/, or among the seed texts), the document's own context and every citation in it.
 * The format is described in eval/README.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { decodeBytes } from '../../src/import/text/index.js';

const anchored = { anchor: z.string().min(1), occurrence: z.number().int().nonnegative().optional() };
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const goldCitationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('decision'), body: z.string(), organization: z.string().optional(), date: date.nullable(), paragraph: z.number().int().nullable(), ...anchored }),
  z.object({ type: z.literal('case'), number: z.string(), organization: z.string().optional(), ...anchored }),
  z.object({ type: z.literal('law'), sfs: z.string().nullable(), name: z.string(), chapter: z.number().int().nullable(), section: z.string().nullable(), ...anchored }),
  z.object({ type: z.literal('document'), series: z.string(), number: z.string(), ...anchored }),
  z.object({ type: z.literal('motion'), author: z.string(), authors: z.array(z.string()).optional(), motionType: z.enum(['motion', 'initiativärende']), ...anchored }),
  z.object({ type: z.literal('assignment'), to: z.string(), ...anchored }),
]);
export type GoldCitation = z.infer<typeof goldCitationSchema>;

const contextField = z.enum(['organization', 'body', 'date']);
export type ContextField = z.infer<typeof contextField>;

export const goldFileSchema = z.object({
  /** Path of the text, relative to eval/corpus/ (or to the seed directory when `source` is "seeds"). */
  file: z.string(),
  source: z.enum(['corpus', 'seeds']).default('corpus'),
  /** The document's own organisation, body and meeting date, and which of them its text does not state. */
  context: z.object({
    organization: z.string(),
    body: z.string().nullable(),
    date: date.nullable(),
    kind: z.enum(['minutes', 'agenda', 'report']).optional(),
    unstated: z.array(contextField).default([]),
  }).optional(),
  note: z.string().optional(),
  citations: z.array(goldCitationSchema),
});
export type GoldFile = z.infer<typeof goldFileSchema>;

export interface GoldDocument {
  gold: GoldFile;
  /** The gold file's name, for messages. */
  name: string;
  /** Absolute path of the text. */
  path: string;
  text: string;
  /** Where each citation's anchor stands in the text, in the order of `gold.citations`. */
  spans: Array<[number, number]>;
}

export interface GoldDirs { goldDir: string; corpusDir: string; seedsDir: string }

function anchorSpan(text: string, g: GoldCitation, where: string): [number, number] {
  let at = -1;
  for (let k = 0; k <= (g.occurrence ?? 0); k++) at = text.indexOf(g.anchor, at + 1);
  if (at < 0) throw new Error(`${where}: anchor ${JSON.stringify(g.anchor)} (occurrence ${g.occurrence ?? 0}) is not in the text`);
  return [at, at + g.anchor.length];
}

/** Every gold document whose text is at hand; seed texts are skipped (and named) when their directory is absent. */
export function loadGold(dirs: GoldDirs, only?: (name: string) => boolean): { documents: GoldDocument[]; skipped: string[] } {
  const documents: GoldDocument[] = [];
  const skipped: string[] = [];
  for (const name of readdirSync(dirs.goldDir).filter((f) => f.endsWith('.json')).sort()) {
    if (only && !only(name)) continue;
    const parsed = goldFileSchema.safeParse(JSON.parse(readFileSync(join(dirs.goldDir, name), 'utf8')));
    if (!parsed.success) throw new Error(`eval/gold/${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const gold = parsed.data;
    const path = join(gold.source === 'seeds' ? dirs.seedsDir : dirs.corpusDir, gold.file);
    if (!existsSync(path)) {
      if (gold.source === 'seeds') { skipped.push(name); continue; }
      throw new Error(`eval/gold/${name}: text ${gold.file} not found in ${dirs.corpusDir}`);
    }
    // Offsets are into the text as the extractor decodes it.
    const text = decodeBytes(readFileSync(path)).text;
    const spans = gold.citations.map((g, k) => anchorSpan(text, g, `eval/gold/${name} citation ${k}`));
    documents.push({ gold, name, path, text, spans });
  }
  return { documents, skipped };
}
