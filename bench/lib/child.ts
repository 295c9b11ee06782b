import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What every phase prints as its last line: its figures and the peak resident memory it reached. */
export interface PhaseOutput<T> {
  result: T;
  /** Peak resident set size in bytes (process.resourceUsage().maxRSS is in kilobytes). */
  maxRssBytes: number;
}

/**
 * Runs a phase in its own Node process, so its peak RSS is its own and not the benchmark's, and
 * reads the JSON line it ends with. Stderr passes through for progress messages.
 */
export function runPhase<T>(phase: string, args: string[], heapMiB?: number): Promise<PhaseOutput<T>> {
  const script = fileURLToPath(new URL(`../phases/${phase}.ts`, import.meta.url));
  // The importer validates a whole import in memory before writing, which at a million decisions
  // outgrows V8's default heap limit.
  const heap = heapMiB ? [`--max-old-space-size=${heapMiB}`] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...heap, '--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { out += chunk; });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`phase ${phase} exited with ${code}`));
      try {
        resolve(JSON.parse(last) as PhaseOutput<T>);
      } catch {
        reject(new Error(`phase ${phase} printed no result: ${last.slice(0, 200)}`));
      }
    });
  });
}

/** Ends a phase: prints its result with the process's peak RSS. */
export function finishPhase(result: unknown): void {
  const output: PhaseOutput<unknown> = { result, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  process.stdout.write(`${JSON.stringify(output)}\n`);
}
