/** A stretch of the scanned text, by character offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The found spans in text order, keeping the longest where several overlap ("fullmäktiges presidium"
 * over "fullmäktiges"; one case number matched by two patterns is one citation). Sorts in place.
 */
export function longestNonOverlapping<T extends Span>(found: T[]): T[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const s of found) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) continue;
    kept.push(s);
  }
  return kept;
}
