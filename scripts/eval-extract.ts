/**
 * Precision and recall of the text extractor per citation kind, per document and pooled, against
 * hand-annotated gold (eval/gold/*.json over the texts in eval/corpus/ and the seed texts), run without
 * and with the context flags, pooled leave-one-organisation-out; and how often it reads a document's
 * own organisation, body and date. See eval/README.md.
 *
 *   npm run eval:extract [-- --verbose] [-- --json]     (seed texts from SEEDS_DIR, default ../shared/seeds)
 */
import { resolve } from 'node:path';
import { evaluate } from './eval/evaluate.js';
import { formatReport } from './eval/report.js';

const root = resolve(import.meta.dirname, '..');
const report = await evaluate({
  goldDir: resolve(root, 'eval/gold'),
  corpusDir: resolve(root, 'eval/corpus'),
  seedsDir: process.env.SEEDS_DIR ?? resolve(root, '../shared/seeds'),
  devOrganisationsFile: resolve(root, 'eval/dev-organisations.json'),
  meetingGoldDir: resolve(root, 'eval/gold-meeting'),
});
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 1));
else console.log(formatReport(report, process.argv.includes('--verbose')));
