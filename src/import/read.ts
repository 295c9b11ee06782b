import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/** What a path is when it is not a regular file, named for messages. */
export function describeSpecial(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'en mapp';
  if (info.isFIFO()) return 'en namngiven pipe (FIFO)';
  if (info.isCharacterDevice()) return 'en teckenenhet (device)';
  if (info.isBlockDevice()) return 'en blockenhet (device)';
  if (info.isSocket()) return 'en socket';
  return 'inte en vanlig fil';
}

const MiB = 2 ** 20;
export const formatBytes = (bytes: number) => (bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${bytes} byte`);

export function tooLarge(size: number | string, limit: number): string {
  return `filen är ${typeof size === 'number' ? formatBytes(size) : size}; gränsen är ${formatBytes(limit)}: dela upp den i flera filer`;
}

/** The bytes of a file, or why it was not read. */
export type ReadResult = { bytes: Buffer } | { refused: string };

/**
 * Reads a regular file of at most `limit` bytes. The file is opened without blocking (a FIFO would
 * wait for a writer for ever) and checked by `fstat` on the open descriptor, so what is checked is
 * what is read; the read stops at the limit even when the file grows meanwhile, so a device such as
 * /dev/zero or a file larger than Node can hold is never read whole.
 */
export async function readCapped(path: string, limit: number): Promise<ReadResult> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const info = await handle.stat();
    const special = describeSpecial(info);
    if (special) return { refused: `${special}, inte en vanlig fil: läses inte` };
    if (info.size > limit) return { refused: tooLarge(info.size, limit) };
    let buffer = Buffer.allocUnsafe(Math.min(info.size, limit) + 1);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        // Full: past the limit, or the file grew after fstat (read on, into a larger buffer).
        if (filled > limit) return { refused: tooLarge(`över ${formatBytes(limit)}`, limit) };
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
        buffer.copy(grown, 0, 0, filled);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) return { bytes: buffer.subarray(0, filled) };
      filled += bytesRead;
    }
  } finally {
    await handle.close();
  }
}


/** A file named on the command line that is not read: which, and why. Nothing was written. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
  constructor(readonly path: string, readonly reason: string) {
    super(`cannot read ${path}: ${reason}`);
  }
}

/** The bytes of one file named on the command line, or an UnreadableFileError that names it and says why not. */
export async function readInputBytes(path: string, limit: number): Promise<Buffer> {
  const read = await readCapped(path, limit).catch((e: NodeJS.ErrnoException) => ({ refused: readFailure(e) }));
  if ('refused' in read) throw new UnreadableFileError(path, read.refused);
  return read.bytes;
}

/** Why a file could not be opened, in words. */
export function readFailure(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT': return 'no such file or directory (finns inte)';
    case 'ELOOP': return 'symboliska länkar som pekar på varandra i en slinga: läses inte';
    case 'EACCES': case 'EPERM': return 'saknar läsrättighet';
    case 'EISDIR': return 'en mapp, inte en fil';
    default: return `kan inte läsas (${e.code ?? e.message})`;
  }
}
