import { getHeapStatistics } from 'node:v8';
import { collectFiles } from './files.js';

/**
 * The importer holds a whole import in memory while it validates it (nothing is written unless all
 * of it is valid): about 16 bytes of heap a byte of import file, as measured on the synthetic corpus
 * (56 MB → 1.5 GiB, 537 MB → 10 GiB peak with the store's own memory).
 */
export const HEAP_PER_INPUT_BYTE = 16;

const GiB = 2 ** 30;
const gib = (bytes: number) => `${(bytes / GiB).toFixed(1)} GiB`;

/** A warning when files of `inputBytes` likely need more heap than Node allows this process, else null. */
export function heapWarning(inputBytes: number, heapLimit: number = getHeapStatistics().heap_size_limit): string | null {
  const need = inputBytes * HEAP_PER_INPUT_BYTE;
  if (need <= heapLimit) return null;
  const suggestMiB = Math.ceil((need * 1.25) / GiB) * 1024;
  return `these files (${(inputBytes / 2 ** 20).toFixed(0)} MiB) may need about ${gib(need)} of memory while they are validated, ` +
    `more than Node's heap limit here (${gib(heapLimit)}); if the import runs out of memory, ` +
    `run it with NODE_OPTIONS=--max-old-space-size=${suggestMiB}`;
}

/** The total size of the import files under `paths` (what `import` would read). */
export async function inputBytes(paths: string[]): Promise<number> {
  return (await collectFiles(paths)).bytes;
}
