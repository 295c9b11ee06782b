/**
 * The meeting's own record (who sat, who checked the minutes, motions made, votes with each ballot,
 * reservations, notes, conflicts of interest) against hand-annotated gold in eval/gold-meeting/.
 * Each record is broken into elements with normalised keys and matched as multisets. The extractor's
 * record is read from `extraction.meeting` in the gold's own shape (see eval/README.md); while the
 * extractor gives none, every element counts as missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fold } from './keys.js';

const anchored = { anchor: z.string().optional(), occurrence: z.number().int().optional() };
const person = z.object({ name: z.string(), party: z.string().nullable().optional(), ...anchored }).passthrough();
const item = z.object({
  paragraph: z.number().int(),
  motionsMade: z.array(z.object({ by: z.array(z.string()), parties: z.array(z.string()).optional(), proposal: z.string().optional(), ...anchored })).optional(),
  votes: z.array(z.object({ ja: z.number().int(), nej: z.number().int(), avstår: z.number().int(), ballots: z.array(z.object({ name: z.string(), party: z.string().nullable().optional(), vote: z.enum(['ja', 'nej', 'avstår']) })), ...anchored }).passthrough()).optional(),
  reservations: z.array(z.object({ by: z.array(z.string()), parties: z.array(z.string()).optional(), ...anchored }).passthrough()).optional(),
  notes: z.array(z.object({ by: z.array(z.string()), parties: z.array(z.string()).optional(), ...anchored }).passthrough()).optional(),
  conflicts: z.array(z.object({ name: z.string(), party: z.string().nullable().optional(), leftMatter: z.boolean().optional(), ...anchored })).optional(),
  notParticipating: z.array(person).optional(),
});
export const meetingRecordSchema = z.object({
  attendance: z.array(person.extend({ role: z.enum(['ledamot', 'tjänstgörande ersättare', 'ersättare', 'övrig']) })).default([]),
  justerare: z.array(person).default([]),
  items: z.array(item).default([]),
}).passthrough();
const meetingGoldSchema = meetingRecordSchema.extend({ file: z.string(), organization: z.string(), body: z.string(), date: z.string() });
export type MeetingRecord = z.infer<typeof meetingRecordSchema>;
export type MeetingGold = z.infer<typeof meetingGoldSchema>;

export type MeetingElement = 'attendance' | 'justerare' | 'motionsMade' | 'voteCounts' | 'ballots' | 'reservations' | 'notes' | 'conflicts';
export const MEETING_ELEMENTS: MeetingElement[] = ['attendance', 'justerare', 'motionsMade', 'voteCounts', 'ballots', 'reservations', 'notes', 'conflicts'];
/** Issue aims: attendance and votes 0.95 / 0.95; reservations and jäv 0.95 / 0.90. */
export const MEETING_AIMS: Partial<Record<MeetingElement, { precision: number; recall: number }>> = {
  attendance: { precision: 0.95, recall: 0.95 }, voteCounts: { precision: 0.95, recall: 0.95 }, ballots: { precision: 0.95, recall: 0.95 },
  reservations: { precision: 0.95, recall: 0.9 }, conflicts: { precision: 0.95, recall: 0.9 },
};

const who = (names: string[], parties: string[] = []) => [...names.map(fold), ...parties.map((p) => `parti ${fold(p)}`)];

/** Every element of a record as a normalised key. */
export function meetingElements(r: MeetingRecord): Record<MeetingElement, string[]> {
  const out = Object.fromEntries(MEETING_ELEMENTS.map((e) => [e, [] as string[]])) as Record<MeetingElement, string[]>;
  for (const a of r.attendance) out.attendance.push(`${fold(a.name)}|${a.role}`);
  for (const j of r.justerare) out.justerare.push(fold(j.name));
  for (const it of r.items) {
    const at = `§${it.paragraph}`;
    for (const m of it.motionsMade ?? []) for (const w of who(m.by, m.by.length ? [] : m.parties)) out.motionsMade.push(`${at}|${w}`);
    for (const v of it.votes ?? []) {
      out.voteCounts.push(`${at}|${v.ja}-${v.nej}-${v.avstår}`);
      for (const b of v.ballots) out.ballots.push(`${at}|${fold(b.name)}|${b.vote}`);
    }
    for (const x of it.reservations ?? []) for (const w of who(x.by, x.by.length ? [] : x.parties)) out.reservations.push(`${at}|${w}`);
    for (const x of it.notes ?? []) for (const w of who(x.by, x.by.length ? [] : x.parties)) out.notes.push(`${at}|${w}`);
    for (const c of it.conflicts ?? []) out.conflicts.push(`${at}|${fold(c.name)}`);
  }
  return out;
}

export interface MeetingScore { file: string; organization: string; byElement: Record<MeetingElement, { gold: number; found: number; right: number }> }

function multisetRight(gold: string[], found: string[]): number {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  let right = 0;
  for (const f of found) { const n = left.get(f) ?? 0; if (n > 0) { right++; left.set(f, n - 1); } }
  return right;
}

export function scoreMeeting(gold: MeetingGold, found: unknown): MeetingScore {
  const parsed = meetingRecordSchema.safeParse(found ?? {});
  if (!parsed.success) throw new Error(`${gold.file}: the extractor's meeting record is not in the expected shape: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const g = meetingElements(gold);
  const f = meetingElements(parsed.data);
  const byElement = Object.fromEntries(MEETING_ELEMENTS.map((e) => [e, { gold: g[e].length, found: f[e].length, right: multisetRight(g[e], f[e]) }])) as MeetingScore['byElement'];
  return { file: gold.file, organization: gold.organization, byElement };
}

export function loadMeetingGold(dir: string): MeetingGold[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((name) => {
    const parsed = meetingGoldSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) throw new Error(`eval/gold-meeting/${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data;
  });
}
