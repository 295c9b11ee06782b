import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.js';

const usage = 'usage: npm run gen -- --decisions N [--seed S] [--per-file N] [--start-year YYYY] --out DIR';

/** `npm run gen`: writes a synthetic national corpus in the import format and prints its counts. */
function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      decisions: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' },
      'per-file': { type: 'string', default: '1000' }, 'start-year': { type: 'string', default: '2015' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\nWrites all 21 regions and 290 municipalities with their bodies, and N decisions, to DIR.\n`);
    return 0;
  }
  const decisions = Number(values.decisions);
  const perFile = Number(values['per-file']);
  if (!values.out || !Number.isInteger(decisions) || decisions < 1 || !Number.isInteger(perFile) || perFile < 1) {
    process.stderr.write(`${usage}\n`);
    return 1;
  }
  const started = performance.now();
  const summary = generateCorpus({ decisions, seed: Number(values.seed), out: values.out, perFile, startYear: Number(values['start-year']) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`wrote ${summary.files} files to ${values.out} in ${seconds} s\n`);
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
