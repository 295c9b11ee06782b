import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../scripts/eval/evaluate.js';
import { bodyKey, caseKey, orgKey } from '../scripts/eval/keys.js';
import { formatReport, pool } from '../scripts/eval/report.js';
import { loadGold } from '../scripts/eval/gold.js';
import { loadMeetingGold, MEETING_ELEMENTS, scoreMeeting } from '../scripts/eval/meeting.js';

const root = resolve(import.meta.dirname, '..');
const GR = 'gr-forbundsfullmaktige_2023-12-12.json';
const dirs = { goldDir: join(root, 'eval/gold'), corpusDir: join(root, 'eval/corpus'), seedsDir: join(root, 'no-seeds-here') };

describe('eval:extract', () => {
  it('scores one gold document without and with context flags, and a citation the extractor finds counts as right', async () => {
    const report = await evaluate({ ...dirs, devOrganisationsFile: join(root, 'eval/dev-organisations.json'), only: (n) => n === GR });
    expect(report.runs.map((r) => r.withFlags)).toEqual([false, true]);
    for (const run of report.runs) {
      expect(run.documents).toHaveLength(1);
      const doc = run.documents[0]!;
      expect(doc.file).toBe('gr-forbundsfullmaktige/2023-12-12.txt');
      expect(doc.seen).toBe(false);
      expect(Object.keys(doc.byKind).sort()).toEqual(['assignment', 'case', 'decision', 'document', 'law', 'motion', 'provision']);
      expect(doc.byKind.decision.gold).toBe(1);
      expect(Object.keys(doc.context).sort()).toEqual(['body', 'date', 'organization']);
    }
    // "Förbundsstyrelsen har behandlat ärendet den 24 november 2023, § 86": with the document's
    // organisation given, the cited decision is the federation board's and is a true positive.
    const flagged = report.runs[1].documents[0]!;
    expect(flagged.byKind.decision.right).toBe(1);
    expect(flagged.missed.filter((m) => m.kind === 'decision')).toEqual([]);
    expect(pool(report.runs[1].documents).decision.right).toBe(1);

    const text = formatReport(report);
    expect(text).toContain('Without context flags');
    expect(text).toContain('With --org/--body/--date from the gold context');
    expect(text).toContain('Pooled, organisations never seen (the figures that count)');
    expect(text).toMatch(/decision .*P ≥ 0\.95, R ≥ 0\.90/u);
    expect(text).toContain('Document context');
  });

  it('counts an organisation named in eval/dev-organisations.json as seen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-dev-'));
    const file = join(dir, 'dev-organisations.json');
    writeFileSync(file, JSON.stringify({ organisations: ['Göteborgsregionens kommunalförbund'] }));
    const report = await evaluate({ ...dirs, devOrganisationsFile: file, only: (n) => n === GR });
    expect(report.devOrganisationsFrom).toBe('file');
    expect(report.runs[0].documents[0]!.seen).toBe(true);
  });

  it('matches bodies, organisations and case numbers on normalised keys', () => {
    expect(bodyKey('Socialnämnden Hisingen')).toBe(bodyKey('Socialnämnd Hisingen'));
    expect(bodyKey('kommunstyrelsens')).toBe(bodyKey('Kommunstyrelsen'));
    expect(bodyKey('dåvarande Barn- och utbildningsnämnden')).toBe(bodyKey('BUN'));
    expect(bodyKey('Vård- och omsorgsnämnden')).not.toBe(bodyKey('Omsorgsnämnden'));
    expect(bodyKey('Kommunstyrelsens arbetsutskott')).not.toBe(bodyKey('Kommunstyrelsen'));
    expect(orgKey('Göteborgs Stad')).toBe(orgKey('Göteborgs stad'));
    expect(orgKey('Västra Götalandsregionen')).toBe(orgKey('Region Västra Götaland'));
    expect(orgKey('Region Jönköpings län')).not.toBe(orgKey('Jönköpings kommun'));
    expect(orgKey('Göteborgsregionens kommunalförbund')).not.toBe(orgKey('Göteborgs Stad'));
    expect(caseKey('SLK dnr 0571/23')).toBe(caseKey('SLK 0571/23'));
  });

  it('names the gold file and the anchor when an anchor is not in its text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-gold-'));
    mkdirSync(join(dir, 'gold'));
    mkdirSync(join(dir, 'corpus/x'), { recursive: true });
    copyFileSync(join(root, 'eval/corpus/goteborg-kretslopp-och-vattennamnden/2023-11-15.txt'), join(dir, 'corpus/x/a.txt'));
    writeFileSync(join(dir, 'gold/x.json'), JSON.stringify({ file: 'x/a.txt', citations: [{ type: 'case', number: '9999/99', anchor: '9999/99' }] }));
    expect(() => loadGold({ goldDir: join(dir, 'gold'), corpusDir: join(dir, 'corpus'), seedsDir: dir }))
      .toThrow('eval/gold/x.json citation 0: anchor "9999/99" (occurrence 0) is not in the text');
  });
});

