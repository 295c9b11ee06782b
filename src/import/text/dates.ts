/** Dates as Swedish minutes write them, each with the precision the text gives. */
import { endsWord, startsWord } from './chars.js';

export const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

export interface DateMention {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number | null;
  /** The second day of a two-day meeting ("2015-04-14—15"). */
  dayEnd: number | null;
}

// Both patterns start with what is cheap to scan for (digits, a month name); boundaries are checked in code.
const ISO = /(\d{4})-(\d{2})-(\d{2})(?:\s?[—–-]\s?(\d{2}))?(?!\d)/g;
const NOT_BEFORE_ISO = /[\d\-–—/.]/;
const MONTH = new RegExp(`(?:${MONTHS.join('|')})`, 'gi');
/** The day before a month name: "den 4 ", "14–15 ". */
const DAY_BEFORE = /(?:^|[^\p{L}\p{N}])((?:den\s{1,3})?(\d{1,2})(?:\s?[—–-]\s?(\d{1,2}))?\s{1,3})$/iu;
const YEAR_AFTER = /\s{1,3}(\d{4})(?!\d)/y;

function validDay(y: number | null, m: number, d: number): boolean {
  if (d < 1 || d > 31 || m < 1 || m > 12) return false;
  if (y === null) return d <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function plausibleYear(y: number): boolean {
  return y >= 1800 && y <= 2200;
}

/** Every date mention in document order; year-less day-and-month dates keep `year: null`. */
export function findDates(scan: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of scan.matchAll(ISO)) {
    if (m.index > 0 && NOT_BEFORE_ISO.test(scan[m.index - 1]!)) continue;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!plausibleYear(y) || !validDay(y, mo, d)) continue;
    const dEnd = m[4] !== undefined ? Number(m[4]) : null;
    out.push({ start: m.index, end: m.index + m[0].length, year: y, month: mo, day: d, dayEnd: dEnd !== null && dEnd > d && validDay(y, mo, dEnd) ? dEnd : null });
  }
  for (const m of scan.matchAll(MONTH)) {
    const end0 = m.index + m[0].length;
    if (!startsWord(scan, m.index) || !endsWord(scan, end0)) continue;
    const mo = MONTHS.indexOf(m[0].toLowerCase()) + 1;
    const before = DAY_BEFORE.exec(scan.slice(Math.max(0, m.index - 18), m.index));
    YEAR_AFTER.lastIndex = end0;
    const after = YEAR_AFTER.exec(scan);
    const y = after ? Number(after[1]) : null;
    const d = before ? Number(before[2]) : null;
    if (y === null && d === null) continue;
    if (y !== null && !plausibleYear(y)) continue;
    if (d !== null && !validDay(y, mo, d)) continue;
    const dEnd = before?.[3] !== undefined ? Number(before[3]) : null;
    const start = before ? m.index - before[1]!.length : m.index;
    out.push({ start, end: after ? end0 + after[0].length : end0, year: y, month: mo, day: d, dayEnd: dEnd !== null && d !== null && dEnd > d ? dEnd : null });
  }
  return out.sort((a, b) => a.start - b.start);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a year-less date takes `year`. */
export function formatDate(d: Pick<DateMention, 'year' | 'month' | 'day'>, year = d.year): string | null {
  if (year === null) return null;
  if (d.month === null) return String(year);
  if (d.day === null) return `${year}-${pad(d.month)}`;
  return `${year}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatDateEnd(d: DateMention, year: number): string | undefined {
  return d.dayEnd !== null && d.month !== null ? `${year}-${pad(d.month)}-${pad(d.dayEnd)}` : undefined;
}

/** A YYYY-MM-DD string from the command line, as parts. */
export function parseIsoDate(text: string): { year: number; month: number | null; day: number | null } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}
