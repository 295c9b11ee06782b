import { isUtf8 } from 'node:buffer';
import { relative } from 'node:path';
import { type Document, LineCounter, parseDocument, isNode, type Node as YamlNode } from 'yaml';
import { limits } from '../model/index.js';
import type { ImportIssue } from './issues.js';
import { readCapped, readFailure } from './read.js';
import { walkFiles } from './walk.js';

/** What messages need of a file: its name, and a way to find the line of any field path in it. */
export interface InputFile {
  name: string;
  lineOf?: ((path: ReadonlyArray<string | number>) => number | undefined) | undefined;
}

/** One parsed import file. */
export interface ImportInput extends InputFile {
  data: unknown;
}

const EXTENSIONS = /\.(ya?ml|json)$/i;

/** Lists the import files under the given files and directories, each directory in name order, and their total size. */
export async function collectFiles(paths: string[]): Promise<{ files: string[]; bytes: number; issues: ImportIssue[] }> {
  const { files, issues } = await walkFiles(paths, {
    accept: (path) => EXTENSIONS.test(path),
    maxBytes: limits.fileBytes,
    emptyDirectory: 'the directory holds no .yaml, .yml or .json files',
  });
  return { files: files.map((f) => f.path), bytes: files.reduce((sum, f) => sum + f.size, 0), issues };
}

/** Reads and parses the import files under `paths`, one at a time. Unreadable or unparsable files come as issues. */
export async function* readFiles(paths: string[]): AsyncGenerator<ImportInput | ImportIssue> {
  const { files, issues } = await collectFiles(paths);
  if (paths.length === 0) issues.push({ file: '(arguments)', path: '', message: 'no files or directories given' });
  yield* issues;
  for (const file of files) yield await readImportFile(file);
}

/** Reads and parses one file: size limit, strict UTF-8, then JSON or YAML (see parseImportText). */
export async function readImportFile(file: string, name = relative(process.cwd(), file) || file): Promise<ImportInput | ImportIssue> {
  const read = await readCapped(file, limits.fileBytes).catch((e: NodeJS.ErrnoException) => ({ refused: readFailure(e) }));
  if ('refused' in read) return { file: name, path: '', message: read.refused };
  return parseImportText(read.bytes, name);
}

export function parseImportText(bytes: Uint8Array | string, name: string): ImportInput | ImportIssue {
  let text: string;
  if (typeof bytes === 'string') {
    text = bytes;
  } else {
    // Checking first and then decoding without checks is several times faster than a fatal TextDecoder.
    if (!isUtf8(bytes)) return { file: name, path: '', message: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
    text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  }
  if (text.trim() === '') return { file: name, path: '', message: 'the file is empty' };
  // JSON.parse is an order of magnitude faster than the YAML parser on large JSON files; the YAML
  // parser (which reads JSON too) is run only to place a parse error or an issue on its line.
  if (/\.json$/i.test(name)) {
    try {
      return { name, data: JSON.parse(text), lineOf: lazyLines(text) };
    } catch {
      // Fall through: the YAML parser reports where the JSON breaks.
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = lineCounter.linePos(e.pos[0]).line;
    return { file: name, line, path: '', message: `cannot parse: ${parseFailure(e.message)}` };
  }
  try {
    return { name, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), lineOf: lineFinder(doc, lineCounter) };
  } catch (e) {
    // An alias bomb (a few lines of aliases of aliases that expand to billions of values) or a
    // structure nested deeper than the stack: the file is refused, the import goes on to report the rest.
    return { file: name, path: '', message: `cannot parse: ${parseFailure((e as Error).message)}` };
  }
}

/** How many values YAML aliases may expand to in one file: far more than any real import uses. */
const MAX_ALIAS_COUNT = 100;

/** The parser's message, where it is an engine's, in words that say what to change. */
function parseFailure(message: string): string {
  if (/call stack/i.test(message)) return 'nästlad för djupt för att läsas (tusentals nivåer): platta ut strukturen';
  if (/alias count/i.test(message)) return `YAML-alias (*namn) expanderar till för många värden (gränsen är ${MAX_ALIAS_COUNT}): skriv ut värdena i stället för att nästla alias`;
  return message.split('\n')[0]!;
}

function lineFinder(doc: Document, lineCounter: LineCounter) {
  return (path: ReadonlyArray<string | number>): number | undefined => {
    // Walk up to the deepest part of the path that exists: a missing field's line is its parent's.
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && (node as YamlNode).range) return lineCounter.linePos((node as YamlNode).range![0]).line;
    }
    return undefined;
  };
}

/** Lines are found by parsing the text again, only when a message needs one. */
function lazyLines(text: string) {
  let find: ((path: ReadonlyArray<string | number>) => number | undefined) | undefined;
  return (path: ReadonlyArray<string | number>): number | undefined => {
    if (!find) {
      const lineCounter = new LineCounter();
      find = lineFinder(parseDocument(text, { lineCounter }), lineCounter);
    }
    return find(path);
  };
}

/** The offset of the first byte that breaks UTF-8, found in one pass. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += extra + 1;
  }
  return i;
}

export function isIssue(x: object): x is ImportIssue {
  return 'message' in x;
}