describe('eval:extract, the gold itself', () => {
  it('every gold file parses and every anchor stands in its text', () => {
    const { documents } = loadGold(dirs);
    expect(documents.length).toBeGreaterThanOrEqual(24);
    expect(new Set(documents.map((d) => d.gold.context?.organization)).size).toBeGreaterThanOrEqual(16);
  });

  it('every meeting record\'s anchors stand in its text and its ballots add up to the stated counts', () => {
    for (const g of loadMeetingGold(join(root, 'eval/gold-meeting'))) {
      const text = readFileSync(join(root, 'eval/corpus', g.file), 'utf8');
      const anchored = [...g.attendance, ...g.justerare, ...g.items.flatMap((i) => [...(i.votes ?? []), ...(i.reservations ?? []), ...(i.notes ?? []), ...(i.conflicts ?? []), ...(i.motionsMade ?? [])])];
      for (const a of anchored) expect(text.includes(a.anchor!), `${g.file}: ${a.anchor}`).toBe(true);
      for (const v of g.items.flatMap((i) => i.votes ?? [])) {
        const count = (c: string) => v.ballots.filter((b) => b.vote === c).length;
        expect([count('ja'), count('nej'), count('avstår')], g.file).toEqual([v.ja, v.nej, v.avstår]);
      }
    }
  });
});

describe('eval:extract, the meeting record', () => {
  const golds = loadMeetingGold(join(root, 'eval/gold-meeting'));
  const bun = golds.find((g) => g.file === 'jonkoping-bun/2016-03-22.txt')!;

  it('has gold for at least 8 protokoll, with open votes and a conflict of interest among them', () => {
    expect(golds.length).toBeGreaterThanOrEqual(8);
    expect(golds.some((g) => g.items.some((i) => i.votes?.some((v) => v.ballots.length > 0)))).toBe(true);
    expect(golds.some((g) => g.items.some((i) => (i.conflicts ?? []).length > 0))).toBe(true);
  });

  it('counts a record equal to the gold as all right, and no record as all missed', () => {
    const same = scoreMeeting(bun, bun);
    for (const e of MEETING_ELEMENTS) expect(same.byElement[e].right).toBe(same.byElement[e].gold);
    expect(same.byElement.ballots.gold).toBe(15);
    const none = scoreMeeting(bun, undefined);
    for (const e of MEETING_ELEMENTS) expect(none.byElement[e]).toEqual({ gold: same.byElement[e].gold, found: 0, right: 0 });
  });

  it('names the file when the extractor gives a meeting record of another shape', () => {
    expect(() => scoreMeeting(bun, { attendance: [{ name: 'X', role: 'guest' }] })).toThrow('jonkoping-bun/2016-03-22.txt: the extractor\'s meeting record is not in the expected shape');
  });
});
