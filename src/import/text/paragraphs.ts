/**
 * Paragraph signs: "§ 213", "§§ 213–216", "§ 6 och § 8", "(§ 74/2020)", "§20", and the number-first
 * forms "7§" and "2-6 §§" (which laws also use; the law finder claims those that belong to a law).
 */

export interface ParagraphRef {
  start: number;
  end: number;
  numbers: number[];
  /** The year written after a slash: "§ 74/2020". */
  year: number | null;
  /** "7 §" rather than "§ 7": a form laws use too, so law provisions are told apart later. */
  numberFirst: boolean;
}

/** At most this many paragraphs from one range, so "§§ 1–9999" cannot flood the output. */
const MAX_RANGE = 60;
const ITEM = String.raw`\d{1,4}(?![\d]|[-–—:/]\d|\s?kap)`;
const SIGN_FIRST = new RegExp(
  String.raw`§§?\s{0,3}(\d{1,4})(?![\d]|-\d{2}-\d|:\d)((?:\s{0,3}(?:[-–—]|,|och|samt|&)\s{0,3}(?:§\s{0,3})?${ITEM}){0,30})(?:\s?\/\s?(\d{4})(?!\d))?`,
  'g',
);
/** Read backwards from a paragraph sign: "7" in "7§", "2-6" in "2-6 §§". */
const NUMBER_BEFORE = /(\d{1,3}(?: ?[a-z](?![\p{L}]))?)(?:\s?[-–]\s?(\d{1,3}(?: ?[a-z](?![\p{L}]))?))?\s?$/u;
const NOT_BEFORE_NUMBER = /[\d:.,/§-]/;

function expand(first: number, listText: string): number[] {
  const numbers = [first];
  let previous = first;
  let range = false;
  for (const token of listText.matchAll(/\d{1,4}|[-–—]/g)) {
    if (/[-–—]/.test(token[0])) {
      range = true;
      continue;
    }
    const n = Number(token[0]);
    if (n >= 1900 && n <= 2099) break; // a year, not a paragraph
    if (range && n > previous && n - previous <= MAX_RANGE) for (let k = previous + 1; k < n; k++) numbers.push(k);
    numbers.push(n);
    previous = n;
    range = false;
  }
  return numbers;
}

export function findParagraphs(scan: string): ParagraphRef[] {
  const out: ParagraphRef[] = [];
  for (const m of scan.matchAll(SIGN_FIRST)) {
    const first = Number(m[1]);
    if (first === 0) continue;
    const numbers = expand(first, m[2] ?? '');
    out.push({ start: m.index, end: m.index + m[0].length, numbers, year: m[3] ? Number(m[3]) : null, numberFirst: false });
  }
  for (const sign of scan.matchAll(/§§?/g)) {
    const end = sign.index + sign[0].length;
    const before = scan[sign.index - 1] === ' ' ? sign.index - 2 : sign.index - 1;
    if (before < 0 || !/[0-9a-z]/.test(scan[before]!) || /^\s{0,3}\d/.test(scan.slice(end, end + 4))) continue;
    const window = Math.max(0, sign.index - 14);
    const m = NUMBER_BEFORE.exec(scan.slice(window, sign.index));
    if (!m) continue;
    const start = window + m.index;
    if (start > 0 && NOT_BEFORE_NUMBER.test(scan[start - 1]!)) continue;
    const from = m[1]!;
    const to = m[2] ?? null;
    const a = Number.parseInt(from, 10);
    const b = to ? Number.parseInt(to, 10) : a;
    const numbers = /^\d+$/.test(from) && (!to || /^\d+$/.test(to)) && b >= a && b - a <= MAX_RANGE && a > 0
      ? Array.from({ length: b - a + 1 }, (_, k) => a + k)
      : [];
    out.push({ start, end, numbers, year: null, numberFirst: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
