/**
 * Splits a document into agenda items: bullet items ("• 4" then a heading line), minutes paragraphs
 * ("§ 130 Motion om …") and numbered items ("12. Motion om …", "Ärende 12").
 */
import type { Item } from './types.js';

const LINE = /[^\n]*(?:\n|$)/g;
const BULLET = /^(\s{0,8})[•·▪●]\s*(?:(\d{1,3})(?!\S))?\s*(.{0,200})/u;
const OWN_PARAGRAPH = /^\s{0,8}§\s?(\d{1,4})(?:\s{1,8}(\S.{0,200}?))?\s*$/;
const NUMBERED = /^\s{0,8}(?:(?:Ärende|Punkt)\s{1,3}(\d{1,3})[.:]?|(\d{1,3})[.)])\s{1,8}([A-ZÅÄÖ][^\n]{1,150})$/u;
/** A short line that reads as a heading rather than prose. */
const HEADING_LIKE = /^[^.!?]{2,150}$/;

interface Line { start: number; end: number; text: string }

function lines(scan: string): Line[] {
  const out: Line[] = [];
  for (const m of scan.matchAll(LINE)) {
    if (m[0].length === 0) break;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0].replace(/\n$/, '') });
  }
  return out;
}

export function splitItems(scan: string): Item[] {
  const all = lines(scan);
  const items: Array<Item & { summarised?: boolean }> = [];
  // Bullets indented deeper than the shallowest ones are lists inside an item, not items.
  let itemIndent = Infinity;
  for (const line of all) {
    const b = BULLET.exec(line.text);
    if (b) itemIndent = Math.min(itemIndent, b[1]!.length);
  }
  const open = (start: number, number: number | null, paragraph: number | null, heading: string | null) => {
    const last = items[items.length - 1];
    if (last) last.end = start;
    items.push({ start, end: scan.length, number, paragraph, heading: heading?.trim() || null });
  };
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const b = BULLET.exec(line.text);
    if (b) {
      if (b[1]!.length > itemIndent) continue;
      const number = b[2] !== undefined ? Number(b[2]) : null;
      const rest = b[3]!.trim();
      const whole = line.text.trim().length <= 120 && HEADING_LIKE.test(rest);
      // "• 4" and its heading, then "• <summary>": the summary is the same item's text.
      const last = items[items.length - 1];
      if (number === null && last?.number != null && last.heading && !last.summarised && !whole) {
        last.summarised = true;
        continue;
      }
      open(line.start, number, null, rest ? (whole ? rest : null) : nextHeading(all, i));
      continue;
    }
    if (line.text.length > 400) continue;
    let m = OWN_PARAGRAPH.exec(line.text);
    if (m) {
      open(line.start, null, Number(m[1]), m[2] ?? nextHeading(all, i));
      continue;
    }
    m = NUMBERED.exec(line.text);
    if (m && HEADING_LIKE.test(m[3]!)) open(line.start, Number(m[1] ?? m[2]), null, m[3]!);
  }
  return items.map(({ summarised: _, ...item }) => item);
}

/** The first non-empty line after `i`, when it is short enough to be a heading. */
function nextHeading(all: Line[], i: number): string | null {
  for (let k = i + 1; k < Math.min(all.length, i + 4); k++) {
    const t = all[k]!.text.trim();
    if (!t) continue;
    return HEADING_LIKE.test(t) && t.length < 120 ? t : null;
  }
  return null;
}

/** The item holding `offset`, by binary search over items in document order. */
export function itemAt(items: Item[], offset: number): Item | null {
  let lo = 0;
  let hi = items.length - 1;
  let found: Item | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = items[mid]!;
    if (it.start <= offset) {
      found = it;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && offset < found.end ? found : null;
}
