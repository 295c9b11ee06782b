/**
 * Reads hostile input as the importer does, in a process of its own, so a test can bound it in time
 * (a hang is killed) and in memory (its peak RSS is printed): `probe-read.ts import|text <paths…>`.
 */
import { readInputs } from '../../src/import/index.js';
import { extractFiles } from '../../src/import/text/index.js';

const [mode, ...paths] = process.argv.slice(2);
const out: { files: string[]; issues: Array<{ file: string; message: string }>; error?: string; maxRssMiB?: number } = { files: [], issues: [] };
try {
  if (mode === 'import') {
    const { inputs, issues } = await readInputs(paths);
    out.files = inputs.map((i) => i.name);
    out.issues = issues.map((i) => ({ file: i.file, message: i.message }));
  } else {
    out.files = (await extractFiles(paths)).map((f) => f.path);
  }
} catch (e) {
  out.error = `${(e as Error).name}: ${(e as Error).message}`;
}
out.maxRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify(out));
