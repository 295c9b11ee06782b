import type { Stats } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportIssue } from './issues.js';
import { describeSpecial, readFailure, tooLarge } from './read.js';

/** A file the walk found: its path as reached, and its size when listed. */
export interface FoundFile {
  path: string;
  size: number;
}

export interface WalkOptions {
  /** Files in a directory that are read; a path given by name is read whatever its name. */
  accept: (path: string) => boolean;
  /** The largest file read, in bytes: a larger one is refused by its size, unread. */
  maxBytes: number;
  /** The issue when a directory given by name holds no file that is read. */
  emptyDirectory: string;
}

/** Why a path could not be looked at, in words: a link to nothing is told from a missing file. */
async function statFailure(path: string, e: NodeJS.ErrnoException): Promise<string> {
  if (e.code === 'ENOENT' && (await lstat(path).then((l) => l.isSymbolicLink(), () => false))) return 'en symbolisk länk till något som inte finns';
  return readFailure(e);
}

const identity = (info: Stats) => `${info.dev}:${info.ino}`;

/**
 * Lists the files under the given files and directories, each directory in name order. Symbolic
 * links are followed, but every file and directory is taken once, by device and inode: a link
 * back to a directory being walked is a loop, named and not entered; a file reached by a second
 * name is not read again. Only regular files are listed: FIFOs, devices and sockets are named in
 * an issue and skipped, as are files over the size limit (by `stat`, before anything is read).
 */
export async function walkFiles(paths: string[], options: WalkOptions): Promise<{ files: FoundFile[]; issues: ImportIssue[] }> {
  const files: FoundFile[] = [];
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  const refuse = (file: string, message: string) => { issues.push({ file, path: '', message }); };

  async function walk(path: string, explicit: boolean, ancestors: ReadonlyMap<string, string>): Promise<void> {
    let info: Stats;
    try {
      info = await stat(path);
    } catch (e) {
      const error = e as NodeJS.ErrnoException;
      // What would not be read anyway (a dangling link to a .txt) is no problem; a loop always is.
      if (!explicit && !options.accept(path) && error.code !== 'ELOOP') return;
      return refuse(path, await statFailure(path, error));
    }
    const id = identity(info);
    if (info.isDirectory()) {
      const above = ancestors.get(id);
      if (above !== undefined) return refuse(path, `en slinga: länken leder tillbaka till ${above}, som redan gås igenom`);
      if (seen.has(id)) return;
      seen.add(id);
      let entries: string[];
      try {
        entries = (await readdir(path)).filter((e) => !e.startsWith('.')).sort();
      } catch (e) {
        return refuse(path, await statFailure(path, e as NodeJS.ErrnoException));
      }
      const before = files.length + issues.length;
      const inner = new Map(ancestors).set(id, path);
      for (const e of entries) await walk(join(path, e), false, inner);
      if (explicit && files.length + issues.length === before) refuse(path, options.emptyDirectory);
      return;
    }
    if (!explicit && !options.accept(path)) return;
    if (seen.has(id)) return;
    seen.add(id);
    const special = describeSpecial(info);
    if (special) return refuse(path, `${special}, inte en vanlig fil: läses inte`);
    if (info.size > options.maxBytes) return refuse(path, tooLarge(info.size, options.maxBytes));
    files.push({ path, size: info.size });
  }

  for (const p of paths) await walk(p, true, new Map());
  return { files, issues };
}
