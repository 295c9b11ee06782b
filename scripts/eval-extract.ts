/**
 * Precision and recall of the text extractor per citation type, against hand-annotated gold
 * citations for the shared seed texts (eval/gold/*.json). A found citation counts when its type and
 * identifying fields equal a gold citation's and its span overlaps the gold anchor text.
 *
 *   npm run eval:extract [-- --verbose]     (seed texts from SEEDS_DIR, default ../shared/seeds)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeBytes, extractText, type Citation } from '../src/import/text/index.js';

interface Gold { type: Citation['type']; anchor: string; occurrence?: number; [field: string]: unknown }
interface GoldFile { file: string; citations: Gold[] }

const root = resolve(import.meta.dirname, '..');
const seedsDir = process.env.SEEDS_DIR ?? resolve(root, '../shared/seeds');
const verbose = process.argv.includes('--verbose');

/** The fields that say which thing a citation names. */
function keyOf(c: Record<string, unknown>): string {
  switch (c.type) {
    case 'decision': return `${c.body}|${c.date}|${c.paragraph}`;
    case 'case': return String(c.number);
    case 'law': return `${c.sfs ?? c.name}|${c.chapter}|${c.section}`;
    case 'document': return `${c.series}|${c.number}`;
    case 'motion': return `${c.author}|${c.motionType}`;
    default: return String(c.to).toLowerCase();
  }
}

function anchorSpan(text: string, g: Gold): [number, number] {
  let at = -1;
  for (let k = 0; k <= (g.occurrence ?? 0); k++) at = text.indexOf(g.anchor, at + 1);
  if (at < 0) throw new Error(`gold anchor not found: ${JSON.stringify(g.anchor)}`);
  return [at, at + g.anchor.length];
}

const types: Array<Citation['type']> = ['decision', 'case', 'law', 'document', 'motion', 'assignment'];
const totals = new Map(types.map((t) => [t, { gold: 0, found: 0, hits: 0 }]));

if (!existsSync(seedsDir)) {
  console.error(`seed texts not found in ${seedsDir}; set SEEDS_DIR`);
  process.exit(1);
}
for (const name of readdirSync(join(root, 'eval/gold')).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(root, 'eval/gold', name), 'utf8')) as GoldFile;
  const text = decodeBytes(readFileSync(join(seedsDir, gold.file))).text;
  const found = extractText(text).citations;
  const spans = gold.citations.map((g) => anchorSpan(text, g));
  const matched = new Set<number>();
  const hits = new Set<Citation>();
  for (const c of found) {
    const i = gold.citations.findIndex((g, k) => !matched.has(k) && g.type === c.type && keyOf(g) === keyOf(c as never) && c.start < spans[k]![1] && spans[k]![0] < c.end);
    if (i >= 0) { matched.add(i); hits.add(c); }
  }
  for (const t of types) {
    const s = totals.get(t)!;
    s.gold += gold.citations.filter((g) => g.type === t).length;
    s.found += found.filter((c) => c.type === t).length;
    s.hits += [...hits].filter((c) => c.type === t).length;
  }
  if (verbose) {
    console.log(`\n${gold.file}`);
    gold.citations.forEach((g, k) => { if (!matched.has(k)) console.log(`  missed ${g.type} ${keyOf(g)}  «${g.anchor}»`); });
    for (const c of found) if (!hits.has(c)) console.log(`  extra  ${c.type} ${keyOf(c as never)}  «${c.text.replace(/\s+/g, ' ').slice(0, 80)}»`);
  }
}

const pct = (a: number, b: number) => (b === 0 ? '   –' : (a / b).toFixed(2));
console.log(`\n${'type'.padEnd(11)} ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'right'.padStart(6)}  precision  recall`);
let all = { gold: 0, found: 0, hits: 0 };
for (const [t, s] of totals) {
  all = { gold: all.gold + s.gold, found: all.found + s.found, hits: all.hits + s.hits };
  console.log(`${t.padEnd(11)} ${String(s.gold).padStart(5)} ${String(s.found).padStart(6)} ${String(s.hits).padStart(6)}  ${pct(s.hits, s.found).padStart(9)}  ${pct(s.hits, s.gold).padStart(6)}`);
}
console.log(`${'all'.padEnd(11)} ${String(all.gold).padStart(5)} ${String(all.found).padStart(6)} ${String(all.hits).padStart(6)}  ${pct(all.hits, all.found).padStart(9)}  ${pct(all.hits, all.gold).padStart(6)}`);
