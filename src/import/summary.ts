import type { WriteCounts, WriteResult } from './write.js';

export interface ImportSummary extends WriteResult {
  files: number;
  /** Reading, checking, planning and writing. */
  elapsedMs: number;
  /** Of which writing: the rest is the importer's own work. */
  writeMs: number;
}

function total(counts: Partial<Record<string, WriteCounts>>): WriteCounts {
  let created = 0;
  let merged = 0;
  for (const c of Object.values(counts)) { created += c?.created ?? 0; merged += c?.merged ?? 0; }
  return { created, merged };
}

function table(title: string, counts: Partial<Record<string, WriteCounts>>): string[] {
  const names = Object.keys(counts).sort();
  const width = Math.max(title.length, ...names.map((n) => n.length));
  const t = total(counts);
  return [
    `${title.padEnd(width)}  created   merged`,
    ...names.map((n) => `${n.padEnd(width)}  ${String(counts[n]!.created).padStart(7)}  ${String(counts[n]!.merged).padStart(7)}`),
    `${'total'.padEnd(width)}  ${String(t.created).padStart(7)}  ${String(t.merged).padStart(7)}`,
  ];
}

/** The summary every import ends with: nodes and relationships created or merged, by kind, and the time. */
export function formatSummary(s: ImportSummary): string {
  const n = total(s.nodes);
  const r = total(s.relationships);
  return [
    `imported ${s.files} file${s.files === 1 ? '' : 's'} in ${(s.elapsedMs / 1000).toFixed(2)} s (writing ${(s.writeMs / 1000).toFixed(2)} s): ` +
      `${n.created + n.merged} nodes (${n.created} created, ${n.merged} merged), ` +
      `${r.created + r.merged} relationships (${r.created} created, ${r.merged} merged)`,
    '',
    ...table('node kind', s.nodes),
    '',
    ...table('relationship type', s.relationships),
  ].join('\n');
}

/** A one-line progress bar for a terminal, redrawn in place. */
export function progressBar(stream: NodeJS.WritableStream, label: string): (done: number, all: number) => void {
  let last = -1;
  return (done, all) => {
    const pct = all === 0 ? 100 : Math.floor((done / all) * 100);
    if (pct === last && done !== all) return;
    last = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${done}/${all}${done === all ? '\n' : ''}`);
  };
}
