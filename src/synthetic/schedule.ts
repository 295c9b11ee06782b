import type { BoardTemplate } from './vocabulary.js';

/** How often a kind of body meets (every n-th week) and how many paragraphs its minutes hold. */
export const rhythm: Record<BoardTemplate['boardType'], { period: number; min: number; max: number }> = {
  assembly: { period: 5, min: 8, max: 20 },
  executive: { period: 4, min: 10, max: 25 },
  committee: { period: 4, min: 5, max: 18 },
  subcommittee: { period: 3, min: 3, max: 10 },
  presidium: { period: 6, min: 2, max: 6 },
  auditors: { period: 5, min: 2, max: 6 },
};

/** Weeks without meetings: summer and the turn of the year. */
export function isMeetingWeek(weekOfYear: number): boolean {
  return weekOfYear >= 2 && weekOfYear <= 51 && (weekOfYear < 27 || weekOfYear > 32);
}

/** Weeks of the year with meetings. */
const MEETING_WEEKS = 50 - 6;

/** The expected number of decisions a year of an authority with these bodies. */
export function decisionsPerYear(templates: readonly BoardTemplate[]): number {
  return templates.reduce((sum, t) => {
    const r = rhythm[t.boardType];
    return sum + (MEETING_WEEKS / r.period) * ((r.min + r.max) / 2);
  }, 0);
}

const DAY = 86_400_000;

/** The calendar: week n after the first Monday of the start year, and its days. */
export class Calendar {
  private readonly start: number;

  constructor(startYear: number) {
    const jan1 = Date.UTC(startYear, 0, 1);
    const weekday = (new Date(jan1).getUTCDay() + 6) % 7; // Monday = 0
    this.start = jan1 + ((7 - weekday) % 7) * DAY;
  }

  /** ISO date (YYYY-MM-DD) of day `weekday` (0 = Monday) of week `week`. */
  date(week: number, weekday: number): string {
    return new Date(this.start + (week * 7 + weekday) * DAY).toISOString().slice(0, 10);
  }

  /** The week of the year (1-based, counted from the year's first Monday) that `week` falls in. */
  weekOfYear(week: number): number {
    const t = new Date(this.start + week * 7 * DAY);
    const jan1 = Date.UTC(t.getUTCFullYear(), 0, 1);
    return Math.floor((t.getTime() - jan1) / (7 * DAY)) + 1;
  }
}

/** `date` plus `months` months, as YYYY-MM (a report-back date is a month, not a day). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  return `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}
