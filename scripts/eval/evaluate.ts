/**
 * Runs the extractor over every gold document, once as a new user would (no context flags) and once
 * with --org/--body/--date taken from the gold context, and scores each run. Documents of
 * organisations in eval/dev-organisations.json (rules were written while looking at them) and the
 * seed texts are pooled apart from the rest: only organisations never looked at count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citationRecords, extractFiles } from '../../src/import/text/index.js';
import { loadGold, type GoldDirs, type GoldDocument } from './gold.js';
import { orgKey } from './keys.js';
import { loadMeetingGold, scoreMeeting, type MeetingScore } from './meeting.js';
import { scoreDocument, type DocumentScore, type ExtractorOutput, type FoundRecord } from './score.js';

/** The organisations rules were written against, when eval/dev-organisations.json does not say. */
export const DEFAULT_DEV_ORGANISATIONS = ['Region Jämtland Härjedalen', 'Göteborgs Stad', 'Mölndals stad', 'Jönköpings kommun'];

export interface EvalOptions extends GoldDirs {
  devOrganisationsFile: string;
  /** eval/gold-meeting/: the meeting records; left out when not given. */
  meetingGoldDir?: string;
  /** Only the gold files whose name passes. */
  only?: (name: string) => boolean;
}

export interface RunResult { withFlags: boolean; documents: Array<DocumentScore & { seen: boolean }> }

export interface EvalReport {
  devOrganisations: string[];
  devOrganisationsFrom: 'file' | 'default';
  skipped: string[];
  runs: [RunResult, RunResult];
  /** The meeting record, scored on the run without flags. */
  meeting: Array<MeetingScore & { seen: boolean }>;
}

export function readDevOrganisations(file: string): { names: string[]; from: 'file' | 'default' } {
  if (!existsSync(file)) return { names: DEFAULT_DEV_ORGANISATIONS, from: 'default' };
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { organisations?: unknown };
  if (!Array.isArray(parsed.organisations) || !parsed.organisations.every((o) => typeof o === 'string')) {
    throw new Error(`${file}: expected {"organisations": ["name", …]}`);
  }
  return { names: parsed.organisations as string[], from: 'file' };
}

/** The extractor as `extract --citations` runs it, on one file. */
export async function runExtractor(path: string, context: { org?: string; body?: string; date?: string }): Promise<ExtractorOutput> {
  const [file] = await extractFiles([path], context);
  const x = file!.extraction;
  // The meeting record is read when the extractor gives one (see eval/README.md for its shape).
  const meeting = (x as unknown as { meeting?: unknown }).meeting;
  return { org: x.org, body: x.body, date: x.date, citations: citationRecords(x.citations) as FoundRecord[], meeting };
}

function flagsOf(doc: GoldDocument): { org?: string; body?: string; date?: string } {
  const c = doc.gold.context;
  if (!c) return {};
  return {
    org: c.organization,
    ...(c.body ? { body: c.body } : {}),
    ...(c.date && /^\d{4}-\d{2}-\d{2}$/.test(c.date) ? { date: c.date } : {}),
  };
}

export async function evaluate(options: EvalOptions): Promise<EvalReport> {
  const { documents, skipped } = loadGold(options, options.only);
  const dev = readDevOrganisations(options.devOrganisationsFile);
  const devKeys = new Set(dev.names.map(orgKey));
  const seen = (d: GoldDocument) => d.gold.source === 'seeds' || devKeys.has(orgKey(d.gold.context?.organization));
  const run = async (withFlags: boolean): Promise<RunResult> => {
    const scored: RunResult['documents'] = [];
    for (const d of documents) {
      const out = await runExtractor(d.path, withFlags ? flagsOf(d) : {});
      scored.push({ ...scoreDocument(d, out), seen: seen(d) });
    }
    return { withFlags, documents: scored };
  };
  const meeting: EvalReport['meeting'] = [];
  for (const g of options.meetingGoldDir ? loadMeetingGold(options.meetingGoldDir) : []) {
    if (options.only && !options.only(`${g.file.replace(/\.txt$/u, '').replace('/', '_')}.json`)) continue;
    const out = await runExtractor(join(options.corpusDir, g.file), {});
    meeting.push({ ...scoreMeeting(g, out.meeting), seen: devKeys.has(orgKey(g.organization)) });
  }
  return { devOrganisations: dev.names, devOrganisationsFrom: dev.from, skipped, runs: [await run(false), await run(true)], meeting };
}
