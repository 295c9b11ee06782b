/**
 * Word-boundary checks done in code rather than with a regex lookbehind: a pattern that starts with
 * a literal lets the regex engine skip ahead quickly, where a leading lookbehind is tried at every
 * position of a 50 MB text.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0xff) return c !== 0xd7 && c !== 0xf7; // Latin-1 letters: å ä ö é …
  return WORD_CHAR.test(ch);
}

/** True when no letter or digit touches `start` from the left. */
export function startsWord(text: string, start: number): boolean {
  return start === 0 || !isWordChar(text[start - 1]);
}

/** True when no letter or digit touches `end` from the right. */
export function endsWord(text: string, end: number): boolean {
  return !isWordChar(text[end]);
}

/** The start of the word (letters, digits and hyphens) that ends at `end`. */
export function wordStartBefore(text: string, end: number, max = 60): number {
  let i = end;
  while (i > 0 && end - i < max && (isWordChar(text[i - 1]) || text[i - 1] === '-')) i--;
  return i;
}

/** Every match of a global regex whose start also passes `accept`, trying again one step on from a refused match. */
export function* matchesWhere(re: RegExp, text: string, accept: (m: RegExpExecArray) => boolean): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (accept(m)) {
      if (m[0].length === 0) re.lastIndex++;
      yield m;
    } else re.lastIndex = m.index + 1;
  }
}
