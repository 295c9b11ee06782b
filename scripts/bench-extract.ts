/**
 * Throughput of the text extractor on minutes-like text, per core (CPU time of this single-threaded
 * process), against a plain `text.split('\n')` pass over the same text in the same process.
 *
 *   npm run bench:extract [-- <megabytes>]       (default 20 MB; seed texts from SEEDS_DIR if present)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeBytes, extractText } from '../src/import/text/index.js';

const root = resolve(import.meta.dirname, '..');
const seedsDir = process.env.SEEDS_DIR ?? resolve(root, '../shared/seeds');
const megabytes = Number(process.argv[2] ?? 20);

function corpus(): string[] {
  const texts = readdirSync(join(root, 'test/fixtures/minutes')).map((f) => readFileSync(join(root, 'test/fixtures/minutes', f), 'utf8'));
  if (existsSync(seedsDir)) for (const f of readdirSync(seedsDir).sort()) texts.push(decodeBytes(readFileSync(join(seedsDir, f))).text);
  return texts;
}

/**
 * Best of `runs`, in milliseconds of this process's CPU time: on a shared machine the wall clock
 * also counts other processes, while CPU time measures what one core does for this work.
 */
function best(runs: number, f: () => void): number {
  let min = Infinity;
  for (let k = 0; k < runs; k++) {
    const t = process.cpuUsage();
    f();
    const used = process.cpuUsage(t);
    min = Math.min(min, (used.user + used.system) / 1000);
  }
  return min;
}

const parts = corpus();
const unit = parts.join('\n\n');
const text = unit.repeat(Math.max(1, Math.ceil((megabytes * 1e6) / unit.length)));
const bytes = new TextEncoder().encode(text);
const mb = bytes.length / 1e6;
extractText(unit); // warm up the compiled regexes and functions

const split = best(3, () => void text.split('\n'));
const decode = best(3, () => void decodeBytes(bytes));
let citations = 0;
const extract = best(3, () => { citations = extractText(text).citations.length; });

const rate = (ms: number) => mb / (ms / 1000);
console.log(`input        ${mb.toFixed(1)} MB of UTF-8 (${parts.length} texts repeated), ${citations} citations`);
console.log(`split('\\n')  ${rate(split).toFixed(0).padStart(6)} MB/s  (baseline)`);
console.log(`decode       ${rate(decode).toFixed(0).padStart(6)} MB/s`);
console.log(`extract      ${rate(extract).toFixed(1).padStart(6)} MB/s  = ${(split / extract).toFixed(3)} × the baseline, per core (CPU time)`);
console.log(rate(extract) >= 5 ? 'meets the 5 MB/s per core target' : 'BELOW the 5 MB/s per core target');
