/** Extraction from files: bytes decoded, one import document per file, names kept apart. */
import { basename } from 'node:path';
import { limits } from '../../model/index.js';
import { readInputBytes } from '../read.js';
import { decodeBytes } from './decode.js';
import { extractText } from './extract.js';
import { toGraph } from './toGraph.js';
import type { Citation, ExtractContext, Extraction } from './types.js';

export interface ExtractedFile {
  path: string;
  extraction: Extraction;
  warnings: string[];
}

/** Short, stable tag that keeps one document's `ref` aliases apart from another's. */
function tag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export async function extractFiles(paths: string[], context: ExtractContext = {}): Promise<ExtractedFile[]> {
  const out: ExtractedFile[] = [];
  for (const path of paths) {
    const decoded = decodeBytes(await readInputBytes(path, limits.fileBytes));
    const extraction = extractText(decoded.text, context);
    const warnings = extraction.warnings.map((w) => `${path}: ${w}`);
    if (decoded.encoding !== 'utf-8') warnings.unshift(`${path}: not valid UTF-8; read as Windows-1252`);
    out.push({ path, extraction, warnings });
  }
  return out;
}

/** One import-format document per file, ready for `checkInputs` and `importInputs`. */
export async function extractGraphFromFiles(
  paths: string[],
  context: ExtractContext = {},
): Promise<{ inputs: Array<{ name: string; data: unknown }>; warnings: string[] }> {
  const files = await extractFiles(paths, context);
  const inputs: Array<{ name: string; data: unknown }> = [];
  const warnings: string[] = [];
  const names = new Map<string, number>();
  for (const f of files) {
    const fileName = basename(f.path);
    const title = f.extraction.title ?? fileName;
    names.set(title, (names.get(title) ?? 0) + 1);
  }
  files.forEach((f, i) => {
    const fileName = basename(f.path);
    const title = f.extraction.title ?? fileName;
    // Two files with the same title line are still two documents.
    const name = names.get(title)! > 1 && title !== fileName ? `${title} (${fileName})` : title;
    const graph = toGraph(f.extraction, name, fileName, `t${i}${tag(f.path)}`);
    warnings.push(...f.warnings, ...graph.warnings.map((w) => `${f.path}: ${w}`));
    inputs.push({ name: `${f.path} (extracted)`, data: graph.data });
  });
  return { inputs, warnings };
}

/** The flat `--citations` list: the public fields of each citation, in document order. */
export function citationRecords(citations: Citation[]): Array<Record<string, unknown>> {
  return citations.map((c) => {
    const at = { start: c.start, end: c.end, text: c.text };
    switch (c.type) {
      case 'decision': return { type: c.type, body: c.body, date: c.date, paragraph: c.paragraph, ...at };
      case 'case': return { type: c.type, number: c.number, ...at };
      case 'law': return { type: c.type, sfs: c.sfs, name: c.name, chapter: c.chapter, section: c.section, ...at };
      case 'document': return { type: c.type, series: c.series, number: c.number, ...at };
      case 'motion': return { type: c.type, author: c.author, party: c.party, motionType: c.motionType, title: c.title, ...at };
      case 'assignment': return { type: c.type, to: c.to, due: c.due, task: c.task, ...at };
    }
  });
}
