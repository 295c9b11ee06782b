import { citationRecords, extractFiles, extractGraphFromFiles } from '../../import/text/index.js';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../command.js';

export const command: Command = {
  name: 'extract',
  summary: 'read minutes or agenda text and print the graph (or the citations) it states',
  help: `Usage: beslutsgraf extract <file…> [--org NAME] [--body NAME] [--date YYYY-MM-DD] [--citations]

Reads Swedish minutes and agendas as plain text (UTF-8, else Windows-1252; HTML tags are ignored)
and prints, as JSON on stdout, one import-format document (version 1) with the documents, bodies,
decisions, cases, laws, motions and assignments the text cites and the relations its wording
states. Every node and relationship is sourced to its file with character offsets and the quoted
words. Save the output as a .json file to check or import it, or use \`import --from-text\`.

Options:
  --org NAME         the organization the text speaks for (default: the region it names)
  --body NAME        the body whose meeting it records (default: the one the text names)
  --date YYYY-MM-DD  the meeting date (default: the one the text states)
  --citations        print a flat JSON array of citations instead, one object per citation
  -h, --help         show this help

Where the text states its body or date, the text wins and a disagreement is a warning on stderr.
Exit codes: 0 extracted, 1 usage error or unreadable file.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      org: { type: 'string' }, body: { type: 'string' }, date: { type: 'string' }, citations: { type: 'boolean' },
    });
    if (values.help) { io.stdout.write(`${this.help}\n`); return EXIT.ok; }
    if (positionals.length === 0) throw new UsageError('give at least one text file to extract from');
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date ${values.date} is not a date as YYYY-MM-DD`);
    const context = { org: values.org, body: values.body, date: values.date };
    try {
      if (values.citations) {
        const files = await extractFiles(positionals, context);
        for (const f of files) for (const w of f.warnings) io.stderr.write(`warning: ${w}\n`);
        const records = files.flatMap((f) => citationRecords(f.extraction.citations).map((r) => (files.length > 1 ? { file: f.path, ...r } : r)));
        io.stdout.write(`${JSON.stringify(records, null, 1)}\n`);
        return EXIT.ok;
      }
      const { inputs, warnings } = await extractGraphFromFiles(positionals, context);
      for (const w of warnings) io.stderr.write(`warning: ${w}\n`);
      // Each file's aliases are its own, so the documents join into one import document.
      const docs = inputs.map((i) => i.data as { nodes: unknown[]; relationships: unknown[] });
      const merged = { version: 1, nodes: docs.flatMap((d) => d.nodes), relationships: docs.flatMap((d) => d.relationships) };
      io.stdout.write(`${JSON.stringify(merged, null, 1)}\n`);
      return EXIT.ok;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'ENOENT' || err.code === 'EISDIR' || err.code === 'EACCES') {
        io.stderr.write(`beslutsgraf extract: cannot read ${err.path ?? 'a file'}: ${err.code}\n`);
        return EXIT.invalidInput;
      }
      throw e;
    }
  },
};
