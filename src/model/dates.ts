import { z } from 'zod';

/** How much of a date the source states. A date is never padded with an invented month or day. */
export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function datePrecision(date: string): DatePrecision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

function isRealDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source allows. YAML reads `2020` as a number
 * and `2020-05-19` as a date; both are taken back to text.
 */
export const partialDate = z
  .union([z.string(), z.date(), z.number().int()])
  .transform((v, ctx) => {
    const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    if (!PARTIAL_DATE.test(text)) {
      ctx.addIssue({ code: 'custom', message: `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${text}"` });
      return z.NEVER;
    }
    if (datePrecision(text) === 'day' && !isRealDay(text)) {
      ctx.addIssue({ code: 'custom', message: `no such day in the calendar: ${text}` });
      return z.NEVER;
    }
    return text;
  });

/** True when `precise` says the same as `coarse` with more detail ("2020-05-19" refines "2020-05"). */
export function refines(precise: string, coarse: string): boolean {
  return precise.length >= coarse.length && precise.startsWith(coarse);
}
