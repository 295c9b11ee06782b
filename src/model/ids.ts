import { createHash } from 'node:crypto';
import anyAscii from 'any-ascii';
import { foldText } from './search.js';

/**
 * Deterministic ids. An id is `<kind>:<natural key>`, where the key is built from slugs of the
 * natural-key fields, so two sources that name the same thing produce the same node.
 */

/** Runs of letters outside ASCII that folding leaves (Greek, Cyrillic, CJK, ß, ł …). */
const FOREIGN_LETTERS = /(?:(?![\x00-\x7f])[\p{L}\p{M}])+/gu;

/**
 * Lowercase ASCII slug: text folded as for search (å ä → a, ö → o, é → e), letters of other
 * scripts transliterated (Иван → ivan, 李小龍 → lixiaolong), other characters become '-'. Only
 * letters are transliterated, so punctuation (§, –) still becomes '-' and Swedish ids stay as
 * they were. Text that still yields nothing (emoji, symbols) gets `h-` and a hash of the text, so
 * a slug is never empty and two such texts do not share one.
 */
export function slug(text: string): string {
  const folded = foldText(text);
  const out = folded
    .replace(FOREIGN_LETTERS, (run) => anyAscii(run).toLowerCase())
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out !== '' ? out : `h-${createHash('sha256').update(folded).digest('hex').slice(0, 12)}`;
}

/** The part of an id after `<kind>:`. */
export function keyOf(id: string): string {
  const i = id.indexOf(':');
  return i < 0 ? id : id.slice(i + 1);
}

export function makeId(kindPrefix: string, ...parts: Array<string | number>): string {
  return `${kindPrefix}:${parts.map(String).join('/')}`;
}

/** A case number normalised for identity: `RS/2485/2017` and `rs 2485/2017` are the same case. */
export function caseKey(number: string): string {
  return slug(number.replace(/^dnr\.?\s*/i, ''));
}

/**
 * A document's text fingerprint: SHA-256 (hex) of the text in Unicode NFC with whitespace runs made
 * one space, so the same minutes read twice, or re-wrapped, give one document.
 */
export function textHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex');
}
