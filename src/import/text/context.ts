/**
 * The document's own context: its title, organization, body and meeting date. Command-line values
 * fill what the text leaves open; where the text states a value it wins, and a disagreement is a warning.
 */
import { bodyByName, isReceiver, type BodyEntry, type BodyMention } from './bodies.js';
import { formatDate, parseIsoDate, type DateMention } from './dates.js';
import type { ExtractContext, Item } from './types.js';

export interface DocumentContext {
  title: string | null;
  org: string | null;
  ownBody: BodyEntry | null;
  meetingDate: { year: number; month: number | null; day: number | null } | null;
  /** The year most full dates in the text fall in, for dates written without one. */
  usualYear: number | null;
  warnings: string[];
}

const TITLE_WORDS = /protokoll|föredragningslista|kallelse|dagordning|minnesanteckningar|agenda/i;
/** A title is near the top: among the first few lines that could be one. */
const TITLE_LINES = 8;
/** A title holds words, numbers and ordinary punctuation; anything else (binary noise) is not one. */
const TITLE_LIKE = /^[\p{L}\p{N} .,:;()'"”–—/&§-]+$/u;
const NOISE = /^(?:hoppa över|meny|sök|logga in|startsida|transkript|storlek|download)|cookies/i;
const REGION = /(?<![\p{L}])Region(?:en)?\s([A-ZÅÄÖ]\p{Ll}+)(?:(?:\s?[–/-]\s?|\s)([A-ZÅÄÖ]\p{Ll}+))?/gu;
const MEETING_DATE = /sammanträde(?:sdatum|t|s)?\s{0,3}(?:den\s{1,3}|:\s{0,3})?$/i;
/** Words after "Region X" that start a sentence rather than continue the name. */
const NOT_NAME = new Set(['Region', 'Regionen', 'Det', 'Den', 'Vi', 'Som', 'Och']);

function lineAround(scan: string, offset: number): { start: number; end: number } {
  const start = scan.lastIndexOf('\n', offset - 1) + 1;
  const nl = scan.indexOf('\n', offset);
  return { start, end: nl < 0 ? scan.length : nl };
}

function findTitle(scan: string, items: Item[]): { text: string; start: number; end: number } | null {
  const preambleEnd = Math.min(items[0]?.start ?? scan.length, 5000);
  const candidates: Array<{ text: string; start: number; end: number }> = [];
  let at = 0;
  while (at < preambleEnd) {
    const line = lineAround(scan, at);
    const text = scan.slice(line.start, line.end).trim();
    if (text && text.length <= 200 && !NOISE.test(text) && TITLE_LIKE.test(text) && /\p{L}{3}/u.test(text)) candidates.push({ text, start: line.start, end: line.end });
    at = line.end + 1;
  }
  const top = candidates.slice(0, TITLE_LINES);
  // Without a word such as "Protokoll", the first line is the title unless it reads as a sentence.
  return top.find((c) => TITLE_WORDS.test(c.text)) ?? (top[0] && !/[.!?]$/.test(top[0].text) && top[0].text.length <= 120 ? top[0] : null);
}

function mostFrequentRegion(scan: string): string | null {
  const counts = new Map<string, number>();
  for (const m of scan.matchAll(REGION)) {
    const second = m[2] && !NOT_NAME.has(m[2]) ? m[2] : null;
    const name = `Region ${m[1]}${second ? ` ${second.replace(/s$/, (s) => (counts.has(`Region ${m[1]} ${second.slice(0, -1)}`) ? '' : s))}` : ''}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (counts.size > 1000) break;
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best;
}

/**
 * The body the document belongs to when no title names it: one whose rules send out the agenda
 * ("Enligt reglemente för hälso- och sjukvårdsnämnden har preliminär föredragningslista …"), else the
 * body the text names most often as an actor (not after "till", "åt" or "föreslå").
 */
function mostFrequentBody(scan: string, bodies: BodyMention[]): BodyEntry | null {
  const rules = bodies.find((b) => /reglemente för\s$/i.test(scan.slice(Math.max(0, b.start - 16), b.start)) && /^\s.{0,40}föredragningslista/i.test(scan.slice(b.end, b.end + 60)));
  if (rules) return rules.entry;
  const counts = new Map<BodyEntry, number>();
  for (const b of bodies) {
    if (isReceiver(scan, b)) continue;
    counts.set(b.entry, (counts.get(b.entry) ?? 0) + 1);
  }
  let best: BodyEntry | null = null;
  for (const [entry, n] of counts) if (best === null || n > counts.get(best)!) best = entry;
  return best;
}

function usualYear(dates: DateMention[]): number | null {
  const counts = new Map<number, number>();
  for (const d of dates) if (d.day !== null && d.year !== null) counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best) && y > best)) best = y;
  return best;
}

export function detectContext(scan: string, given: ExtractContext, items: Item[], bodies: BodyMention[], dates: DateMention[]): DocumentContext {
  const warnings: string[] = [];
  const title = findTitle(scan, items);
  const inTitle = (s: { start: number }) => title !== null && s.start >= title.start && s.start < title.end;

  const org = given.org?.trim() || mostFrequentRegion(scan);
  const titleBody = bodies.find(inTitle)?.entry ?? null;
  const givenBody = given.body ? bodyByName(given.body) : null;
  if (titleBody && givenBody && titleBody !== givenBody) warnings.push(`the text names its body "${titleBody.canonical}", not "${given.body}"; using the text`);
  const ownBody = titleBody ?? givenBody ?? mostFrequentBody(scan, bodies);

  const preambleEnd = items[0]?.start ?? Math.min(scan.length, 3000);
  const textDate = dates.find((d) => d.year !== null && d.day !== null && (inTitle(d) || (d.start < preambleEnd && MEETING_DATE.test(scan.slice(Math.max(0, d.start - 30), d.start)))));
  const givenDate = given.date ? parseIsoDate(given.date) : null;
  if (given.date && !givenDate) warnings.push(`--date ${given.date} is not a date as YYYY-MM-DD`);
  let meetingDate = givenDate;
  if (textDate) {
    const stated = formatDate(textDate);
    if (given.date && stated !== given.date) warnings.push(`the text dates its meeting ${stated}, not ${given.date}; using the text`);
    meetingDate = { year: textDate.year!, month: textDate.month, day: textDate.day };
  }
  return { title: title?.text ?? null, org, ownBody, meetingDate, usualYear: usualYear(dates), warnings };
}

/** The year of a date written without one: the sentence's own year, else the meeting's, else the usual one. */
export function yearResolver(ctx: DocumentContext, dates: DateMention[], sentenceStartOf: (offset: number) => number): (d: DateMention) => number | null {
  const index = new Map(dates.map((d, i) => [d, i]));
  return (d) => {
    if (d.year !== null) return d.year;
    const from = sentenceStartOf(d.start);
    for (let i = index.get(d)! - 1; i >= 0 && dates[i]!.start >= from; i--) if (dates[i]!.year !== null) return dates[i]!.year;
    const m = ctx.meetingDate;
    if (m) return m.month !== null && d.month !== null && d.month > m.month ? m.year - 1 : m.year;
    return ctx.usualYear;
  };
}
