/**
 * Sentence and clause boundaries. Citations look for their date and body inside their own sentence,
 * and a citation without a body borrows one from the sentence before.
 */

/** A full stop ends a sentence only when a capital letter follows ("kap. 2" and "m.fl. (fp)" do not). */
const BOUNDARY = /[.!?:;](?=\s{1,8}["”'(]?[A-ZÅÄÖ•])|\n/g;

/**
 * No sentence is longer than this: text without boundaries (a scrape with no line breaks, noise) is
 * cut into pieces, so that work done per sentence stays bounded and the whole pass stays linear.
 */
export const MAX_SENTENCE = 2000;

export class Sentences {
  private readonly starts: number[];

  constructor(private readonly scan: string) {
    const starts = [0];
    const push = (at: number) => {
      for (let last = starts[starts.length - 1]!; at - last > MAX_SENTENCE; last += MAX_SENTENCE) starts.push(last + MAX_SENTENCE);
      starts.push(at);
    };
    for (const m of scan.matchAll(BOUNDARY)) push(m.index + 1);
    push(scan.length);
    starts.pop();
    this.starts = starts;
  }

  get count(): number {
    return this.starts.length;
  }

  /** Index of the sentence holding `offset`. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  startOf(index: number): number {
    return this.starts[Math.max(0, index)] ?? 0;
  }

  endOf(index: number): number {
    return this.starts[index + 1] ?? this.scan.length;
  }

  /** Start and end of the sentence holding `offset`. */
  around(offset: number): { start: number; end: number; index: number } {
    const index = this.indexAt(offset);
    return { start: this.startOf(index), end: this.endOf(index), index };
  }
}
