import { z } from 'zod';

/** How much of a date the source states. A date is never padded with an invented month or day. */
export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function datePrecision(date: string): DatePrecision {
  const first = date.indexOf('-');
  return first < 0 ? 'year' : date.indexOf('-', first + 1) < 0 ? 'month' : 'day';
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source allows. YAML reads `2020` as a number
 * and `2020-05-19` as a date; both are taken back to text.
 */
export const partialDate = z
  .union([z.string(), z.date(), z.number().int()])
  .transform((v, ctx) => {
    const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    const parts = PARTIAL_DATE.exec(text);
    if (!parts) {
      ctx.addIssue({ code: 'custom', message: `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${text}"` });
      return z.NEVER;
    }
    if (parts[3] !== undefined && Number(parts[3]) > daysInMonth(Number(parts[1]), Number(parts[2]))) {
      ctx.addIssue({ code: 'custom', message: `no such day in the calendar: ${text}` });
      return z.NEVER;
    }
    return text;
  });

/** True when `precise` says the same as `coarse` with more detail ("2020-05-19" refines "2020-05"). */
export function refines(precise: string, coarse: string): boolean {
  return precise.length >= coarse.length && precise.startsWith(coarse);
}
