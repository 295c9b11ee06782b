import type { Row, Value } from './types.js';

/**
 * Converts what a driver returns into plain values, once, at the boundary: 64-bit integers to
 * numbers, temporals and dates to ISO strings. `isInteger` and `isTemporal` recognise the driver's own types.
 */
type IntegerTest = (v: object) => v is { toNumber(): number };
const noDriverIntegers = ((_: object) => false) as IntegerTest;

export function toPlain(v: unknown, isInteger: IntegerTest = noDriverIntegers): Value {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'boolean': case 'number': case 'string': return v;
    case 'bigint': return Number(v);
    case 'object': {
      if (v instanceof Date) return v.toISOString();
      if (isInteger(v)) return v.toNumber();
      if (Array.isArray(v)) return v.map((x) => toPlain(x, isInteger));
      if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null && typeof (v as { toString?: unknown }).toString === 'function') {
        // Driver temporal types (neo4j Date, DateTime, Duration) print as ISO text.
        const text = String(v);
        if (text !== '[object Object]') return text;
      }
      const out: Record<string, Value> = {};
      for (const [k, x] of Object.entries(v)) out[k] = toPlain(x, isInteger);
      return out;
    }
    default: return null;
  }
}

export function toPlainRow(record: Record<string, unknown>, isInteger?: IntegerTest): Row {
  const row: Row = {};
  for (const [k, v] of Object.entries(record)) row[k] = toPlain(v, isInteger);
  return row;
}

/** Rejects with `onTimeout()` when `work` takes longer than `ms`. */
export async function withTimeout<T>(work: Promise<T>, ms: number | undefined, onTimeout: () => Error): Promise<T> {
  if (ms === undefined || !Number.isFinite(ms)) return work;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(onTimeout()), ms); });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
